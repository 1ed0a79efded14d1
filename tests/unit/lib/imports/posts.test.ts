import { strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../../src/lib/imports/csv.ts';
import {
	detectNumberStyle,
	detectSlashOrder,
	headerVariants,
	median,
	postStats,
	readCount,
	readDate,
	readPostTable,
	type PostTable,
} from '../../../../src/lib/imports/posts.ts';
import { badCsvFiles, metaCsv, metaCsvPt } from '../../../fixtures/generate.ts';

function table(text: string): PostTable {
	const read = readPostTable(strToU8(text));
	if ('error' in read) throw new Error(read.error);
	return read;
}

describe('parseCsv()', () => {
	test.each([
		[
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2'],
			],
		],
		[
			'a;b\r\n"1;5";2',
			[
				['a', 'b'],
				['1;5', '2'],
			],
		],
		[
			'a\tb\n"x ""y""\nz"\t3\n',
			[
				['a', 'b'],
				['x "y"\nz', '3'],
			],
		],
		[
			'\uFEFFa,b\n\n1,2',
			[
				['a', 'b'],
				['1', '2'],
			],
		],
	])('%j', (text, rows) => {
		expect(parseCsv(text)).toEqual(rows);
	});
	test('an unclosed quote is unreadable', () => {
		expect(parseCsv('a,b\n"1,2\n')).toBeUndefined();
	});
});

