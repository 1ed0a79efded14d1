/**
 * The `<title>` of a page, as browser tabs and search results show it: what the page is, then the
 * site's short name once. The home page, whose own title is the site name, says what the site is
 * instead of repeating its name ("Ikuti Balik | Ikuti Balik").
 */
import type { HeadEntry } from './social-meta.ts';

/** The site's name in every `<title>`, the same in both languages. */
export const siteName = 'Ikuti Balik';

/** What the home page's `<title>` says, per language. */
export const homeTitles = {
	id: 'Ikuti Balik: panduan ikuti balik dan pemasaran media sosial',
	en: 'Ikuti Balik: follow-back strategy and social media marketing',
} as const;

/** The document title for a page with `title` in `lang`; `isHome` for the language's home page. */
export function documentTitle(page: { title: string; lang: string; isHome: boolean }): string {
	const lang = page.lang === 'en' ? 'en' : 'id';
	if (page.isHome) return homeTitles[lang];
	if (page.title.includes(siteName)) return page.title;
	return `${page.title} | ${siteName}`;
}

/** Returns `head` with its `<title>` set to `title` (added when Starlight wrote none). */
export function withTitle(head: readonly HeadEntry[], title: string): HeadEntry[] {
	return [...head.filter((e) => e.tag !== 'title'), { tag: 'title', content: title }];
}
