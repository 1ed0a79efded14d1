/**
 * Source labels in the reader's language: an Indonesian page shows no English label for a kind of
 * source or its date ("secondary sources", "user reports", "no official help page"), and no
 * citation ends on a dash standing in for an unknown date. Checked where pages cite sources: the
 * texts of links to the sources page, and the citations a calculator island receives to show in
 * its warnings (its serialised props).
 */
import type { BuiltPage } from './dist.ts';

/**
 * English words that label a kind of source, its standing or its date. Names (X Help Center) and
 * published titles (“About following on X”) are the same in both languages and are not listed.
 */
export const englishSourceLabels = [
	'secondary source',
	'secondary sources',
	'user report',
	'user reports',
	'no official help page',
	'never confirmed',
	'as quoted',
	'or later',
	'still current',
	'undated',
	'no date',
	'date unknown',
	'articles on',
	'edition',
	'version',
	'since',
] as const;

const english = new RegExp(`(?<![\\p{L}])(?:${englishSourceLabels.join('|')})(?![\\p{L}])`, 'iu');

/** A dash where a date should be: at the end, or as a part of its own between commas. */
const danglingDash = /(?:^|[,:;(]\s*)[—–-]\s*(?:$|[,;)])/u;

/** The problems of one citation text on an Indonesian page. */
export function sourceLabelProblems(text: string): string[] {
	const problems: string[] = [];
	const clean = text
		.replace(/“[^”]*”/g, '“…”')
		.replace(/\s+/g, ' ')
		.trim();
	const match = english.exec(clean);
	if (match) problems.push(`English source label “${match[0]}”`);
	if (danglingDash.test(clean)) problems.push('a dash where the date should be');
	return problems;
}

/** The citations handed to a calculator island: its `props` attribute, as Astro serialises it. */
export function islandCitations(props: string): string[] {
	return [...props.matchAll(/"href":\[0,"[^"]*"\],"text":\[0,"((?:[^"\\]|\\.)*)"\]/g)].map(
		(m) => JSON.parse(`"${m[1] ?? ''}"`) as string,
	);
}

/** Every place an Indonesian page cites a source: link texts to the sources page, island citations. */
export function citedTexts(page: BuiltPage): string[] {
	const links = page.document
		.querySelectorAll('main a[href*="/referensi/sumber/"]')
		.map((a) => a.textContent);
	const islands = page.document
		.querySelectorAll('astro-island[props]')
		.flatMap((island) => islandCitations(island.getAttribute('props') ?? ''));
	return [...links, ...islands];
}

/** Indonesian pages that show a source label in English or a dangling dash, as `page: “text”: problem`. */
export function findForeignSourceLabels(pages: readonly BuiltPage[]): string[] {
	return pages
		.filter(({ file }) => !file.startsWith('en/'))
		.flatMap((page) =>
			citedTexts(page).flatMap((text) =>
				sourceLabelProblems(text).map(
					(problem) => `${page.file}: “${text.replace(/\s+/g, ' ').trim()}”: ${problem}`,
				),
			),
		);
}
