/**
 * Strings of the diagrams in `src/components/diagrams/`, in Indonesian (the source of truth) and
 * English. `en` must have the same shape (`satisfies DiagramDictionary`), so no label, title or
 * caption can exist in one language only.
 *
 * - `{name}` placeholders are filled by `fill()` (`src/lib/i18n/fill.ts`) with numbers already
 *   formatted for the page's locale.
 * - `*word*` marks a foreign term set in italics (EYD V), e.g. `*engagement*`; titles and
 *   descriptions drop the asterisks.
 * - An array is one label broken into lines inside the drawing (SVG text does not wrap); keep each
 *   line short, the drawings are 320 units wide.
 */
import type { Locale } from '../lib/number/index.ts';

const id = {
	home: {
		title: 'Dua akun saling mengikuti, satu pesan menjangkau banyak orang',
		desc: 'Gambar ponsel dengan profil toko dan tombol Ikuti balik. Panah melingkar menghubungkan akun toko dengan akun pengikut: keduanya saling mengikuti. Terpisah dari itu, satu unggahan dari akun toko bisa dilihat banyak orang sekaligus.',
		profile: 'Toko Anda',
		button: 'Ikuti balik',
		follower: 'Pengikut',
		post: 'Satu unggahan',
		many: 'banyak orang',
	},
	loop: {
		title: 'Dua jalan menuju saling mengikuti',
		desc: 'Alur dari atas ke bawah dengan dua titik awal. Kiri: seseorang mengikuti Anda, Anda memeriksa profilnya, lalu Anda memutuskan apakah akan mengikuti balik. Kanan: Anda mengikuti sebuah akun lebih dulu, pemiliknya memeriksa profil Anda, lalu dialah yang memutuskan apakah akan mengikuti balik. Jika jawabannya tidak, hubungan tetap satu arah. Jika ya, kedua akun saling mengikuti. Sesudah itu, interaksi yang rutin, misalnya suka dan komentar, membuat hubungan tetap hidup; tanpa interaksi, saling mengikuti hanya menjadi angka di profil. Catatan di bawah: mengikuti lebih dulu secara massal demi dibalas bisa dianggap *spam* dan dibatasi platform.',
		caption:
			'Dari arah mana pun, tombol “Ikuti” hanya awal. Interaksi yang rutin membuat hubungan tetap hidup; tanpa interaksi, saling mengikuti hanya menambah angka. Jalur kanan yang dijalankan secara massal adalah pokok bahasan halaman risiko.',
		follows: ['Seseorang', 'mengikuti Anda'],
		followFirst: ['Anda mengikuti', 'lebih dulu'],
		check: ['Anda memeriksa', 'profilnya'],
		theyCheck: ['Ia memeriksa', 'profil Anda'],
		decide: 'Ikuti balik?',
		theyDecide: 'Diikuti balik?',
		yes: 'Ya',
		no: 'Tidak',
		oneWay: ['Tetap', 'satu arah'],
		mutual: ['Saling', 'mengikuti'],
		interact: ['Interaksi rutin', '(suka, komentar)'],
		silent: 'Tanpa interaksi',
		alive: ['Hubungan', 'tetap hidup'],
		number: ['Hanya angka', 'di profil'],
		risk: [
			'Mengikuti lebih dulu secara massal demi dibalas',
			'bisa dianggap *spam* dan dibatasi platform.',
		],
	},
	who: {
		title: 'Siapa yang melihat sebuah unggahan',
		desc: 'Contoh ilustratif dengan angka rekaan. Sebuah akun punya {followers} pengikut, dan {seen} di antaranya melihat sebuah unggahan. Jangkauan unggahan itu {reach} akun: {seen} pengikut dan {others} bukan pengikut, masing-masing melihatnya setidaknya sekali. Tayangannya {views}, termasuk {repeats} tayangan ulang, jadi tayangan lebih besar daripada jangkauan. Unggahan itu mendapat {interactions} interaksi. Jika dibagi dengan jumlah pengikut, tingkat *engagement* menjadi {byFollowers}; jika dibagi dengan jangkauan, {byReach}; jika dibagi dengan tayangan, {byViews}.',
		caption:
			'Contoh ilustratif dengan angka rekaan. Jangkauan menghitung akun yang melihat unggahan setidaknya sekali, baik pengikut maupun bukan. Tayangan menghitung setiap kali unggahan dilihat, jadi tidak pernah lebih kecil daripada jangkauan (X dan LinkedIn melaporkan impresi sebagai gantinya). Interaksinya sama, tetapi tingkat *engagement* berubah menurut pembaginya.',
		example: 'Contoh ilustratif (angka rekaan)',
		followers: 'Pengikut: {n}',
		followersNote: '{n} di antaranya melihat unggahan',
		reach: 'Jangkauan: {n} akun',
		reachNote: '{followers} pengikut + {others} bukan pengikut',
		views: 'Tayangan: {n}',
		viewsNote: 'termasuk {n} tayangan ulang',
		viewsRule: 'tayangan ≥ jangkauan',
		rateHead: 'Tingkat *engagement*: {n} interaksi',
		byFollowers: '÷ pengikut ({n})',
		byReach: '÷ jangkauan ({n})',
		byViews: '÷ tayangan ({n})',
		same: 'Interaksinya sama, pembaginya berbeda.',
	},
	oneToMany: {
		title: 'Penjualan empat mata dan pemasaran untuk banyak orang',
		desc: 'Dua panel. Atas, penjualan empat mata: satu orang berbicara dengan satu pelanggan, lalu dengan pelanggan berikutnya, dan seterusnya; waktu yang dibutuhkan bertambah dengan setiap pelanggan. Bawah, pemasaran untuk banyak orang: satu orang menyusun satu pesan yang sampai ke banyak pelanggan sekaligus; waktu yang dibutuhkan tetap, cukup untuk satu pesan. Menurut artikel sumber, pemasaran dan humas memerlukan rasio orang atau pesan terhadap pelanggan yang lebih baik daripada 1:1; pemasaran media sosial yang menuntut hubungan 1:1, 1:5, atau 1:10 tidak akan bertahan lama.',
		caption:
			'Argumen artikel sumber (pendapat penulisnya, bukan sikap situs ini): penjualan boleh berjalan empat mata, tetapi pemasaran harus menjangkau banyak pelanggan untuk setiap orang atau setiap pesan.',
		you: 'Anda',
		customer: 'pelanggan',
		time: 'waktu',
		salesHead: 'Penjualan: empat mata',
		salesTime: 'Waktu bertambah dengan setiap pelanggan',
		marketingHead: 'Pemasaran: satu pesan, banyak orang',
		message: 'Pesan',
		marketingTime: 'Waktu tetap: satu pesan untuk semua',
		note: [
			'Menurut artikel sumber, pemasaran dan humas',
			'perlu rasio lebih baik daripada 1:1. Pemasaran',
			'media sosial yang menuntut hubungan 1:1, 1:5,',
			'atau 1:10 tidak akan bertahan lama.',
		],
	},
	growth: {
		title: 'Jumlah akun yang diikuti di X, hari demi hari',
		desc: 'Diagram batang. Hari ke-0: {start} akun yang diikuti. Setiap hari bertambah {perDay}, batas harian X, sehingga pada hari ke-{days} jumlahnya mencapai {threshold}, ambang X. Batang hari berikutnya bertanda tanya: setelah {threshold}, kemampuan mengikuti akun lagi bergantung pada rasio pengikut akun itu sendiri; rasio yang disyaratkan tidak diumumkan X.',
		caption:
			'Contoh hitungan. Dengan titik awal {start} akun yang diikuti dan tambahan {perDay} akun per hari (batas harian X), angka {threshold} tercapai pada hari ke-{days}. Setelah itu, kemampuan mengikuti akun lagi bergantung pada rasio pengikut akun itu sendiri; rasio yang disyaratkan tidak diumumkan X. Contoh ini hanya menunjukkan batasnya: mengikuti sebanyak batas harian setiap hari tanpa pilih-pilih bisa dianggap mengikuti secara massal, yang dilarang X.',
		sourceLead: 'Sumber:',
		source: 'X Help Center, “About following on X”, halaman bertanggal 2019',
		axis: 'Akun yang diikuti (+{perDay} per hari)',
		day: 'Hari',
		threshold: 'Ambang X: {threshold} (hari ke-{days})',
		unknown: '? = di atas {threshold}, bergantung pada rasio pengikut',
	},
};

