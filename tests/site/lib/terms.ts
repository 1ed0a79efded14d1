/**
 * Checks that pages and UI strings use the termbase (`src/content/terms.ts`): no rejected variant,
 * foreign terms italicised in Indonesian prose, glossary headwords that are the listed terms and
 * that some page uses. Each returns a list of problems, empty when the rule holds.
 */
import type { Term } from '../../../src/content/terms.ts';
import type { SourcePage } from './content.ts';

/** A text to check: a page or a dictionary, with its language and its locale-free page path. */
export interface Checked {
	/** Where the text is, as reported: `panduan/risiko.mdx`, `src/i18n/id.ts`. */
	label: string;
	lang: 'id' | 'en';
	/** Locale-free path without extension (`panduan/risiko`), for page-limited rules. */
	page: string;
	text: string;
}

/** Pages as texts to check: language from the `en/` folder, path without it. */
export function pagesToCheck(pages: readonly SourcePage[]): Checked[] {
	return pages.map(({ path, text }) => ({
		label: path,
		lang: path.startsWith('en/') ? 'en' : 'id',
		page: path.replace(/^en\//, '').replace(/\.mdx?$/, ''),
		text,
	}));
}

/** Every string value in a nested dictionary, one per line. */
export function dictionaryText(dictionary: unknown): string {
	if (typeof dictionary === 'string') return dictionary;
	if (typeof dictionary !== 'object' || dictionary === null) return '';
	return Object.values(dictionary).map(dictionaryText).join('\n');
}

/**
 * The words a reader sees, with what is not prose blanked out: code, imports, link targets,
 * heading IDs, tags other than `<em>`/`<i>` (their text stays) and quotations (“…”, titles of
 * sources among them). `*…*` and `<em>` stay, so that italics can be checked.
 */
export function visibleText(text: string, { keepFrontmatter = true } = {}): string {
	const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
	const meta = front
		? [...(front[1] ?? '').matchAll(/^(?:title|description):\s*(.+)$/gm)]
				.map((m) => m[1] ?? '')
				.join('\n')
		: '';
	const body = (front ? text.slice(front[0].length) : text)
		.replace(/^```[\s\S]*?^```/gm, ' ')
		.replace(/^(?:import|export) .*$/gm, ' ')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/\{#[a-z0-9-]+\}/g, ' ')
		.replace(/“[^”\n]*”/g, ' ')
		.replace(/<(?!\/?(?:em|i)>)[^>]*>/g, ' ');
	return keepFrontmatter ? `${meta}\n${body}` : body;
}

function wholeWord(pattern: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${pattern})(?![\\p{L}\\p{N}_-])`, 'giu');
}

function escape(literal: string): string {
	return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Uses of a variant the termbase rejects, with the reason. */
export function findRejectedVariants(texts: readonly Checked[], terms: readonly Term[]): string[] {
	return texts.flatMap(({ label, lang, page, text }) => {
		const visible = visibleText(text).replace(/<\/?(?:em|i)>|\*/g, '');
		return terms.flatMap((term) =>
			(lang === 'id' ? (term.rejectedId ?? []) : (term.rejectedEn ?? []))
				.filter((variant) => variant.pages === undefined || new RegExp(variant.pages).test(page))
				.flatMap((variant) =>
					[...visible.matchAll(wholeWord(variant.pattern))].map(
						(m) => `${label}: “${m[0]}”: ${variant.why}`,
					),
				),
		);
	});
}

/**
 * Indonesian prose that leaves a foreign term of the termbase (or a colloquial form) in upright
 * type. Headings and frontmatter are exempt; `*…*`, `_…_` and `<em>…</em>` count as italic.
 */
export function findUnitalicised(texts: readonly Checked[], terms: readonly Term[]): string[] {
	const foreign = [
		...terms.filter((t) => t.italic).map((t) => t.id),
		...terms.flatMap((t) => t.colloquial ?? []),
	];
	const pattern = wholeWord(foreign.map(escape).join('|'));
	return texts
		.filter((t) => t.lang === 'id')
		.flatMap(({ label, text }) => {
			const upright = visibleText(text, { keepFrontmatter: false })
				.replace(/^#{1,6} .*$/gm, ' ')
				.replace(/<(em|i)>[\s\S]*?<\/\1>/g, ' ')
				.replace(/\*\*\*[^*\n]+\*\*\*/g, ' ')
				.replace(/(?<!\*)\*(?!\*)[^*\n]+?(?<!\*)\*(?!\*)/g, ' ')
				.replace(/(?<![\p{L}\p{N}])_[^_\n]+_(?![\p{L}\p{N}])/gu, ' ');
			return [...upright.matchAll(pattern)].map(
				(m) => `${label}: “${m[0]}” is a foreign or colloquial term: italicise it`,
			);
		});
}

/** A glossary heading: its anchor and its words without markup. */
interface Headword {
	anchor: string;
	words: string;
}

/** The `###` headwords of a glossary page. */
export function headwords(text: string): Headword[] {
	return [...text.matchAll(/^### (.+?)\s*\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => ({
		anchor: m[2] ?? '',
		words: (m[1] ?? '').replace(/[*_]/g, '').trim(),
	}));
}

/** Glossary headwords that are not the term the termbase lists for their anchor. */
export function findGlossaryMismatches(
	glossary: { id: string; en: string },
	terms: readonly Term[],
): string[] {
	return (['id', 'en'] as const).flatMap((lang) => {
		const byAnchor = new Map(headwords(glossary[lang]).map((h) => [h.anchor, h.words]));
		return terms.flatMap((term) => {
			if (term.glossary === undefined) return [];
			const headword = byAnchor.get(term.glossary);
			if (headword === undefined) return [`${lang} glossary: no entry #${term.glossary}`];
			const want = term[lang];
			return headword.toLowerCase().startsWith(want.toLowerCase())
				? []
				: [`${lang} glossary #${term.glossary}: headword “${headword}” is not “${want}”`];
		});
	});
}

/**
 * Glossary headwords (the words before any parenthesis) that no other text in the same language
 * uses: a glossary entry should define a term the guide or the calculators actually say.
 */
export function findUnusedHeadwords(
	glossary: { id: string; en: string },
	others: readonly Checked[],
): string[] {
	return (['id', 'en'] as const).flatMap((lang) => {
		const corpus = others
			.filter((t) => t.lang === lang)
			.map((t) => visibleText(t.text).replace(/<\/?(?:em|i)>|\*/g, ''))
			.join('\n');
		return headwords(glossary[lang]).flatMap(({ anchor, words }) => {
			const headword = words.replace(/\s*[(:].*$/, '').trim();
			const alternatives = headword.split(/,\s*/).filter(Boolean);
			const used = alternatives.some((w) => wholeWord(escape(w)).test(corpus));
			return used ? [] : [`${lang} glossary #${anchor}: no page uses “${headword}”`];
		});
	});
}

/** Colloquial forms that a page meant to name them does not mention. */
export function findMissingColloquial(texts: readonly Checked[], terms: readonly Term[]): string[] {
	const forms = terms.flatMap((t) => t.colloquial ?? []);
	return texts.flatMap(({ label, text }) => {
		const visible = visibleText(text).replace(/<\/?(?:em|i)>|\*/g, '');
		return forms
			.filter((form) => !wholeWord(escape(form)).test(visible))
			.map((form) => `${label}: does not name “${form}”`);
	});
}

/** Glossary anchors that a glossary lacks, per language: terms the guide must explain. */
export function findMissingEntries(
	glossary: { id: string; en: string },
	anchors: readonly string[],
): string[] {
	return (['id', 'en'] as const).flatMap((lang) => {
		const have = new Set(headwords(glossary[lang]).map((h) => h.anchor));
		return anchors.filter((a) => !have.has(a)).map((a) => `${lang} glossary: no entry #${a}`);
	});
}
