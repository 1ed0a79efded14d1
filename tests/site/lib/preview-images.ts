/**
 * Checks of the link-preview images in a build: every page's `og:image` is an absolute URL under the
 * site and base, points at a PNG in the build of 1200 × 630 and at most 100 KB, is its own (no two
 * pages, not even twins, share an image or its bytes), and is described in the page's language.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './dist.ts';
import { localeOf } from './dist.ts';
import { pngSize } from './offline.ts';

/** The largest image a chat app should have to fetch. */
export const previewMaxBytes = 100 * 1024;

/** How the text alternative begins in each language (src/i18n: share.imageAlt). */
export const altPrefix = { id: 'Kartu pratinjau bertuliskan “', en: 'Preview card reading “' };

/** Problems with the preview images of `pages`, built into `dir` for `site` (origin) and `base`. */
export function findPreviewProblems(
	dir: string,
	pages: readonly BuiltPage[],
	site: string,
	base = '/',
): string[] {
	const problems: string[] = [];
	const prefix = new URL(base.endsWith('/') ? base : `${base}/`, site).href;
	const byUrl = new Map<string, string>();
	const byHash = new Map<string, string>();
	for (const { file, document } of pages) {
		// Redirect pages (renamed pages' old URLs) have no head of their own.
		if (document.querySelector('meta[http-equiv="refresh"]')) continue;
		const meta = (key: string) =>
			document
				.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
				.map((m) => m.getAttribute('content') ?? '');
		const [url = '', ...more] = meta('og:image');
		if (!url || more.length) {
			problems.push(`${file} has ${String(more.length + (url ? 1 : 0))} og:image tags`);
			continue;
		}
		if (!url.startsWith(prefix) || !url.endsWith('.png')) {
			problems.push(`${file}: og:image ${url} is not a PNG under ${prefix}`);
			continue;
		}
		const other = byUrl.get(url);
		if (other) problems.push(`${file} shares its image ${url} with ${other}`);
		byUrl.set(url, file);
		const path = join(dir, decodeURIComponent(url.slice(prefix.length)));
		if (!existsSync(path)) {
			problems.push(`${file}: ${url} is not in the build`);
			continue;
		}
		const bytes = readFileSync(path);
		const size = pngSize(bytes);
		if (size?.width !== 1200 || size.height !== 630) {
			const found = size ? `${String(size.width)}×${String(size.height)}` : 'not a PNG';
			problems.push(`${file}: ${url} is ${found}, expected 1200×630`);
		}
		if (bytes.length > previewMaxBytes) {
			problems.push(`${file}: ${url} is ${String(bytes.length)} bytes, over 100 KB`);
		}
		const hash = createHash('sha256').update(bytes).digest('hex');
		const same = byHash.get(hash);
		if (same && same !== file) problems.push(`${file} has the same image as ${same}`);
		byHash.set(hash, file);
		if (meta('og:image:width').join() !== '1200' || meta('og:image:height').join() !== '630') {
			problems.push(`${file}: og:image:width/height are not 1200/630`);
		}
		const lang = localeOf(file);
		const alt = meta('og:image:alt').join();
		const title = meta('og:title').join();
		if (!alt.startsWith(altPrefix[lang]) || !title || !alt.includes(title)) {
			problems.push(`${file}: og:image:alt "${alt}" does not describe "${title}" in ${lang}`);
		}
		if (meta('twitter:card').join() !== 'summary_large_image') {
			problems.push(`${file}: twitter:card is not summary_large_image`);
		}
	}
	return problems;
}

/**
 * Scenario links (a calculator URL with a query) in the trainers' pages that no scenario share page
 * (`skenario/…`) leads to: each named scenario needs its page, whose preview says what it is.
 * `pages` are built pages; links are compared as written, base and origin left out.
 */
export function findScenariosWithoutPage(pages: readonly BuiltPage[]): string[] {
	const scenarioLinks = (page: BuiltPage) =>
		page.document
			.querySelectorAll('.sl-markdown-content a[href*="/kalkulator/"]')
			.map((a) => a.getAttribute('href') ?? '')
			.filter((href) => href.includes('?'));
	const offered = new Set(
		pages.filter((p) => /^(en\/)?skenario\//.test(p.file)).flatMap(scenarioLinks),
	);
	return pages
		.filter((p) => /^(en\/)?pelatihan\//.test(p.file))
		.flatMap((p) => scenarioLinks(p).map((href) => ({ file: p.file, href })))
		.filter(({ href }) => !offered.has(href))
		.map(({ file, href }) => `${file} links ${href}, which no scenario page offers`);
}
