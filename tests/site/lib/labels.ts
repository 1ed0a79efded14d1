/**
 * Checks that formula tables and worksheets name fields and results exactly as the calculators do:
 * through `<CalcLabel k="…" />`, which prints the calculator's own dictionary string.
 */
import { lookup } from '../../../src/lib/i18n/lookup.ts';

/** The dictionary keys a page prints with `<CalcLabel k="…" />`, in order. */
export function calcLabelKeys(text: string): string[] {
	return [...text.matchAll(/<CalcLabel\s+k="([^"]+)"\s*\/>/g)].map((m) => m[1] ?? '');
}

/** The first cells of the table in a page's `{#rumus}` section. */
export function formulaTableLabels(text: string): string[] {
	const start = text.search(/^## .*\{#rumus\}\s*$/m);
	if (start === -1) return [];
	const section = text.slice(start).split(/\n## /)[0] ?? '';
	return section
		.split('\n')
		.filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
		.slice(1)
		.map((line) => (line.split('|')[1] ?? '').trim());
}

/**
 * Problems with a calculator page's formula table: a row not named by `<CalcLabel>` from
 * `<calculator>.results`, or a result of the calculator the table leaves out.
 */
export function findFormulaTableProblems(
	path: string,
	text: string,
	calculator: string,
	results: readonly string[],
): string[] {
	const cells = formulaTableLabels(text);
	if (cells.length === 0) return [`${path}: no formula table under {#rumus}`];
	const named = cells.map(
		(cell) => new RegExp(`^<CalcLabel k="${calculator}\\.results\\.(\\w+)" />$`).exec(cell)?.[1],
	);
	return [
		...cells
			.filter((_, i) => named[i] === undefined)
			.map(
				(cell) => `${path}: formula row “${cell}” is not one of the ${calculator} result labels`,
			),
		...results
			.filter((r) => !named.includes(r))
			.map((r) => `${path}: formula table leaves out ${calculator}.results.${r}`),
	];
}

/** `<CalcLabel>` keys that name no string in the dictionary. */
export function findUnknownLabelKeys(path: string, text: string, dictionary: unknown): string[] {
	return calcLabelKeys(text).flatMap((key) => {
		try {
			lookup(dictionary, key);
			return [];
		} catch {
			return [`${path}: <CalcLabel k="${key}" /> names no dictionary string`];
		}
	});
}
