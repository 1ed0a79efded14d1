/**
 * Link-preview images ("Open Graph images"): one 1200 × 630 PNG per page and language, drawn at build
 * time by astro-og-canvas (Starlight's maintainers' tool, CanvasKit in WebAssembly) through the route
 * `src/pages/og/[...route].ts`; `src/route-middleware.ts` points each page's `og:image` at its own.
 * Each card shows the page's title, its sidebar group ("Panduan" / "Guide") and the site's name, in
 * the site's colours (the accent blue of the icon and illustration, on white), with the app icon.
 *
 * Pure: this module says which image a page gets and how it is drawn; it renders nothing. The font
 * is Noto Sans from the npm registry (`@fontsource/noto-sans`), read from node_modules at build
 * time: nothing is requested from another origin.
 */
import type { OGImageOptions } from 'astro-og-canvas';
import { dictionaries } from '../../i18n/index.ts';
import { documentTitle, siteName } from './page-title.ts';

/** The size every preview image has (what `og:image:width` / `og:image:height` say). */
export const previewSize = { width: 1200, height: 630 } as const;

/** Where the images live, relative to the site's base. */
export const previewDir = 'og';

/** The font files, as package paths (regular and bold, Latin: all Indonesian needs). */
export const previewFonts = [
	'@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
	'@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
] as const;

/**
 * The characters those font files cover (Fontsource's "latin" subset): a title with any other
 * character would be drawn with a missing glyph, so the unit tests check every page title.
 */
const latinSubset =
	/^[\u0000-\u00FF\u0131\u0152\u0153\u02BB\u02BC\u02C6\u02DA\u02DC\u0304\u0308\u0329\u2000-\u206F\u20AC\u2122\u2191\u2193\u2212\u2215\uFEFF\uFFFD]*$/u;

/** Whether the bundled font has a glyph for every character of `text`. */
export function fontCovers(text: string): boolean {
	return latinSubset.test(text);
}

/** What one card says. */
export interface PreviewCard {
	/** The page's title as the page shows it. */
	title: string;
	/** The sidebar group in the page's language, when the page is in one. */
	group: string | undefined;
	/** The site's name. */
	site: string;
}

/**
 * The image's path for a content entry id (`panduan/risiko`, `en/panduan/risiko`, `` for the
 * Indonesian home page, `en` for the English one), relative to the base: `og/panduan/risiko.png`,
 * `og/en/panduan/risiko.png`, `og/index.png`, `og/en/index.png`.
 */
export function previewImagePath(id: string): string {
	const clean = entryKey(id);
	const path = clean === '' ? 'index' : clean === 'en' ? 'en/index' : clean;
	return `${previewDir}/${path}.png`;
}

/** The absolute URL of a page's image, from the site's origin and base (`/` or `/sub/`). */
export function previewImageUrl(id: string, site: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return new URL(`${prefix}${previewImagePath(id)}`, site).href;
}

/** The line under the title: the group and the site's name, or the name alone. */
export function previewSubtitle(card: PreviewCard): string {
	return card.group ? `${card.group} · ${card.site}` : card.site;
}

/**
 * The sidebar group label of an entry in `lang`, from the sidebar config (labels in Indonesian with
 * an English translation); `undefined` for pages outside the sidebar (home, not-found).
 */
export function sidebarGroup(
	id: string,
	lang: string,
	groups:
		| readonly {
				label: string;
				translations?: Record<string, string>;
				items: readonly { slug: string }[];
		  }[]
		| undefined,
): string | undefined {
	const slug = id.replace(/^en(\/|$)/, '');
	const group = groups?.find((g) => g.items.some((item) => item.slug === slug));
	if (!group) return undefined;
	return lang === 'en' ? (group.translations?.['en'] ?? group.label) : group.label;
}

/** The site's accent blue (the icon, the illustration's accents), as RGB. */
const accent: [number, number, number] = [0x34, 0x47, 0xd4];
const ink: [number, number, number] = [0x17, 0x18, 0x2b];

/**
 * How astro-og-canvas draws a card: the title large and bold, the group and site name under it in
 * the accent blue, the app icon above, a band of the accent on the leading edge, on white fading to
 * the illustration's pale blue. `fonts` are the font files' absolute paths (`previewFonts`
 * resolved), `logo` the path of the icon PNG to show, if any.
 */
export function previewImageOptions(
	card: PreviewCard,
	files: { fonts: readonly string[]; logo?: string; cacheDir?: string | false },
): OGImageOptions {
	return {
		title: card.title,
		description: previewSubtitle(card),
		cacheDir: files.cacheDir ?? false,
		fonts: [...files.fonts],
		font: {
			title: { families: ['Noto Sans'], weight: 'Bold', size: 68, lineHeight: 1.15, color: ink },
			description: { families: ['Noto Sans'], size: 38, color: accent },
		},
		bgGradient: [
			[255, 255, 255],
			[226, 231, 252],
		],
		border: { color: accent, width: 24, side: 'inline-start' },
		padding: 72,
		...(files.logo ? { logo: { path: files.logo, size: [96] as [number] } } : {}),
		format: 'PNG',
	};
}

/** An entry id without slashes at its ends or a final `index` (collections say `index`, routes ``). */
function entryKey(id: string): string {
	return id.replace(/^\/+|\/+$/g, '').replace(/(^|\/)index$/, '');
}

/**
 * A trainer's named scenario (`skenario/<calculator>-…`, a page that leads to the prefilled
 * calculator) shows the calculator's name under its own: a link with a query string cannot have a
 * preview of its own, since chat apps read the page's tags without running it.
 */
const scenarioCalculators = {
	'ikuti-balik': 'reciprocity',
	engagement: 'engagement',
	jangkauan: 'reach',
} as const;

/** The calculator's name for a scenario page's id in `lang`, or `undefined` for any other page. */
export function scenarioCalculator(id: string, lang: 'id' | 'en'): string | undefined {
	const slug = /^(?:en\/)?skenario\/(.+)$/.exec(id)?.[1];
	if (!slug) return undefined;
	const key = Object.keys(scenarioCalculators).find((k) => slug.startsWith(`${k}-`));
	if (!key) return undefined;
	const section = scenarioCalculators[key as keyof typeof scenarioCalculators];
	return dictionaries[lang][section].label;
}

/** The card of a content entry: the home pages show their descriptive title, as their `og:title`. */
export function previewCard(
	page: { id: string; title: string },
	groups: Parameters<typeof sidebarGroup>[2],
): PreviewCard & { lang: 'id' | 'en' } {
	const id = entryKey(page.id);
	const lang = id === 'en' || id.startsWith('en/') ? 'en' : 'id';
	const isHome = id === '' || id === 'en';
	return {
		title: isHome ? documentTitle({ title: page.title, lang, isHome }) : page.title,
		group: scenarioCalculator(id, lang) ?? sidebarGroup(id, lang, groups),
		site: siteName,
		lang,
	};
}
