/**
 * Published links never break: `tests/permalinks.txt` lists every page URL and section anchor the
 * site has ever published (locale-free: `/panduan/risiko/#kebijakan-platform`). Each must resolve in
 * both languages, through a redirect if the page was renamed and through an alias element if the
 * section was; and every page and section the build has must be listed, so the list stays complete.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { headingIds, listHtmlFiles } from './dist.ts';

/** The entries of a permalinks file: one per line; blank lines and `#` comments are skipped. */
export function readPermalinks(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'));
}

/** Where a redirect page sends the reader (its meta refresh target), if it is one. */
function redirectTarget(document: HTMLElement): string | undefined {
	const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
	return refresh ? /url=(.+)$/i.exec(refresh)?.[1]?.trim() : undefined;
}

/** Reads and parses `dist/<path>index.html`, or undefined when there is none. */
function load(dir: string, path: string): HTMLElement | undefined {
	const file = join(dir, path.replace(/^\//, ''), 'index.html');
	return existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
}

/** Checks one permalink in one language; returns the problem, or undefined when it resolves. */
export function checkPermalink(
	dir: string,
	entry: string,
	locale: 'id' | 'en',
	base = '/',
): string | undefined {
	const [path = '/', anchor] = entry.split('#');
	let at = locale === 'en' ? `/en${path}` : path;
	let document = load(dir, at);
	// Follow redirects left by renamed pages (at most a few hops).
	for (let hop = 0; document && hop < 5; hop += 1) {
		const target = redirectTarget(document);
		if (target === undefined) break;
		at = base !== '/' && target.startsWith(base) ? target.slice(base.length) : target;
		document = load(dir, at);
	}
	if (!document) return `${entry} (${locale}): no page at ${at}`;
	if (anchor && !document.getElementById(anchor))
		return `${entry} (${locale}): no #${anchor} on ${at}`;
	return undefined;
}

/** Listed permalinks that do not resolve, in either language. */
export function findBrokenPermalinks(
	dir: string,
	entries: readonly string[],
	base = '/',
): string[] {
	return entries.flatMap((entry) =>
		(['id', 'en'] as const).flatMap((locale) => checkPermalink(dir, entry, locale, base) ?? []),
	);
}

/** Every page and content-section anchor of the build (Indonesian side; twins are checked elsewhere). */
export function builtPermalinks(dir: string): string[] {
	return (
		listHtmlFiles(dir)
			// Pages are folders' index.html; the not-found page (404.html) is no permalink.
			.filter(
				(file) =>
					!file.startsWith('en/') && (file === 'index.html' || file.endsWith('/index.html')),
			)
			.flatMap((file) => {
				const document = parse(readFileSync(join(dir, file), 'utf8'));
				if (redirectTarget(document) !== undefined) return [];
				const path = `/${file.replace(/index\.html$/, '')}`;
				return [path, ...headingIds(document).map((id) => `${path}#${id}`)];
			})
	);
}

/** Pages and sections of the build that the permalinks file does not list. */
export function findUnlistedPermalinks(dir: string, entries: readonly string[]): string[] {
	const listed = new Set(entries);
	return builtPermalinks(dir).filter((link) => !listed.has(link));
}
