/**
 * Checks on the diagrams (`figure.ib-diagram`, drawn by `src/components/diagrams/`) in built pages.
 * Like the other checks in `dist.ts`, each returns a list of problems, empty when the rule holds,
 * so a test can assert both that the real build is clean and that a broken fixture is caught.
 */
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { localeOf, type BuiltPage } from './dist.ts';

/** Largest figure, as rendered HTML compressed with gzip. */
export const maxDiagramGzipBytes = 4 * 1024;

/** The titles each language's diagrams may have (the accessible names, from the dictionary). */
export type TitlesByLocale = Readonly<Record<'id' | 'en', readonly string[]>>;

/** The gzip size of a figure's rendered HTML. */
export function gzipBytes(html: string): number {
	return gzipSync(html, { level: 9 }).length;
}

/** Every problem with one figure on a page of language `locale`. */
function figureProblems(figure: HTMLElement, locale: 'id' | 'en', titles: TitlesByLocale) {
	const problems: string[] = [];
	if (!figure.getAttribute('data-diagram')) problems.push('has no data-diagram name');
	const svgs = figure.querySelectorAll('svg');
	const svg = svgs[0];
	if (svgs.length !== 1 || !svg) return [...problems, `has ${String(svgs.length)} <svg>, not 1`];
	if (svg.getAttribute('role') !== 'img') problems.push('<svg> lacks role="img"');
	if (!svg.getAttribute('viewBox')) problems.push('<svg> has no viewBox');

	const title = svg.querySelector('title');
	const desc = svg.querySelector('desc');
	const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
	const describedBy = (svg.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
	const titleId = title?.getAttribute('id');
	const descId = desc?.getAttribute('id');
	const titleText = title?.text.trim() ?? '';
	if (!title || !titleText) problems.push('<svg> has no <title> text');
	else if (!titleId || !labelledBy.includes(titleId)) {
		problems.push('aria-labelledby does not point at the <title>');
	} else if (!titles[locale].includes(titleText)) {
		problems.push(
			`title “${titleText}” is not an ${locale === 'en' ? 'English' : 'Indonesian'} title`,
		);
	}
	if (!desc?.text.trim()) problems.push('<svg> has no <desc> text');
	else if (!descId || !describedBy.includes(descId)) {
		problems.push('aria-describedby does not point at the <desc>');
	}
	for (const ref of [...labelledBy, ...describedBy]) {
		if (!figure.querySelector(`[id="${ref}"]`)) problems.push(`aria reference “${ref}” is missing`);
	}

	if (!figure.querySelector('figcaption')?.text.trim()) problems.push('has no <figcaption> text');
	const texts = svg.querySelectorAll('text').filter((t) => t.text.trim() !== '');
	if (texts.length === 0) problems.push('has no <text> in the drawing');
	const elements = figure.querySelectorAll('*');
	const embedded = new Set(['script', 'foreignobject', 'image', 'img', 'iframe']);
	if (elements.some((el) => embedded.has(el.rawTagName.toLowerCase()))) {
		problems.push('embeds a script, an image or foreign content');
	}
	const handlers = elements.flatMap((el) =>
		Object.keys(el.attributes).filter((a) => a.toLowerCase().startsWith('on')),
	);
	if (handlers.length) problems.push(`has event handlers (${handlers.join(', ')})`);

	// Every url(#…) and href="#…" inside the figure must point at an ID of the same figure.
	const ids = new Set(figure.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
	for (const [, ref = ''] of figure.outerHTML.matchAll(/(?:url\(#|href="#)([^)"]+)/g)) {
		if (!ids.has(ref)) problems.push(`refers to #${ref}, which is not in the figure`);
	}
	const bytes = gzipBytes(figure.outerHTML);
	if (bytes > maxDiagramGzipBytes) {
		problems.push(`is ${String(bytes)} bytes gzip, over ${String(maxDiagramGzipBytes)}`);
	}
	return problems;
}

/** Problems with every `figure.ib-diagram` of every page. */
export function findDiagramProblems(pages: readonly BuiltPage[], titles: TitlesByLocale): string[] {
	return pages.flatMap(({ file, document }) =>
		document.querySelectorAll('figure.ib-diagram').flatMap((figure, i) => {
			const name = figure.getAttribute('data-diagram') ?? String(i + 1);
			return figureProblems(figure, localeOf(file), titles).map(
				(p) => `${file}: diagram ${name} ${p}`,
			);
		}),
	);
}

/**
 * IDs of diagrams that occur more than once on a page, whether two figures collide or a figure
 * collides with the page around it; and IDs not prefixed `ib-`, which the page might use too.
 */
export function findDiagramIdCollisions(pages: readonly BuiltPage[]): string[] {
	return pages.flatMap(({ file, document }) => {
		const diagramIds = document
			.querySelectorAll('figure.ib-diagram [id]')
			.map((el) => el.getAttribute('id') ?? '');
		if (diagramIds.length === 0) return [];
		const count = new Map<string, number>();
		for (const el of document.querySelectorAll('[id]')) {
			const id = el.getAttribute('id') ?? '';
			count.set(id, (count.get(id) ?? 0) + 1);
		}
		return [...new Set(diagramIds)].flatMap((id) => [
			...((count.get(id) ?? 0) > 1 ? [`${file}: id="${id}" ×${String(count.get(id))}`] : []),
			...(id.startsWith('ib-') ? [] : [`${file}: diagram id="${id}" is not prefixed ib-`]),
		]);
	});
}

/** Diagrams (by `data-diagram` name) that no page of one language or the other shows. */
export function findMissingDiagrams(pages: readonly BuiltPage[], names: readonly string[]) {
	const shown = { id: new Set<string>(), en: new Set<string>() };
	for (const { file, document } of pages) {
		for (const figure of document.querySelectorAll('figure.ib-diagram')) {
			shown[localeOf(file)].add(figure.getAttribute('data-diagram') ?? '');
		}
	}
	return names.flatMap((name) =>
		(['id', 'en'] as const)
			.filter((locale) => !shown[locale].has(name))
			.map(
				(locale) => `diagram ${name} is on no ${locale === 'en' ? 'English' : 'Indonesian'} page`,
			),
	);
}

/** Key paths of a dictionary (`loop.title`, `loop.oneWay`, …); arrays count as one value. */
export function keyPaths(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
	return Object.entries(value).flatMap(([key, child]) =>
		keyPaths(child, prefix ? `${prefix}.${key}` : key),
	);
}

/** The value at a key path, as the list of its strings. */
function stringsAt(dictionary: unknown, path: string): string[] {
	let node: unknown = dictionary;
	for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
	if (typeof node === 'string') return [node];
	return Array.isArray(node) ? node.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * Differences between the two languages of a dictionary: a key in one only, different
 * `{placeholders}` in the same string, or unbalanced `*italic*` marks.
 */
export function findDictionaryMismatches(id: unknown, en: unknown): string[] {
	const idPaths = keyPaths(id);
	const enPaths = keyPaths(en);
	const problems = [
		...idPaths.filter((p) => !enPaths.includes(p)).map((p) => `${p} only in Indonesian`),
		...enPaths.filter((p) => !idPaths.includes(p)).map((p) => `${p} only in English`),
	];
	const placeholders = (texts: string[]) =>
		[...new Set(texts.join(' ').match(/\{\w+\}/g) ?? [])].sort().join(' ');
	for (const path of idPaths.filter((p) => enPaths.includes(p))) {
		const [idTexts, enTexts] = [stringsAt(id, path), stringsAt(en, path)];
		if (placeholders(idTexts) !== placeholders(enTexts)) {
			problems.push(
				`${path}: placeholders differ (${placeholders(idTexts)} / ${placeholders(enTexts)})`,
			);
		}
		for (const [lang, texts] of [
			['id', idTexts],
			['en', enTexts],
		] as const) {
			if (texts.some((t) => (t.match(/\*/g) ?? []).length % 2 === 1)) {
				problems.push(`${path} (${lang}): unbalanced *italic* marks`);
			}
		}
	}
	return problems;
}
