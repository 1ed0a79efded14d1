/**
 * Strings of the “Your data” page's island, in Indonesian (the source of truth) and English
 * (`satisfies DataImportDictionary`). Error codes from `src/lib/imports` map to sentences here, so a
 * new code needs both languages. `{name}` placeholders are filled by `fill()`.
 */
import type { ImportError } from '../lib/imports/read-files.ts';
import type { RetentionWithheld, SnapshotError } from '../lib/imports/follow-stats.ts';
import type { PostColumn, PostError } from '../lib/imports/posts.ts';
import type { Locale } from '../lib/number/index.ts';

type FollowErrorCode = ImportError | SnapshotError | 'mismatch';

const id = {
	follows: {
		title: 'Pengikut dan yang diikuti',
		current: 'Ekspor terbaru (berkas JSON, JS, HTML, TXT, atau ZIP)',
		older: 'Ekspor lama akun yang sama (opsional)',
		drop: 'Atau seret berkas ke kotak ini.',
		reading: 'Membaca berkas…',
		platform: 'Platform terdeteksi: {platform}',
		platforms: { instagram: 'Instagram', x: 'X', tiktok: 'TikTok' },
		results: {
			followers: 'Pengikut',
			following: 'Yang Anda ikuti',
			mutual: 'Saling mengikuti',
			mutualShare:
				'Dari semua akun yang Anda ikuti, yang mengikuti Anda (termasuk pengikut yang Anda ikuti balik)',
			followedFirst: 'Akun yang lebih dulu Anda ikuti',
			followedFirstBack: 'Dari akun itu, yang kini mengikuti Anda',
			followBackRate:
				'Tingkat ikuti balik (dari akun yang lebih dulu Anda ikuti, yang mengikuti balik)',
			youFollowBackRate: 'Dari akun yang lebih dulu mengikuti Anda, yang Anda ikuti balik',
			recentFollowed: 'Akun yang lebih dulu Anda ikuti dalam 90 hari terakhir',
			recentFollowedBack: 'Dari akun itu, yang mengikuti Anda',
			recentFollowBackRate: 'Tingkat ikuti balik 90 hari terakhir',
			daysBetween: 'Hari di antara kedua ekspor (dari tanggal terbaru masing-masing)',
			lostFollowers: 'Pengikut yang hilang sejak ekspor lama',
			newFollowers: 'Pengikut baru sejak ekspor lama',
			retention: 'Dari akun yang saling mengikuti di ekspor lama, yang masih mengikuti Anda',
		},
		noDates:
			'Ekspor ini tidak mencantumkan tanggal, jadi tidak diketahui siapa yang lebih dulu mengikuti. Persentase di atas menghitung juga pengikut yang Anda ikuti balik, sehingga tidak pernah lebih rendah daripada tingkat ikuti balik akun yang Anda ikuti. Tingkat ikuti balik, angka 90 hari terakhir, dan grafik per bulan tidak tersedia.',
		unknownDays: 'tidak diketahui (tanpa tanggal)',
		retentionPassed:
			'Kedua ekspor berjarak {days} hari, antara 3 dan 6 minggu, jadi persentase yang masih mengikuti dibawa ke kolom “Yang bertahan setelah sebulan” di kalkulator ikuti balik. Itu hanya pengganti: angkanya mencakup semua akun yang dulu saling mengikuti selama {days} hari itu, dan tingkat ikuti balik di atas sudah tidak menghitung akun yang mengikuti balik lalu pergi, jadi kehilangan itu bisa terhitung dua kali.',
		retentionWithheld: {
			'no-dates':
				'Ekspor ini tidak mencantumkan tanggal, jadi jarak kedua ekspor tidak diketahui, dan persentase yang masih mengikuti tidak dibawa ke kalkulator ikuti balik.',
			'older-is-newer':
				'Ekspor lama ternyata lebih baru daripada ekspor terbaru, jadi persentase yang masih mengikuti tidak dibawa ke kalkulator ikuti balik. Tukar kedua berkas.',
			'too-close':
				'Kedua ekspor hanya berjarak {days} hari, kurang dari 3 minggu, jadi persentase yang masih mengikuti belum menggambarkan satu bulan dan tidak dibawa ke kalkulator ikuti balik.',
			'too-far':
				'Kedua ekspor berjarak {days} hari, lebih dari 6 minggu, jadi persentase yang masih mengikuti tidak lagi menggambarkan satu bulan dan tidak dibawa ke kalkulator ikuti balik.',
			'no-mutual':
				'Di ekspor lama tidak ada akun yang saling mengikuti, jadi tidak ada persentase yang bisa dibawa ke kalkulator ikuti balik.',
		} satisfies Record<RetentionWithheld, string>,
		first:
			'Akun yang Anda ikuti dihitung “lebih dulu Anda ikuti”, kecuali akun itu mulai mengikuti Anda pada waktu yang lebih awal. Waktu yang sama, atau waktu yang tidak tercantum, dianggap Anda yang lebih dulu mengikuti.',
		asOf: 'Periode 90 hari dihitung mundur dari tanggal terbaru di ekspor: {date}.',
		chartTitle: 'Tingkat ikuti balik menurut bulan Anda lebih dulu mengikuti',
		chartDesc:
			'Satu baris per bulan: persentase akun yang lebih dulu Anda ikuti pada bulan itu dan kini mengikuti Anda, lalu berapa dari berapa akun.',
		useLink: 'Pakai angka ini di kalkulator ikuti balik',
		trialRecent:
			'Tautan ini membawa {followed} akun yang lebih dulu Anda ikuti dalam 90 hari terakhir sebagai percobaan. Jika Anda pernah berhenti mengikuti akun yang tidak mengikuti balik, tingkatnya terlalu tinggi.',
		trialAll:
			'Dalam 90 hari terakhir, Anda lebih dulu mengikuti kurang dari {min} akun, terlalu sedikit untuk diandalkan, jadi tautan ini membawa semua {followed} akun yang lebih dulu Anda ikuti sebagai percobaan. Jika Anda pernah berhenti mengikuti akun yang tidak mengikuti balik, tingkatnya terlalu tinggi.',
		noTrial:
			'Tanpa tanggal, tautan ini hanya membawa jumlah pengikut dan jumlah yang Anda ikuti, tanpa percobaan.',
		undefinedRate: 'tidak ada (pembaginya nol)',
		noNames:
			'Halaman ini hanya menampilkan jumlah dan persentase, tidak pernah daftar nama akun. Nama itu milik orang lain, dan daftar “siapa yang tidak mengikuti balik” mendorong orang berhenti mengikuti secara massal, kebiasaan yang dijelaskan di panduan.',
		files: 'Berkas yang dipilih',
		remove: 'Hapus',
		clear: {
			current: 'Hapus semua berkas ekspor terbaru',
			older: 'Hapus semua berkas ekspor lama',
		},
		roles: {
			reading: 'sedang dibaca…',
			notNeeded: 'tidak diperlukan',
			unreadable: 'tidak terbaca: lihat pesan di bawah daftar',
			list: '{platform}, {lists}',
			part: '{platform}, {lists}, bagian {part}',
			partOf: '{platform}, {lists}, bagian {part} dari {parts}',
			lists: { followers: 'pengikut', following: 'yang diikuti', both: 'kedua daftar' },
		},
		duplicate: {
			current:
				'Daftar yang sama ada dua kali di antara {files}, jadi berkas itu tidak digabungkan. Pilih ekspor yang dipakai, atau pindahkan yang lebih lama ke kolom ekspor lama.',
			older:
				'Daftar yang sama ada dua kali di antara {files}, jadi berkas itu tidak digabungkan. Pilih ekspor yang dipakai.',
		},
		newest: '{files}: tanggal terbaru {date}',
		noNewest: '{files}: tanpa tanggal',
		olderFile: 'Ekspor yang lebih lama: {files}.',
		keep: 'Pakai hanya {files}',
		move: 'Pindahkan {files} ke ekspor lama',
		gap: {
			one: '{files} tidak ada. Instagram membagi daftar pengikut menjadi beberapa bagian bernomor, dan tanpa bagian ini jumlah pengikut kurang. Pilih juga berkas itu.',
			many: '{files} tidak ada. Instagram membagi daftar pengikut menjadi beberapa bagian bernomor, dan tanpa bagian-bagian ini jumlah pengikut kurang. Pilih juga berkas-berkas itu.',
		},
		monthValue: '{rate} ({back} dari {followed})',
	},
	posts: {
		title: 'Statistik unggahan (CSV)',
		file: 'Berkas CSV, satu baris per unggahan',
		columns: 'Kolom mana berisi apa?',
		columnNames: {
			likes: 'Suka',
			comments: 'Komentar',
			shares: 'Dibagikan',
			saves: 'Disimpan',
			reach: 'Jangkauan',
			views: 'Tayangan',
			impressions: 'Impresi',
			date: 'Tanggal',
		},
		none: '(tidak ada)',
		recognised: 'Judul kolom dikenali sebagai ekspor Meta Business Suite.',
		notRecognised: 'Judul kolom tidak dikenali; pilih sendiri kolomnya.',
		rows: '{rows} baris data.',
		numberStyle: {
			plain: 'Angka di berkas ditulis tanpa pemisah ribuan.',
			'comma-grouping':
				'Angka di berkas memakai koma sebagai pemisah ribuan (15,000 = lima belas ribu).',
			'dot-grouping':
				'Angka di berkas memakai titik sebagai pemisah ribuan (15.000 = lima belas ribu).',
		},
		platform: 'Platform unggahan',
		results: {
			posts: 'Unggahan',
			medianErReach: 'Median tingkat engagement per unggahan, terhadap jangkauan',
			meanErReach: 'Rata-rata tingkat engagement per unggahan, terhadap jangkauan',
			medianErViews: 'Median tingkat engagement per unggahan, terhadap tayangan',
			meanErViews: 'Rata-rata tingkat engagement per unggahan, terhadap tayangan',
			medianErImpressions: 'Median tingkat engagement per unggahan, terhadap impresi',
			meanErImpressions: 'Rata-rata tingkat engagement per unggahan, terhadap impresi',
			conversationShare: 'Porsi komentar (komentar ÷ interaksi)',
		},
		chartTitle: 'Tingkat engagement tiap unggahan (terhadap jangkauan), menurut urutan waktu',
		chartDesc:
			'Satu titik per unggahan; sumbu tegak menunjukkan tingkat engagement, sumbu datar urutan waktu, dan garis putus-putus adalah median.',
		median: 'Garis putus-putus: median {rate}',
		postNumber: 'unggahan ke-{n}',
		useLink: 'Pakai total ini di kalkulator engagement',
	},
	errors: {
		empty: 'Berkas “{file}” kosong. Pilih berkas ekspor yang sudah selesai diunduh.',
		binary:
			'“{file}” bukan berkas data (tampaknya gambar, PDF, atau video). Pilih berkas JSON, JS, HTML, TXT, atau ZIP dari ekspor, atau CSV statistik unggahan.',
		truncated:
			'“{file}” terpotong: berkasnya berhenti di tengah. Unduh ulang ekspornya dan coba lagi.',
		'not-an-export':
			'“{file}” bukan ekspor pengikut yang dikenal. Pilih followers_1.json dan following.json atau followers_1.html dan following.html (Instagram), data/follower.js dan data/following.js (X), atau user_data_tiktok.json atau Follower.txt dan Following.txt (TikTok).',
		'instagram-html':
			'“{file}” adalah halaman ekspor Instagram (HTML), tetapi bukan daftar pengikut atau daftar yang Anda ikuti. Pilih followers_1.html dan following.html dari folder connections/followers_and_following/, atau seluruh ZIP ekspornya.',
		'tiktok-txt':
			'“{file}” adalah berkas ekspor TikTok dalam format TXT, tetapi bukan daftar pengikut atau daftar yang Anda ikuti. Pilih Follower.txt dan Following.txt, atau minta ekspor dalam format JSON: di aplikasi TikTok, buka profil, lalu menu, lalu Pengaturan dan privasi, lalu Akun, lalu Unduh data Anda; pilih format JSON, lalu Minta data. Setelah siap, pilih user_data_tiktok.json.',
		'other-archive-file':
			'“{file}” adalah berkas lain dari arsip X. Pilih data/follower.js dan data/following.js.',
		'zip-no-export':
			'Arsip “{file}” tidak berisi daftar pengikut. Pastikan ekspornya mencakup “Pengikut dan mengikuti” (Instagram), atau pilih arsip X atau berkas TikTok yang benar.',
		'zip-unreadable': 'Arsip “{file}” rusak atau terpotong. Unduh ulang dan coba lagi.',
		'zip-encrypted':
			'Arsip “{file}” dikunci kata sandi. Ekstrak dulu, lalu pilih berkas JSON di dalamnya.',
		'zip-method':
			'Arsip “{file}” memakai kompresi yang tidak dikenal. Ekstrak dulu, lalu pilih berkas JSON di dalamnya.',
		'zip-entry-too-large':
			'Arsip “{file}” berisi berkas yang tercatat berukuran sangat besar (lebih dari 256 MB). Berkas itu tidak dibaca.',
		'file-too-large': 'Berkas “{file}” terlalu besar untuk daftar pengikut atau tabel unggahan.',
		'no-lists': 'Tidak ada daftar pengikut di berkas yang dipilih.',
		'no-list-found':
			'Tidak ada daftar pengikut atau daftar yang Anda ikuti di berkas yang dipilih. Berkas yang diperiksa: {file}.',
		'mixed-platforms':
			'Berkas yang dipilih berasal dari platform berbeda. Pilih berkas dari satu akun saja.',
		'needs-followers':
			'Daftar pengikut belum ada. Pilih juga followers_1.json atau followers_1.html (Instagram), data/follower.js (X), atau Follower.txt (TikTok).',
		'needs-following':
			'Daftar yang Anda ikuti belum ada. Pilih juga following.json atau following.html (Instagram), data/following.js (X), atau Following.txt (TikTok).',
		mismatch: 'Ekspor lama berasal dari platform lain, jadi tidak dibandingkan.',
		'csv-unreadable':
			'Berkas ini bukan tabel CSV yang bisa dibaca. Ekspor statistik unggahan dalam format CSV.',
		'csv-no-rows': 'Tabel CSV ini hanya berisi judul kolom, tanpa baris unggahan.',
		'csv-needs-interactions':
			'Pilih setidaknya satu kolom interaksi: suka, komentar, dibagikan, atau disimpan.',
		'csv-needs-denominator':
			'Pilih kolom jangkauan, tayangan, atau impresi untuk menghitung tingkat engagement.',
		'csv-mixed-grouping':
			'Angka di tabel ini memakai koma dan titik sebagai pemisah ribuan sekaligus, jadi tidak bisa dibaca dengan pasti.',
		'csv-non-numeric': 'Baris {row}, kolom “{column}” bukan angka. Periksa kolom yang dipilih.',
	} satisfies Record<FollowErrorCode | PostError, string>,
};

