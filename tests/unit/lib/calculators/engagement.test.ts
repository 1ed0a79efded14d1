import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { engagementPlatforms } from '../../../../src/data/benchmarks.ts';
import {
	calculateEngagement,
	engagementExample,
	engagementExampleFor,
	reportsViews,
	type EngagementInput,
} from '../../../../src/lib/calculators/engagement.ts';

// The worked example's showings as impressions, so every rate below has a denominator to test.
const example: EngagementInput = { ...engagementExample, impressions: 18000, views: undefined };
const valueOf = (v: { value: number } | { missing: string }) =>
	'value' in v ? v.value : v.missing;

describe('the starting example fits its platform (issue 21)', () => {
	test('opens on Instagram with reach and views and no impressions (facts §7)', () => {
		expect(engagementExample.platform).toBe('instagram');
		expect(engagementExample.impressions).toBeUndefined();
		expect(engagementExample.views).toBe(18000);
		const r = calculateEngagement(engagementExample);
		expect(r.errors).toEqual([]);
		expect(valueOf(r.erViews)).toBeCloseTo(7.5, 10); // 1,350 ÷ 18,000 × 100
		expect(valueOf(r.erImpressions)).toBe('needs-impressions');
	});

	test.each(engagementPlatforms)('on %s holds only the showings its platform reports', (p) => {
		const e = engagementExampleFor(p);
		expect(e.platform).toBe(p);
		// Exactly one of the two showing counts, and the one the platform reports.
		expect(e.views === undefined).toBe(!reportsViews(p));
		expect(e.impressions === undefined).toBe(reportsViews(p));
		expect(calculateEngagement(e).errors).toEqual([]);
	});

	test('X and LinkedIn report impressions; Instagram and TikTok views', () => {
		expect(engagementPlatforms.filter(reportsViews)).toEqual(['instagram', 'tiktok']);
	});
});

describe('calculateEngagement() on the worked example (kalkulator/engagement#contoh)', () => {
	const r = calculateEngagement(example);
	test.each([
		['interactions', 1350], // 1,100 + 90 + 60 + 100
		['erFollowers', 1.35], // 1,350 ÷ 4 ÷ 25,000 × 100
		['erReach', 11.25], // 1,350 ÷ 12,000 × 100
		['erImpressions', 7.5], // 1,350 ÷ 18,000 × 100
		['conversationShare', 6.666666666666667], // 90 ÷ 1,350 × 100
		['benchmark', 0.47], // Rival IQ 2023 report, Instagram, 2022 data (facts §4)
		['benchmarkMultiple', 2.872340425531915], // 1.35 ÷ 0.47
	] as const)('%s is %d', (name, expected) => {
		expect(valueOf(r[name])).toBeCloseTo(expected, 10);
	});

	test('cites the benchmark’s report and data year', () => {
		expect(r.benchmarkSource).toEqual({
			ratePct: 0.47,
			denominator: 'followers',
			source: 'rivalIq2023',
			dataYear: 2022,
		});
	});
});

describe('calculateEngagement() benchmarks (facts §4, Rival IQ 2023 report)', () => {
	test.each([
		['instagram', 0.47],
		['facebook', 0.06],
		['x', 0.035],
		['tiktok', 5.69],
		['linkedin', 'no-benchmark'],
		['other', 'no-benchmark'],
	] as const)('%s: %s', (platform, expected) => {
		const r = calculateEngagement({ ...example, platform });
		expect(valueOf(r.benchmark)).toBe(expected);
		if (expected === 'no-benchmark') expect(valueOf(r.benchmarkMultiple)).toBe('no-benchmark');
	});
});

describe('calculateEngagement() edge cases', () => {
	test.each([
		[
			{ comments: undefined, shares: undefined, saves: undefined },
			'interactions',
			1100,
			'empty kinds count as 0',
		],
		[
			{ likes: undefined, comments: undefined, shares: undefined, saves: undefined },
			'interactions',
			'needs-interactions',
			'nothing typed',
		],
		[{ followers: 0 }, 'erFollowers', 'followers-zero', 'no followers'],
		[{ followers: undefined }, 'erFollowers', 'needs-followers', 'optional denominator left empty'],
		[{ followers: undefined }, 'benchmarkMultiple', 'needs-followers', 'nothing to compare'],
		[{ reach: 0, impressions: 0 }, 'erReach', 'reach-zero', 'no reach'],
		[{ impressions: undefined }, 'erImpressions', 'needs-impressions', 'optional'],
		[{ posts: undefined }, 'erFollowers', 'needs-posts', 'per post needs posts'],
		[
			{ likes: 0, comments: 0, shares: 0, saves: 0 },
			'conversationShare',
			'no-interactions',
			'share of nothing',
		],
		[{ likes: 0, comments: 10, shares: 0, saves: 0 }, 'conversationShare', 100, 'all comments'],
	] as [
		Partial<EngagementInput>,
		(
			| 'interactions'
			| 'erFollowers'
			| 'erReach'
			| 'erImpressions'
			| 'conversationShare'
			| 'benchmarkMultiple'
		),
		number | string,
		string,
	][])('%j: %s is %s (%s)', (changes, name, expected) => {
		expect(valueOf(calculateEngagement({ ...example, ...changes })[name])).toBe(expected);
	});

	test('reports contradictions on their field', () => {
		const r = calculateEngagement({ ...example, posts: 0, reach: 20000 });
		expect(r.errors).toEqual([
			{ field: 'posts', code: 'posts-zero' },
			{ field: 'reach', code: 'reach-exceeds-impressions' },
		]);
		expect(valueOf(r.erFollowers)).toBe('input-error');
		expect(valueOf(r.erReach)).toBe('input-error');
	});
});

