/**
 * The trainers' link index: every page and every h2/h3 section in one language, with its full URL
 * and the same place in the other language. Built from the content itself at build time, so it can
 * never list a section the site does not have.
 */

/** One content entry as the content collection gives it. */
export interface ContentPage {
	/** The entry ID: `panduan/risiko`, `en/panduan/risiko`, `index`, `en`. */
	id: string;
	title: string;
	headings: readonly { depth: number; slug: string; text: string }[];
}

/** A section of a page in the index. */
export interface IndexSection {
	anchor: string;
	text: string;
	depth: 2 | 3;
	/** The full URL, e.g. `https://example.org/ikuti-balik/panduan/risiko/#kebijakan-platform`. */
	url: string;
	/** The same section in the other language. */
	otherUrl: string;
	/** `url` and `otherUrl` without the origin, for links that work wherever the site is served. */
	href: string;
	otherHref: string;
}

/** A page in the index. */
export interface IndexPage {
	/** The path without locale: `/`, `/panduan/risiko/`. */
	path: string;
	title: string;
	url: string;
	otherUrl: string;
	href: string;
	otherHref: string;
	sections: IndexSection[];
}

/** Where the site lives and which language the index is for. */
export interface IndexOptions {
	/** The site origin from `SITE_URL`, e.g. `https://example.org`. */
	site: string;
	/** The base path: `/` or `/ikuti-balik`. */
	base: string;
	locale: 'id' | 'en';
	/** Page paths (no locale) in the order to list them; others follow alphabetically. */
	order: readonly string[];
	/** Paths (no locale) to leave out, such as the not-found page. */
	exclude?: readonly string[];
}

/** The language and locale-free path of an entry ID: `en/panduan/x` → en, `/panduan/x/`. */
export function entryPath(id: string): { locale: 'id' | 'en'; path: string } {
	const locale = id === 'en' || id.startsWith('en/') ? 'en' : 'id';
	const rest = locale === 'en' ? id.replace(/^en\/?/, '') : id;
	const clean = rest === 'index' ? '' : rest.replace(/\/index$/, '');
	return { locale, path: clean ? `/${clean}/` : '/' };
}

/** The full URL of a locale-free path in `locale`. */
export function fullUrl(path: string, locale: 'id' | 'en', site: string, base: string): string {
	const prefix = base === '/' ? '' : base;
	return new URL(`${prefix}${locale === 'en' ? '/en' : ''}${path}`, site).href;
}

/** A URL without its origin: path, query and hash. */
const local = (url: string) => {
	const { pathname, search, hash } = new URL(url);
	return pathname + search + hash;
};

/** Builds the index for one language. */
export function buildLinkIndex(pages: readonly ContentPage[], options: IndexOptions): IndexPage[] {
	const other = options.locale === 'en' ? 'id' : 'en';
	const rank = (path: string) => {
		const i = options.order.indexOf(path);
		return i === -1 ? options.order.length : i;
	};
	return pages
		.map((page) => ({ page, ...entryPath(page.id) }))
		.filter(({ locale, path }) => locale === options.locale && !options.exclude?.includes(path))
		.sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path))
		.map(({ page, path }) => {
			const url = fullUrl(path, options.locale, options.site, options.base);
			const otherUrl = fullUrl(path, other, options.site, options.base);
			return {
				path,
				title: page.title,
				url,
				otherUrl,
				href: local(url),
				otherHref: local(otherUrl),
				sections: page.headings
					.filter((h): h is typeof h & { depth: 2 | 3 } => h.depth === 2 || h.depth === 3)
					.map((h) => ({
						anchor: h.slug,
						text: h.text,
						depth: h.depth,
						url: `${url}#${h.slug}`,
						otherUrl: `${otherUrl}#${h.slug}`,
						href: local(`${url}#${h.slug}`),
						otherHref: local(`${otherUrl}#${h.slug}`),
					})),
			};
		});
}
