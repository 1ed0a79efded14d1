/**
 * Strings of the offline support (service worker, status line, offline page, web app manifest), in
 * Indonesian (the source of truth) and English. `en` must have the same shape
 * (`satisfies OfflineDictionary`), so no string exists in one language only. The build writes them
 * into the status script and the service worker (`config/offline.ts`); no page loads this file.
 */
const id = {
	/** The web app manifest. */
	app: {
		name: 'Ikuti Balik: panduan ikuti balik dan pemasaran media sosial',
		shortName: 'Ikuti Balik',
		description:
			'Panduan strategi ikuti balik dan pemasaran media sosial, dengan kalkulator yang tetap bekerja tanpa internet.',
	},
	/** The small status line at the foot of every page. */
	status: {
		saving: 'Menyimpan situs untuk dibaca tanpa internet…',
		ready: 'Siap dibaca tanpa internet',
		failed: 'Situs belum tersimpan untuk dibaca tanpa internet. Coba lagi saat tersambung.',
		saveOther: 'Simpan juga versi bahasa Inggris',
		otherSaved: 'Versi bahasa Inggris juga tersimpan',
		update: 'Versi baru tersedia: muat ulang',
	},
	/** The page the service worker shows for a page that is not saved, with no connection. */
	offlinePage: {
		title: 'Tidak ada koneksi internet',
		lead: 'Halaman ini belum tersimpan di perangkat Anda. Halaman berikut bisa dibuka tanpa internet:',
		none: 'Belum ada halaman yang tersimpan di perangkat ini.',
		otherLanguage: 'Dalam bahasa Inggris',
	},
};

/** The shape every language's offline strings must have. */
export type OfflineDictionary = typeof id;

const en = {
	app: {
		name: 'Ikuti Balik: a guide to follow-back and social media marketing',
		shortName: 'Ikuti Balik',
		description:
			'A guide to follow-back strategy and social media marketing, with calculators that keep working offline.',
	},
	status: {
		saving: 'Saving the site for offline reading…',
		ready: 'Ready offline',
		failed: 'The site is not saved for offline reading yet. Try again when connected.',
		saveOther: 'Also save the Indonesian version',
		otherSaved: 'Indonesian version saved too',
		update: 'New version available: reload',
	},
	offlinePage: {
		title: 'No internet connection',
		lead: 'This page is not saved on your device yet. These pages open without a connection:',
		none: 'No page is saved on this device yet.',
		otherLanguage: 'In Indonesian',
	},
} satisfies OfflineDictionary;

/** The offline strings by language. */
export const offline = { id, en } as const;
