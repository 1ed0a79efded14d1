/**
 * Link-preview tags for a page: Starlight writes Open Graph tags; this adds the Twitter/X card's own
 * title and description (Open Graph's title is set to the same), points `og:image` at the page's own
 * preview image (absolute URL, with its size and a text alternative in the page's language: see
 * preview-image.ts) with a `summary_large_image` card when one is given, and gives
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
	page: {
		title: string;
		description: string | undefined;
		lang: string;
		/** The page's preview image: absolute URL, size in pixels, text alternative. */
		image?: { url: string; width: number; height: number; alt: string };
	},
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
				'og:image',
				'og:image:width',
				'og:image:height',
				'og:image:alt',
				'twitter:image',
				'twitter:image:alt',
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
		...(page.image
			? [
					meta('property', 'og:image', page.image.url),
					meta('property', 'og:image:width', String(page.image.width)),
					meta('property', 'og:image:height', String(page.image.height)),
					meta('property', 'og:image:alt', page.image.alt),
				]
			: []),
		meta('name', 'twitter:card', page.image ? 'summary_large_image' : 'summary'),
		meta('name', 'twitter:title', page.title),
		...(page.description ? [meta('name', 'twitter:description', page.description)] : []),
		...(page.image
			? [
					meta('name', 'twitter:image', page.image.url),
					meta('name', 'twitter:image:alt', page.image.alt),
				]
			: []),
	];
}
