import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { id } from '../../src/i18n/id.ts';
import { root } from '../support/paths.ts';
import { readSourcePages } from './lib/content.ts';
import { calcLabelKeys, findFormulaTableProblems, findUnknownLabelKeys } from './lib/labels.ts';

const pages = readSourcePages(join(root, 'src/content/docs'));
const text = (path: string) => pages.find((p) => p.path === path)?.text ?? '';
const calculators = [
	{
		page: 'kalkulator/ikuti-balik.mdx',
		key: 'reciprocity',
		results: Object.keys(id.reciprocity.results),
	},
	{
		page: 'kalkulator/engagement.mdx',
		key: 'engagement',
		results: Object.keys(id.engagement.results),
	},
	{ page: 'kalkulator/jangkauan.mdx', key: 'reach', results: Object.keys(id.reach.results) },
] as const;
const worksheets = ['pelatihan/lembar-kerja-pengantar.mdx', 'pelatihan/lembar-kerja-praktik.mdx'];

describe('calculator labels on pages', () => {
	test.each(calculators.flatMap((c) => [c, { ...c, page: `en/${c.page}` }]))(
		'$page names every result in its formula table with the calculator’s own label',
		({ page, key, results }) => {
			expect(findFormulaTableProblems(page, text(page), key, results)).toEqual([]);
		},
	);

	test.each(worksheets)('%s prints calculator labels, the same in both languages', (page) => {
		const keys = calcLabelKeys(text(page));
		expect(keys.length).toBeGreaterThanOrEqual(10);
		expect(calcLabelKeys(text(`en/${page}`))).toEqual(keys);
		// Every calculator the worksheet links is named by its own fields on the sheet.
		for (const [slug, calc] of [
			['ikuti-balik', 'reciprocity'],
			['engagement', 'engagement'],
			['jangkauan', 'reach'],
		] as const) {
			if (text(page).includes(`/kalkulator/${slug}/`)) {
				expect(keys.some((k) => k.startsWith(`${calc}.fields.`))).toBe(true);
			}
		}
	});

	test('every <CalcLabel> on any page names a dictionary string', () => {
		expect(pages.flatMap((p) => findUnknownLabelKeys(p.path, p.text, id))).toEqual([]);
	});
});

describe('the label checks, on broken pages', () => {
	const table = (rows: string[]) =>
		[
			'## Rumus {#rumus}',
			'',
			'| Hasil | Rumus |',
			'| --- | --- |',
			...rows,
			'',
			'## Lain {#lain}',
		].join('\n');

	test('reports a hand-typed result label and a result left out', () => {
		expect(
			findFormulaTableProblems(
				'a.mdx',
				table([
					'| Tingkat per pengikut | x |',
					'| <CalcLabel k="engagement.results.erReach" /> | y |',
				]),
				'engagement',
				['erFollowers', 'erReach'],
			),
		).toEqual([
			'a.mdx: formula row “Tingkat per pengikut” is not one of the engagement result labels',
			'a.mdx: formula table leaves out engagement.results.erFollowers',
		]);
	});

	test('reports a page without a formula table, and an unknown label key', () => {
		expect(findFormulaTableProblems('a.mdx', 'Teks.', 'reach', [])).toEqual([
			'a.mdx: no formula table under {#rumus}',
		]);
		expect(findUnknownLabelKeys('a.mdx', '<CalcLabel k="reach.results.nope" />', id)).toEqual([
			'a.mdx: <CalcLabel k="reach.results.nope" /> names no dictionary string',
		]);
	});
});