/** The shape of the diagrams' dictionary: the same keys as Indonesian, any wording. */
export type DiagramDictionary = Widen<typeof id>;

/** Turns string literal types into `string`, recursively, so translations can differ in wording. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

const en = {
	home: {
		title: 'Two accounts following each other, one message reaching many people',
		desc: 'A phone showing a shop profile and a Follow back button. A looping arrow joins the shop and a follower: they follow each other. Separately, one post from the shop can be seen by many people at once.',
		profile: 'Your shop',
		button: 'Follow back',
		follower: 'Follower',
		post: 'One post',
		many: 'many people',
	},
	loop: {
		title: 'Two ways to a mutual follow',
		desc: 'A flow from top to bottom with two starting points. Left: someone follows you, you check their profile, then you decide whether to follow back. Right: you follow an account first, its owner checks your profile, then they decide whether to follow back. If the answer is no, the relationship stays one-way. If yes, the two accounts follow each other. After that, regular interaction, such as likes and comments, keeps the relationship alive; without interaction, the mutual follow is only a number on the profile. Note at the bottom: following first in bulk to be followed back can be treated as *spam* and limited by the platform.',
		caption:
			'Whichever way it begins, pressing Follow is only the start. Regular interaction keeps the relationship alive; without it, a mutual follow only adds to a number. The right-hand path, run in bulk, is what the risks page is about.',
		follows: ['Someone', 'follows you'],
		followFirst: ['You follow', 'first'],
		check: ['You check', 'their profile'],
		theyCheck: ['They check', 'your profile'],
		decide: 'Follow back?',
		theyDecide: 'Followed back?',
		yes: 'Yes',
		no: 'No',
		oneWay: ['Stays', 'one-way'],
		mutual: ['Mutual', 'follow'],
		interact: ['Regular interaction', '(likes, comments)'],
		silent: 'No interaction',
		alive: ['The relationship', 'stays alive'],
		number: ['Only a number', 'on the profile'],
		risk: ['Following first in bulk to be followed back', 'can be treated as spam and limited.'],
	},
	who: {
		title: 'Who sees a post',
		desc: 'An illustrative example with made-up numbers. An account has {followers} followers, and {seen} of them see a post. The post’s reach is {reach} accounts: {seen} followers and {others} non-followers, each of whom saw it at least once. Its views are {views}, including {repeats} repeat views, so views are greater than reach. The post gets {interactions} interactions. Divided by followers, the engagement rate is {byFollowers}; divided by reach, {byReach}; divided by views, {byViews}.',
		caption:
			'Illustrative example with made-up numbers. Reach counts the accounts that saw the post at least once, followers or not. Views count every time the post was seen, so they are never smaller than reach (X and LinkedIn report impressions instead). The interactions are the same, but the engagement rate changes with its denominator.',
		example: 'Illustrative example (made-up numbers)',
		followers: 'Followers: {n}',
		followersNote: '{n} of them see the post',
		reach: 'Reach: {n} accounts',
		reachNote: '{followers} followers + {others} non-followers',
		views: 'Views: {n}',
		viewsNote: 'including {n} repeat views',
		viewsRule: 'views ≥ reach',
		rateHead: 'Engagement rate: {n} interactions',
		byFollowers: '÷ followers ({n})',
		byReach: '÷ reach ({n})',
		byViews: '÷ views ({n})',
		same: 'Same interactions, different denominators.',
	},
	oneToMany: {
		title: 'One-to-one and one-to-many',
		desc: 'Two panels. Top, sales as one-to-one: one person talks with one customer, then with the next, and so on; the time needed grows with every customer. Bottom, marketing as one-to-many: one person writes one message that reaches many customers at once; the time needed stays the same: enough for one message. According to the source article, marketing and PR need a people-or-message-to-customer ratio better than 1:1; social media marketing that required 1:1, 1:5 or 1:10 relationships would be short-lived.',
		caption:
			'The source article’s argument (its author’s opinion, not this site’s position): sales may run one-to-one, but marketing must reach many customers for each person or each message.',
		you: 'You',
		customer: 'customer',
		time: 'time',
		salesHead: 'Sales: one-to-one',
		salesTime: 'Time grows with every customer',
		marketingHead: 'Marketing: one-to-many',
		message: 'Message',
		marketingTime: 'Time stays the same: one message for all',
		note: [
			'According to the source article, marketing',
			'and PR need a ratio better than 1:1. Social',
			'media marketing that required 1:1, 1:5 or 1:10',
			'relationships would be short-lived.',
		],
	},
	growth: {
		title: 'Accounts followed on X, day by day',
		desc: 'Bar chart. Day 0: {start} accounts followed. Each day adds {perDay}, X’s daily limit, so on day {days} the count reaches {threshold}, X’s threshold. The bars after that carry a question mark: past {threshold}, further follows depend on the account’s own follower ratio; X does not publish the ratio it requires.',
		caption:
			'Worked example. Starting from {start} accounts followed and adding {perDay} a day (X’s daily limit), the count reaches {threshold} on day {days}. After that, further follows depend on the account’s own follower ratio; X does not publish the ratio it requires. The example only shows the limits: following as many accounts as the daily limit allows, every day and without choosing, can count as the mass following X bans.',
		sourceLead: 'Source:',
		source: 'X Help Center, “About following on X”, page dated 2019',
		axis: 'Accounts followed (+{perDay} a day)',
		day: 'Day',
		threshold: 'X threshold: {threshold} (day {days})',
		unknown: '? = above {threshold}, depends on the follower ratio',
	},
} satisfies DiagramDictionary;

/** The diagrams' strings by page locale. */
export const diagrams: Readonly<Record<Locale, DiagramDictionary>> = { id, en };
