/** The site's locales: Bahasa Indonesia at the root (the primary audience), English under `/en/`. */
export const locales = {
	root: { label: 'Bahasa Indonesia', lang: 'id' },
	en: { label: 'English', lang: 'en' },
} as const;

/** BCP 47 tags of every locale, root first. */
export type Lang = (typeof locales)[keyof typeof locales]['lang'];

/** The site title in each language, keyed by BCP 47 tag as Starlight expects. */
export const title = {
	id: 'Ikuti Balik',
	en: 'Ikuti Balik',
} as const satisfies Record<Lang, string>;
