import { describe, expect, test } from 'vitest';
import { dayLabel, monthLabel, postPoints, roundTop } from '../../../../src/lib/imports/chart.ts';
import type { PostRow, PostStats } from '../../../../src/lib/imports/posts.ts';

describe('monthLabel()', () => {
	test.each([
		{ month: '2026-03', id: 'Mar 2026', en: 'Mar 2026' },
		{ month: '2025-12', id: 'Des 2025', en: 'Dec 2025' },
		{ month: '2026-08', id: 'Agu 2026', en: 'Aug 2026' },
	])('$month carries its year', ({ month, id, en }) => {
		expect(monthLabel(month, 'id')).toBe(id);
		expect(monthLabel(month, 'en')).toBe(en);
	});
	test('a malformed month is shown as given', () => {
		expect(monthLabel('bukan', 'id')).toBe('bukan');
	});
});

test('dayLabel() writes a UTC day in each language', () => {
	expect(dayLabel(Date.UTC(2026, 10, 15, 23, 30), 'id')).toBe('15 Nov 2026');
	expect(dayLabel(Date.UTC(2026, 10, 15, 23, 30), 'en')).toBe('Nov 15, 2026');
});

describe('roundTop()', () => {
	test.each([
		[0.3, 0.5],
		[1, 1],
		[1.2, 2],
		[4.9, 5],
		[5.1, 10],
		[12, 20],
		[0, 1],
		[-3, 1],
		[Number.NaN, 1],
		[Number.POSITIVE_INFINITY, 1],
	])('%s → %s', (max, top) => {
		expect(roundTop(max)).toBeCloseTo(top, 12);
	});
});

describe('postPoints()', () => {
	const row = (at: number | undefined, erReach: number | undefined): PostRow => ({
		at,
		interactions: 1,
		comments: 0,
		erReach,
		erViews: undefined,
		erImpressions: undefined,
	});
	test('sorts by date, keeps the table order for ties and undated rows, drops rows without a rate', () => {
		const stats = { rows: [row(30, 1), row(10, 2), row(10, 3), row(20, undefined)] } as PostStats;
		expect(postPoints(stats).map((p) => p.row)).toEqual([1, 2, 0]);
		const undated = { rows: [row(undefined, 1), row(undefined, 2)] } as PostStats;
		expect(postPoints(undated).map((p) => p.row)).toEqual([0, 1]);
	});
});