/** The shape every language's strings must have. */
export type DataImportDictionary = typeof id;

const en = {
	follows: {
		title: 'Followers and following',
		current: 'Latest export (JSON, JS, HTML or TXT files, or ZIP)',
		older: 'An older export of the same account (optional)',
		drop: 'Or drag files onto this box.',
		reading: 'Reading files…',
		platform: 'Platform detected: {platform}',
		platforms: { instagram: 'Instagram', x: 'X', tiktok: 'TikTok' },
		results: {
			followers: 'Followers',
			following: 'Following',
			mutual: 'Following each other',
			mutualShare:
				'Of all the accounts you follow, those that follow you (followers you followed back included)',
			followedFirst: 'Accounts you followed first',
			followedFirstBack: 'Of those, accounts that follow you now',
			followBackRate:
				'Follow-back rate (of the accounts you followed first, those that followed back)',
			youFollowBackRate: 'Of the accounts that followed you first, those you follow back',
			recentFollowed: 'Accounts you followed first in the last 90 days',
			recentFollowedBack: 'Of those, accounts that follow you',
			recentFollowBackRate: 'Follow-back rate over the last 90 days',
			daysBetween: 'Days between the two exports (from the newest date in each)',
			lostFollowers: 'Followers lost since the older export',
			newFollowers: 'New followers since the older export',
			retention:
				'Of the accounts following each other in the older export, those still following you',
		},
		noDates:
			'This export has no dates, so who followed first is unknown. The percentage above also counts the followers you followed back, so it is at least as high as the follow-back rate of the accounts you follow. The follow-back rate, the last-90-days numbers and the monthly chart are not available.',
		unknownDays: 'unknown (no dates)',
		retentionPassed:
			'The two exports are {days} days apart, between 3 and 6 weeks, so the percentage still following goes into the “Still following after a month” field of the follow-back calculator. It is only a stand-in: it covers all the accounts that were mutual in the older export over those {days} days, and the follow-back rate above already leaves out accounts that followed back and then left, so that loss can be counted twice.',
		retentionWithheld: {
			'no-dates':
				'This export has no dates, so the time between the two exports is unknown, and the percentage still following is not passed to the follow-back calculator.',
			'older-is-newer':
				'The older export is in fact newer than the latest one, so the percentage still following is not passed to the follow-back calculator. Swap the two files.',
			'too-close':
				'The two exports are only {days} days apart, less than 3 weeks, so the percentage still following does not yet describe a month and is not passed to the follow-back calculator.',
			'too-far':
				'The two exports are {days} days apart, more than 6 weeks, so the percentage still following no longer describes a month and is not passed to the follow-back calculator.',
			'no-mutual':
				'No accounts followed each other in the older export, so there is no percentage to pass to the follow-back calculator.',
		},
		first:
			'An account you follow counts as “followed first by you” unless it started following you at an earlier time. The same time, or a time the export does not give, counts as you first.',
		asOf: 'The 90 days count back from the newest date in the export: {date}.',
		chartTitle: 'Follow-back rate by the month you followed first',
		chartDesc:
			'One row per month: the percentage of the accounts you followed first that month that follow you now, then how many of how many accounts.',
		useLink: 'Use these numbers in the follow-back calculator',
		trialRecent:
			'This link takes the {followed} accounts you followed first in the last 90 days as the trial. If you stopped following accounts that did not follow back, the rate is too high.',
		trialAll:
			'In the last 90 days you followed fewer than {min} accounts first, too few to rely on, so this link takes all {followed} accounts you followed first as the trial. If you stopped following accounts that did not follow back, the rate is too high.',
		noTrial:
			'Without dates, this link takes only the number of followers and the number you follow, with no trial.',
		undefinedRate: 'none (the divisor is zero)',
		noNames:
			'This page shows counts and percentages, never a list of account names. Those names belong to other people, and a list of “who doesn’t follow back” encourages mass unfollowing, the follow churn the guide explains.',
		files: 'Chosen files',
		remove: 'Remove',
		clear: {
			current: 'Remove all files of the latest export',
			older: 'Remove all files of the older export',
		},
		roles: {
			reading: 'reading…',
			notNeeded: 'not needed',
			unreadable: 'unreadable: see the message below the list',
			list: '{platform}, {lists}',
			part: '{platform}, {lists}, part {part}',
			partOf: '{platform}, {lists}, part {part} of {parts}',
			lists: { followers: 'followers', following: 'following', both: 'both lists' },
		},
		duplicate: {
			current:
				'The same list appears twice among {files}, so they are not merged. Choose the export to use, or move the older one to the older-export field.',
			older:
				'The same list appears twice among {files}, so they are not merged. Choose the export to use.',
		},
		newest: '{files}: newest date {date}',
		noNewest: '{files}: no dates',
		olderFile: 'The older export: {files}.',
		keep: 'Use only {files}',
		move: 'Move {files} to the older export',
		gap: {
			one: '{files} is missing. Instagram splits the followers list into numbered parts, and without this one the follower count falls short. Choose it too.',
			many: '{files} are missing. Instagram splits the followers list into numbered parts, and without these the follower count falls short. Choose them too.',
		},
		monthValue: '{rate} ({back} of {followed})',
	},
	posts: {
		title: 'Post statistics (CSV)',
		file: 'CSV file, one row per post',
		columns: 'Which column holds what?',
		columnNames: {
			likes: 'Likes',
			comments: 'Comments',
			shares: 'Shares',
			saves: 'Saves',
			reach: 'Reach',
			views: 'Views',
			impressions: 'Impressions',
			date: 'Date',
		},
		none: '(none)',
		recognised: 'Column headers recognized as a Meta Business Suite export.',
		notRecognised: 'Column headers not recognized; choose the columns yourself.',
		rows: '{rows} data rows.',
		numberStyle: {
			plain: 'Numbers in the file are written without thousands separators.',
			'comma-grouping':
				'Numbers in the file use a comma as the thousands separator (15,000 = fifteen thousand).',
			'dot-grouping':
				'Numbers in the file use a period as the thousands separator (15.000 = fifteen thousand).',
		},
		platform: 'Platform of the posts',
		results: {
			posts: 'Posts',
			medianErReach: 'Median engagement rate per post, by reach',
			meanErReach: 'Mean engagement rate per post, by reach',
			medianErViews: 'Median engagement rate per post, by views',
			meanErViews: 'Mean engagement rate per post, by views',
			medianErImpressions: 'Median engagement rate per post, by impressions',
			meanErImpressions: 'Mean engagement rate per post, by impressions',
			conversationShare: 'Comment share (comments ÷ interactions)',
		},
		chartTitle: 'Engagement rate of each post (by reach), in date order',
		chartDesc:
			'One dot per post; the vertical axis shows the engagement rate, the horizontal axis the order in time, and the dashed line is the median.',
		median: 'Dashed line: median {rate}',
		postNumber: 'post {n}',
		useLink: 'Use these totals in the engagement calculator',
	},
	errors: {
		empty: 'The file “{file}” is empty. Choose an export file that has finished downloading.',
		binary:
			'“{file}” is not a data file (it looks like an image, a PDF or a video). Choose the JSON, JS, HTML, TXT or ZIP files of an export, or a CSV of post statistics.',
		truncated:
			'“{file}” is truncated: the file stops partway. Download the export again and retry.',
		'not-an-export':
			'“{file}” is not a known follower export. Choose followers_1.json and following.json or followers_1.html and following.html (Instagram), data/follower.js and data/following.js (X), or user_data_tiktok.json or Follower.txt and Following.txt (TikTok).',
		'instagram-html':
			'“{file}” is a page of an Instagram export (HTML), but not the followers or following list. Choose followers_1.html and following.html from the connections/followers_and_following/ folder, or the whole export ZIP.',
		'tiktok-txt':
			'“{file}” is a file of a TikTok export in TXT format, but not the follower or following list. Choose Follower.txt and Following.txt, or request the export in JSON format: in the TikTok app, open your profile, then the menu, then Settings and privacy, then Account, then Download your data; choose the JSON format, then Request data. When it is ready, choose user_data_tiktok.json.',
		'other-archive-file':
			'“{file}” is another file of the X archive. Choose data/follower.js and data/following.js.',
		'zip-no-export':
			'The archive “{file}” holds no follower list. Make sure the export includes “Followers and following” (Instagram), or choose the right X archive or TikTok file.',
		'zip-unreadable': 'The archive “{file}” is damaged or truncated. Download it again and retry.',
		'zip-encrypted':
			'The archive “{file}” is password-protected. Extract it first, then choose its JSON files.',
		'zip-method':
			'The archive “{file}” uses an unknown compression. Extract it first, then choose its JSON files.',
		'zip-entry-too-large':
			'The archive “{file}” holds a file recorded as very large (over 256 MB). That file was not read.',
		'file-too-large': 'The file “{file}” is too large for a follower list or a table of posts.',
		'no-lists': 'The chosen files hold no follower list.',
		'no-list-found':
			'The chosen files hold no follower or following list. Files looked at: {file}.',
		'mixed-platforms':
			'The chosen files come from different platforms. Choose files of one account only.',
		'needs-followers':
			'The followers list is missing. Also choose followers_1.json or followers_1.html (Instagram), data/follower.js (X) or Follower.txt (TikTok).',
		'needs-following':
			'The following list is missing. Also choose following.json or following.html (Instagram), data/following.js (X) or Following.txt (TikTok).',
		mismatch: 'The older export is from another platform, so it is not compared.',
		'csv-unreadable': 'This file is not a readable CSV table. Export the post statistics as CSV.',
		'csv-no-rows': 'This CSV table has column headers only, no rows of posts.',
		'csv-needs-interactions':
			'Choose at least one interaction column: likes, comments, shares or saves.',
		'csv-needs-denominator':
			'Choose a reach, views or impressions column to work out engagement rates.',
		'csv-mixed-grouping':
			'The numbers in this table use both commas and periods as thousands separators, so they cannot be read with certainty.',
		'csv-non-numeric': 'Row {row}, column “{column}” is not a number. Check the columns chosen.',
	},
} satisfies DataImportDictionary;

/** The island's strings, by page locale. */
export const dataImport: Readonly<Record<Locale, DataImportDictionary>> = { id, en };

export type { PostColumn };