describe('calculateEngagement(): views and a target rate', () => {
	test.each([
		// Worked by hand from the page's example (1,350 interactions over 4 posts, 25,000 followers).
		[{ views: 27000 }, 'erViews', 5], // 1,350 ÷ 27,000 × 100
		[{ targetRate: 1.5 }, 'interactionsNeeded', 375], // ⌈1.5 ÷ 100 × 25,000⌉
		[{ targetRate: 1.5 }, 'interactionsGap', 37.5], // 375 − 1,350 ÷ 4
		[{ targetRate: 1 }, 'interactionsGap', 0], // 250 needed, 337.5 today: never negative
		[{ targetRate: 0.001 }, 'interactionsNeeded', 1], // ⌈0.25⌉
		// Exact on decimals: 1.1 % of 1,000 is 11, though in binary 1.1 ÷ 100 × 1,000 is
		// 11.000000000000002 and would round up to 12.
		[{ targetRate: 1.1, followers: 1000 }, 'interactionsNeeded', 11],
	] as [Partial<EngagementInput>, 'erViews' | 'interactionsNeeded' | 'interactionsGap', number][])(
		'%j gives %s = %d',
		(changes, name, expected) => {
			expect(valueOf(calculateEngagement({ ...example, ...changes })[name])).toBeCloseTo(
				expected,
				10,
			);
		},
	);

	test('reports why a new result is missing', () => {
		expect(valueOf(calculateEngagement(example).erViews)).toBe('needs-views');
		expect(valueOf(calculateEngagement({ ...example, views: 0, reach: undefined }).erViews)).toBe(
			'views-zero',
		);
		expect(valueOf(calculateEngagement(example).interactionsNeeded)).toBe('needs-target-rate');
		expect(
			valueOf(
				calculateEngagement({ ...example, targetRate: 1, followers: undefined }).interactionsGap,
			),
		).toBe('needs-followers');
	});

	test('refuses reach above views on the reach field, as it does above impressions', () => {
		const r = calculateEngagement({ ...example, impressions: undefined, views: 11000 });
		expect(r.errors).toEqual([{ field: 'reach', code: 'reach-exceeds-views' }]);
		expect(valueOf(r.erViews)).toBe('input-error');
		expect(valueOf(r.erReach)).toBe('input-error');
	});
});

describe('calculateEngagement() properties (fast-check)', () => {
	const count = fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined });
	const anyInput = fc.record({
		platform: fc.constantFrom(...engagementPlatforms),
		posts: count,
		likes: count,
		comments: count,
		shares: count,
		saves: count,
		followers: count,
		reach: count,
		impressions: count,
		views: count,
		targetRate: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: undefined }),
	});

	test('never returns NaN or Infinity', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const r = calculateEngagement(input);
				for (const v of [
					r.interactions,
					r.erFollowers,
					r.erReach,
					r.erImpressions,
					r.erViews,
					r.interactionsNeeded,
					r.interactionsGap,
					r.conversationShare,
					r.benchmarkMultiple,
				]) {
					if ('value' in v) expect(Number.isFinite(v.value)).toBe(true);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test('interactions equal the sum of their parts, and the conversation share stays within 0–100', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const r = calculateEngagement(input);
				const parts = [input.likes, input.comments, input.shares, input.saves];
				if ('value' in r.interactions) {
					expect(r.interactions.value).toBe(parts.reduce<number>((s, p) => s + (p ?? 0), 0));
				}
				if ('value' in r.conversationShare) {
					expect(r.conversationShare.value).toBeGreaterThanOrEqual(0);
					expect(r.conversationShare.value).toBeLessThanOrEqual(100);
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