describe('numbers and dates in cells', () => {
	test.each([
		[['15,000', '200'], 'comma-grouping'],
		[['15.000', '200'], 'dot-grouping'],
		[['15000', '200'], 'plain'],
		[['15,000', '1.200'], undefined],
	])('%j → %s', (cells, style) => {
		expect(detectNumberStyle(cells)).toBe(style);
	});
	test('readCount() reads the detected grouping and refuses text', () => {
		expect(readCount('15,000', 'comma-grouping')).toBe(15000);
		expect(readCount('1.234.567', 'dot-grouping')).toBe(1234567);
		expect(readCount(' ', 'plain')).toBeUndefined();
		expect(readCount('banyak', 'plain')).toBeNaN();
		expect(readCount('1.5', 'comma-grouping')).toBeNaN();
	});
	test('readDate() reads ISO, Meta’s month-first and day-first dates', () => {
		expect(readDate('2026-03-04')).toBe(Date.UTC(2026, 2, 4));
		expect(readDate('03/04/2026 09:15')).toBe(Date.UTC(2026, 2, 4));
		expect(readDate('04-03-2026')).toBe(Date.UTC(2026, 2, 4));
		expect(readDate('kemarin')).toBeUndefined();
	});
	test('median()', () => {
		expect(median([])).toBeUndefined();
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('postStats() on Meta Business Suite exports', () => {
	test.each([',', '.', ''] as const)(
		'grouping "%s": every result matches the fixture',
		(grouping) => {
			const { text, expected } = metaCsv(250, grouping);
			const t = table(text);
			expect(t.variant).toBe('meta-business-suite-en');
			const stats = postStats(t, t.guess);
			if ('error' in stats) throw new Error(stats.error);
			expect(stats.numberStyle).toBe(
				grouping === ',' ? 'comma-grouping' : grouping === '.' ? 'dot-grouping' : 'plain',
			);
			expect(stats.posts).toBe(expected.posts);
			expect(stats.medianErReach).toBeCloseTo(expected.medianErReach, 10);
			expect(stats.meanErReach).toBeCloseTo(expected.meanErReach, 10);
			expect(stats.medianErViews).toBeCloseTo(expected.medianErViews, 10);
			expect(stats.meanErViews).toBeCloseTo(expected.meanErViews, 10);
			// The export has no impressions column.
			expect(stats.medianErImpressions).toBeUndefined();
			expect(stats.meanErImpressions).toBeUndefined();
			expect(stats.conversationShare).toBeCloseTo(expected.conversationShare, 10);
			expect(stats.totals).toMatchObject(expected.totals);
			expect(stats.rows[1]?.at).toBe(Date.UTC(2026, 0, 2));
		},
	);

	test('any CSV works once the reader says which column is which', () => {
		const t = table('judul;jml suka;jangkauan\nA;10;100\nB;30;200\n');
		expect(t.variant).toBeUndefined();
		expect(postStats(t, {})).toEqual({ error: 'csv-needs-interactions' });
		expect(postStats(t, { likes: 1 })).toEqual({ error: 'csv-needs-denominator' });
		const stats = postStats(t, { likes: 1, reach: 2 });
		if ('error' in stats) throw new Error(stats.error);
		expect(stats.medianErReach).toBe(12.5);
		expect(stats.conversationShare).toBe(0);
	});

	test.each([
		// interactions 20, 40; reach 100, 200; views 400, 800; impressions 1000, 500.
		{
			map: { likes: 1, reach: 2, views: 3, impressions: 4 },
			rates: { reach: [20, 20], views: [5, 5], impressions: [2, 8] },
		},
		// Impressions only: a rate by impressions, never labelled or counted as views.
		{ map: { likes: 1, impressions: 4 }, rates: { reach: [], views: [], impressions: [2, 8] } },
		{ map: { likes: 1, views: 3 }, rates: { reach: [], views: [5, 5], impressions: [] } },
	])('rates by impressions stay apart from rates by views: $map', ({ map, rates }) => {
		const t = table('Post,Likes,Reach,Views,Impressions\nA,20,100,400,1000\nB,40,200,800,500\n');
		const stats = postStats(t, map);
		if ('error' in stats) throw new Error(stats.error);
		const mid = (v: number[]) => (v.length === 0 ? undefined : ((v[0] ?? 0) + (v[1] ?? 0)) / 2);
		expect(stats.rows.map((r) => r.erViews).filter((v) => v !== undefined)).toEqual(rates.views);
		expect(stats.rows.map((r) => r.erImpressions).filter((v) => v !== undefined)).toEqual(
			rates.impressions,
		);
		expect(stats.medianErReach).toBe(mid(rates.reach));
		expect(stats.medianErViews).toBe(mid(rates.views));
		expect(stats.meanErViews).toBe(mid(rates.views));
		expect(stats.medianErImpressions).toBe(mid(rates.impressions));
		expect(stats.meanErImpressions).toBe(mid(rates.impressions));
	});

	test.each(badCsvFiles())('$name → $code', ({ text, code }) => {
		const t = table(text);
		expect(postStats(t, t.guess)).toMatchObject({ error: code });
	});

	test('a non-numeric cell is reported with its row and column', () => {
		const t = table('Reach,Likes\n100,5\n200,lima\n');
		expect(postStats(t, t.guess)).toEqual({ error: 'csv-non-numeric', row: 2, column: 'Likes' });
	});

	test('image, empty, header-only and JSON files are refused', () => {
		expect(readPostTable(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({ error: 'binary' });
		expect(readPostTable(new Uint8Array())).toEqual({ error: 'empty' });
		expect(readPostTable(strToU8('Reach,Likes\n'))).toEqual({ error: 'csv-no-rows' });
		expect(readPostTable(strToU8('{"a":1}'))).toEqual({ error: 'csv-unreadable' });
	});
});

describe('Meta Business Suite headers in other languages (headerVariants, with sources)', () => {
	test('every header variant recognises all its columns', () => {
		for (const variant of headerVariants) {
			const names = (Object.values(variant.headers) as (readonly string[])[]).map(
				(h) => h[0] ?? '',
			);
			const read = readPostTable(
				strToU8(`${names.join(',')}\n${names.map(() => '1').join(',')}\n`),
			);
			if ('error' in read) throw new Error(read.error);
			expect(read.variant, variant.id).toBe(variant.id);
			expect(Object.keys(read.guess).sort(), variant.id).toEqual(
				Object.keys(variant.headers).sort(),
			);
		}
	});

	test('the Portuguese (Brazil) export gives the same rates as the English one, dates day first', () => {
		const { text, expected, dates } = metaCsvPt(60);
		const t = table(text);
		expect(t.variant).toBe('meta-business-suite-pt');
		const stats = postStats(t, t.guess);
		if ('error' in stats) throw new Error(stats.error);
		expect(stats.posts).toBe(60);
		expect(stats.totals).toEqual(expected.totals);
		expect(stats.medianErReach).toBeCloseTo(expected.medianErReach, 10);
		expect(stats.meanErViews).toBeCloseTo(expected.meanErViews, 10);
		expect(stats.rows.map((r) => r.at)).toEqual(dates);
	});

	test('headers in a language without evidence are not guessed', () => {
		const t = table('Waktu publikasi,Jangkauan,Suka,Komentar\n01/02/2026,100,5,1\n');
		expect(t.variant).toBeUndefined();
		expect(t.guess).toEqual({});
	});
});

describe('detectSlashOrder() and readDate() with an order', () => {
	test.each([
		[['03/04/2026', '12/11/2026'], 'month-first'],
		[['03/04/2026', '25/11/2026'], 'day-first'],
		[['03/14/2026', '25/11/2026'], 'month-first'], // contradictory: Meta's English order
		[['2026-03-04', ''], 'month-first'],
	] as const)('%j → %s', (cells, order) => {
		expect(detectSlashOrder(cells)).toBe(order);
	});

	test('day first reads 03/04/2026 as 3 April', () => {
		expect(readDate('03/04/2026 09:15', 'day-first')).toBe(Date.UTC(2026, 3, 3));
		expect(readDate('03/04/2026 09:15')).toBe(Date.UTC(2026, 2, 4));
	});
});
