import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { engagementPlatforms } from '../../../../src/data/benchmarks.ts';
import {
	calculateEngagement,
	engagementExample,
	type EngagementInput,
} from '../../../../src/lib/calculators/engagement.ts';

const example: EngagementInput = { ...engagementExample };
const valueOf = (v: { value: number } | { missing: string }) =>
	'value' in v ? v.value : v.missing;

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
		[{ likes: 0, comments: 10, shares: 0, saves: 0 }, 'conversationShare', 100, 'all conversation'],
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
