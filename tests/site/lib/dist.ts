/**
 * Checks on a built site (`dist/`): the bilingual rules that a page-by-page build cannot see.
 * Each check returns a list of problems (empty when the rule holds), so a test can assert both that
 * the real build is clean and that a broken fixture is caught.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The English locale's folder; every other page belongs to the Indonesian root locale. */
const enPrefix = 'en/';

/** Starlight's notice on a fallback page, in both languages (its own translations, not ours). */
const fallbackNotices = [
	'This content is not available in your language yet.',
	'Konten ini belum tersedia dalam bahasa Anda.',
];

/** One built HTML page: its path inside `dist/` (POSIX separators) and its parsed document. */
export interface BuiltPage {
	file: string;
	document: HTMLElement;
}

/** Lists every HTML file under `dir`, as POSIX paths relative to it, sorted. */
export function listHtmlFiles(dir: string): string[] {
	const found: string[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) found.push(relative(dir, full).split(sep).join('/'));
		}
	};
	if (existsSync(dir)) walk(dir);
	return found.sort();
}

/** Reads and parses every HTML page under `dir`. */
export function readPages(dir: string): BuiltPage[] {
	return listHtmlFiles(dir).map((file) => ({
		file,
		document: parse(readFileSync(join(dir, file), 'utf8')),
	}));
}

/** The language a page belongs to, from its place in the build. */
export function localeOf(file: string): 'id' | 'en' {
	return file.startsWith(enPrefix) ? 'en' : 'id';
}

/**
 * The path of a page's twin in the other language. The root `404.html` is Starlight's single
 * not-found page; its English twin is the page built from `en/404.md`.
 */
export function twinOf(file: string): string {
	if (file === '404.html') return 'en/404/index.html';
	if (file === 'en/404/index.html') return '404.html';
	return file.startsWith(enPrefix) ? file.slice(enPrefix.length) : enPrefix + file;
}

/** Pages whose twin in the other language is missing from the build. */
export function findMissingTwins(files: readonly string[]): string[] {
	const present = new Set(files);
	return files.filter((f) => !present.has(twinOf(f))).map((f) => `${f} has no twin ${twinOf(f)}`);
}

/** Pages whose `<html lang>` does not match the locale of their place in the build. */
export function findWrongLang(pages: readonly BuiltPage[]): string[] {
	return pages.flatMap(({ file, document }) => {
		const lang = document.querySelector('html')?.getAttribute('lang');
		return lang === localeOf(file)
			? []
			: [`${file} has lang="${lang ?? ''}", expected "${localeOf(file)}"`];
	});
}

/** Pages that Starlight filled with the other language's text (a fallback page). */
export function findFallbackPages(pages: readonly BuiltPage[]): string[] {
	return pages
		.filter(({ document }) => fallbackNotices.some((notice) => document.text.includes(notice)))
		.map(({ file }) => `${file} is a fallback page`);
}

/** The IDs of the headings in a page's content, in document order. */
export function headingIds(document: HTMLElement): string[] {
	return document
		.querySelectorAll('.sl-markdown-content :is(h2, h3, h4, h5, h6)[id]')
		.map((h) => h.getAttribute('id') ?? '');
}

/** Twin pages whose sets of heading IDs differ, naming the IDs found on one side only. */
export function findHeadingIdMismatches(pages: readonly BuiltPage[]): string[] {
	const byFile = new Map(pages.map((p) => [p.file, p.document]));
	return pages.flatMap(({ file, document }) => {
		if (localeOf(file) !== 'id') return [];
		const twin = byFile.get(twinOf(file));
		if (!twin) return [];
		const ours = new Set(headingIds(document));
		const theirs = new Set(headingIds(twin));
		const onlyId = [...ours].filter((id) => !theirs.has(id));
		const onlyEn = [...theirs].filter((id) => !ours.has(id));
		if (!onlyId.length && !onlyEn.length) return [];
		return [
			`${file} ↔ ${twinOf(file)}: only in Indonesian [${onlyId.join(', ')}], only in English [${onlyEn.join(', ')}]`,
		];
	});
}

/** Keys present in one UI-string dictionary but not the other. */
export function findKeyMismatches(
	id: Record<string, unknown>,
	en: Record<string, unknown>,
): string[] {
	const onlyIn = (a: object, b: object, name: string) =>
		Object.keys(a)
			.filter((k) => !(k in b))
			.map((k) => `"${k}" only in ${name}`);
	return [...onlyIn(id, en, 'id.json'), ...onlyIn(en, id, 'en.json')];
}

/** A section that must exist: a page path (no locale, no slashes at the ends) and a heading ID. */
export interface RequiredSection {
	page: string;
	anchor: string;
}

/**
 * Sections missing from the build in either language: the page is absent or has no element with
 * that ID. Pages are read from `dir` once each.
 */
export function findMissingSections(dir: string, sections: readonly RequiredSection[]): string[] {
	const cache = new Map<string, HTMLElement | null>();
	const load = (file: string) => {
		if (!cache.has(file)) {
			const path = join(dir, file);
			cache.set(file, existsSync(path) ? parse(readFileSync(path, 'utf8')) : null);
		}
		return cache.get(file) ?? null;
	};
	return sections.flatMap(({ page, anchor }) =>
		[`${page}/index.html`, `en/${page}/index.html`].flatMap((file) => {
			const document = load(file);
			if (!document) return [`${file} does not exist (needed for #${anchor})`];
			return document.getElementById(anchor) ? [] : [`${file} has no #${anchor}`];
		}),
	);
}

/** Element IDs that occur more than once on a page (two islands must not share IDs). */
export function findDuplicateIds(pages: readonly BuiltPage[]): string[] {
	return pages.flatMap(({ file, document }) => {
		const seen = new Map<string, number>();
		for (const el of document.querySelectorAll('[id]')) {
			const id = el.getAttribute('id') ?? '';
			seen.set(id, (seen.get(id) ?? 0) + 1);
		}
		return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${file}: id="${id}" ×${String(n)}`);
	});
}
