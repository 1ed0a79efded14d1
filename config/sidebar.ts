import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * Sidebar groups. Labels are Indonesian with English translations; page links use each page's own
 * title in the reader's language, so a page renamed in one language updates the sidebar by itself.
 */
export const sidebar = [
	{
		label: 'Panduan',
		translations: { en: 'Guide' },
		items: [
			{ slug: 'panduan/apa-itu-ikuti-balik' },
			{ slug: 'panduan/platform' },
			{ slug: 'panduan/manfaat' },
			{ slug: 'panduan/risiko' },
			{ slug: 'panduan/strategi' },
			{ slug: 'panduan/alat' },
			{ slug: 'panduan/jangka-panjang' },
		],
	},
	{
		label: 'Pemasaran media sosial',
		translations: { en: 'Social media marketing' },
		items: [{ slug: 'pemasaran/bukan-percakapan' }, { slug: 'pemasaran/siaran' }],
	},
	{
		label: 'Kalkulator',
		translations: { en: 'Calculators' },
		items: [
			{ slug: 'kalkulator/ikuti-balik' },
			{ slug: 'kalkulator/engagement' },
			{ slug: 'kalkulator/jangkauan' },
			{ slug: 'kalkulator/data-anda' },
		],
	},
	{
		label: 'Pelatihan',
		translations: { en: 'Training' },
		items: [
			{ slug: 'pelatihan' },
			{ slug: 'pelatihan/pengantar-60-menit' },
			{ slug: 'pelatihan/lembar-kerja-pengantar' },
			{ slug: 'pelatihan/praktik-90-menit' },
			{ slug: 'pelatihan/lembar-kerja-praktik' },
		],
	},
	{
		label: 'Referensi',
		translations: { en: 'Reference' },
		items: [{ slug: 'referensi/glosarium' }, { slug: 'referensi/sumber' }],
	},
] satisfies NonNullable<StarlightUserConfig['sidebar']>;
