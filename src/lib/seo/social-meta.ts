/**
 * Link-preview tags for a page: Starlight writes Open Graph tags; this adds the Twitter/X card's own
 * title and description (Open Graph's title is set to the same), uses a plain `summary` card (the site has no preview images), and gives
 * `og:locale` in the `language_TERRITORY` form that Open Graph expects, with the other language as
 * an alternate.
 */

import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** One `<head>` entry as Starlight describes it (a type only: this module stays pure). */
export type HeadEntry = StarlightRouteData['head'][number];

const ogLocales = { id: 'id_ID', en: 'en_US' } as const;

/** Returns `head` with the page's social preview tags completed for `lang`. */
export function withSocialMeta(
	head: readonly HeadEntry[],
	page: { title: string; description: string | undefined; lang: string },
): HeadEntry[] {
	const lang = page.lang === 'en' ? 'en' : 'id';
	const other = lang === 'en' ? 'id' : 'en';
	const named = (entry: HeadEntry, key: string) =>
		entry.tag === 'meta' && (entry.attrs?.['name'] === key || entry.attrs?.['property'] === key);
	const kept = head.filter(
		(e) =>
			![
				'og:title',
				'twitter:card',
				'twitter:title',
				'twitter:description',
				'og:locale',
				'og:locale:alternate',
			].some((k) => named(e, k)),
	);
	const meta = (attr: 'name' | 'property', key: string, content: string): HeadEntry => ({
		tag: 'meta',
		attrs: { [attr]: key, content },
	});
	return [
		...kept,
		meta('property', 'og:title', page.title),
		meta('property', 'og:locale', ogLocales[lang]),
		meta('property', 'og:locale:alternate', ogLocales[other]),
		meta('name', 'twitter:card', 'summary'),
		meta('name', 'twitter:title', page.title),
		...(page.description ? [meta('name', 'twitter:description', page.description)] : []),
	];
}
