/**
 * What a built page costs a reader: HTML, CSS and JavaScript bytes compressed with gzip (as
 * transferred), with our own JavaScript (calculator islands, Preact, our inline scripts) told apart
 * from Starlight's, and the number of requests the page makes for them. Read from the built files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** A page's weight in gzip bytes. */
export interface PageWeight {
	html: number;
	css: number;
	/** All JavaScript: files the page loads (with their static imports) plus inline scripts. */
	js: number;
	/** Our JavaScript: island code, its renderer (Preact) and imports, and our inline scripts. */
	ourJs: number;
	/** Files requested: the HTML, stylesheets, scripts and their static imports. */
	requests: number;
	/**
	 * Our JavaScript loaded only when the reader asks for it: each module our code imports
	 * dynamically (`import("./x.js")`), by file name, with what it adds beyond the page's load.
	 */
	onDemand: { file: string; js: number }[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Static imports of a built module (`import"./x.js"`, `from"./x.js"`), resolved next to it. */
function staticImports(code: string): string[] {
	return [
		...code.matchAll(
			/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
		),
	].map((m) => m[1] ?? '');
}

/** Dynamic imports of a built module (`import("./x.js")`, quotes or backticks), resolved next to it. */
function dynamicImports(code: string): string[] {
	return [...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map(
		(m) => m[1] ?? '',
	);
}

/** The module graph from built files (absolute paths), following static imports. */
function fileGraph(files: readonly string[]): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		for (const imported of staticImports(readFileSync(file, 'utf8')))
			visit(join(dirname(file), imported));
	};
	for (const file of files) visit(file);
	return seen;
}

/** The module graph from `entries` (site paths such as `/_astro/x.js`), as file paths in `dist`. */
function moduleGraph(dist: string, entries: readonly string[], base: string): Set<string> {
	const seen = new Set<string>();
	const visit = (sitePath: string) => {
		const rel = sitePath.replace(base === '/' ? /^\// : new RegExp(`^${base}/`), '');
		const file = join(dist, rel);
		if (seen.has(file) || !existsSync(file)) return;
		seen.add(file);
		const dir = sitePath.slice(0, sitePath.lastIndexOf('/') + 1);
		for (const imported of staticImports(readFileSync(file, 'utf8')))
			visit(dir + imported.slice(2));
	};
	for (const entry of entries) visit(entry);
	return seen;
}

/** Weighs the page at `file` (a path inside `dist`). `ownInline` tells our inline scripts apart. */
export function weighPage(
	dist: string,
	file: string,
	options: {
		base?: string;
		/** Tells our inline scripts apart from Starlight's. */
		ownInline?: (code: string) => boolean;
		/** Tells our bundled page scripts (`<script src>`) apart, by file name. */
		ownScript?: (fileName: string) => boolean;
	} = {},
): PageWeight {
	const base = options.base ?? '/';
	const html = readFileSync(join(dist, file), 'utf8');
	const document = parse(html);
	const stylesheets = document
		.querySelectorAll('link[rel="stylesheet"]')
		.map((l) => l.getAttribute('href') ?? '')
		.filter((href) => href.startsWith('/'));
	const css = stylesheets.reduce((sum, href) => {
		const path = join(dist, href.replace(base === '/' ? /^\// : new RegExp(`^${base}/`), ''));
		return sum + (existsSync(path) ? gz(readFileSync(path)) : 0);
	}, 0);
	const inline = document
		.querySelectorAll('script:not([src])')
		.map((s) => s.rawText)
		.filter(Boolean);
	const ownInline = inline.filter((code) => options.ownInline?.(code) ?? false);
	const islandEntries = document
		.querySelectorAll('astro-island')
		.flatMap((island) => [
			island.getAttribute('component-url'),
			island.getAttribute('renderer-url'),
		])
		.filter((url): url is string => Boolean(url));
	const scriptEntries = document
		.querySelectorAll('script[src]')
		.map((s) => s.getAttribute('src') ?? '')
		.filter((src) => src.startsWith('/'));
	const ownScripts = scriptEntries.filter(
		(src) => options.ownScript?.(src.slice(src.lastIndexOf('/') + 1)) ?? false,
	);
	const ours = moduleGraph(dist, [...islandEntries, ...ownScripts], base);
	const all = moduleGraph(dist, [...scriptEntries, ...islandEntries], base);
	const sizeOf = (files: Set<string>) =>
		[...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
	// What our code loads later: each dynamic import's graph, less what the page already loaded.
	const later = [...ours].flatMap((file) =>
		dynamicImports(readFileSync(file, 'utf8')).map((imported) => join(dirname(file), imported)),
	);
	const onDemand = [...new Set(later)].map((entry) => {
		const added = new Set([...fileGraph([entry])].filter((f) => !all.has(f)));
		return { file: basename(entry), js: sizeOf(added) };
	});
	return {
		onDemand,
		html: gz(html),
		css,
		js: sizeOf(all) + inline.reduce((sum, code) => sum + gz(code), 0),
		ourJs: sizeOf(ours) + ownInline.reduce((sum, code) => sum + gz(code), 0),
		requests: 1 + stylesheets.length + all.size,
	};
}
