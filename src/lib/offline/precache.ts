/**
 * The precache manifest: which built files the service worker saves for each language, with a
 * revision (a hash of the file's content) for each, so an update downloads only what changed.
 * Pure: it gets the built files as paths and contents and returns plain data.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export type OfflineLang = 'id' | 'en';
/** `shared` is needed by both languages: styles, scripts, the search engine, icons. */
export type Group = 'shared' | OfflineLang;

/** One precached file: its URL path relative to the base (`panduan/` for `panduan/index.html`). */
export interface Entry {
	path: string;
	/** First 16 hex digits of the content's SHA-256. */
	rev: string;
	/** Bytes as transferred with gzip (for `npm run bench`). */
	gzip: number;
	/** The page's `<title>`, for the offline page's list (HTML pages only). */
	title?: string;
}

export interface PrecacheManifest {
	/** Changes whenever any precached file (or the worker's own code) changes. */
	version: string;
	groups: Record<Group, Entry[]>;
}

/**
 * The most one language's precache (its group plus the shared files) may transfer, in KB of gzip:
 * what a reader's phone downloads to read offline. 800 until December 2026; 900 since the data
 * page's definitions, the calculators' relabelled models, the search interface's strings and the
 * home-screen icon added about 15 KB to each language (782 and 802 KB). 1,000 since December 2026
 * (the most issue 20 allows): the guide's 2026 sections on recommendation feeds, Threads and platform
 * rules, 16 more sources and 10 glossary entries, the trainers' six scenario pages, the share
 * buttons and the data page's HTML and TXT readers brought each language to about 915 KB.
 */
export const languageBudgetKb = 1000;

/** Files that are never precached: host configuration, crawler files, the worker itself. */
const never = [
	/^_headers$/,
	/^robots\.txt$/,
	/^sitemap[^/]*\.xml$/,
	/^sw\.js$/,
	/^\.build-stamp$/, // the hash of the sources the test tiers read (config/build-stamp.ts)
	/^og\//, // link-preview images: for crawlers and chat apps, never read offline
	/(^|\/)404\.html$/, // the not-found page: the offline page replaces it without a connection
	// Pagefind's alternative interfaces and its language-less engine, which Starlight does not load.
	/^pagefind\/pagefind-(component|modular)-ui\./,
	/^pagefind\/wasm\.unknown\.pagefind$/,
];

/** Which group a built file belongs to, or `undefined` when it is never precached. */
export function groupOf(file: string): Group | undefined {
	if (never.some((re) => re.test(file))) return undefined;
	if (file.endsWith('.html')) return file.startsWith('en/') ? 'en' : 'id';
	if (file === 'manifest.webmanifest') return 'id';
	if (file === 'en/manifest.webmanifest') return 'en';
	if (file.startsWith('en/')) return 'en';
	if (file.startsWith('pagefind/')) {
		// Pagefind names each language's index, fragments, filters and engine after the language.
		const name = file.slice(file.lastIndexOf('/') + 1);
		const lang = /^(?:pagefind\.|wasm\.)?(id|en)[_.]/.exec(name)?.[1];
		if (lang === 'id' || lang === 'en') return lang;
		return 'shared';
	}
	return 'shared';
}

/** The URL path of a built file, relative to the base: directories for `index.html`. */
export function urlPath(file: string): string {
	return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/** Builds the manifest from the built files (`file` relative to dist, with `/` separators). */
export function precacheManifest(
	files: readonly { file: string; content: Buffer }[],
	extraVersionInput = '',
): PrecacheManifest {
	const groups: Record<Group, Entry[]> = { shared: [], id: [], en: [] };
	const versionHash = createHash('sha256').update(extraVersionInput);
	for (const { file, content } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
		const group = groupOf(file);
		if (!group) continue;
		const rev = createHash('sha256').update(content).digest('hex').slice(0, 16);
		const entry: Entry = { path: urlPath(file), rev, gzip: gzipSync(content).length };
		if (file.endsWith('.html')) {
			const html = content.toString('utf8');
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
			// Redirect pages (renamed pages' old URLs) are saved but not listed.
			if (title && !html.includes('http-equiv="refresh"')) entry.title = decode(title);
		}
		groups[group].push(entry);
		versionHash.update(`${entry.path} ${rev}\n`);
	}
	return { version: versionHash.digest('hex').slice(0, 12), groups };
}

/** Kilobytes (gzip) that saving one language transfers: its files plus the shared ones. */
export function precacheKb(manifest: PrecacheManifest, lang: OfflineLang): number {
	const bytes = [...manifest.groups.shared, ...manifest.groups[lang]].reduce(
		(sum, e) => sum + e.gzip,
		0,
	);
	return bytes / 1024;
}
