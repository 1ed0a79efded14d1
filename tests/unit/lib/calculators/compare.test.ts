import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { engagementPlatforms } from '../../../../src/data/benchmarks.ts';
import { platforms } from '../../../../src/data/platform-limits.ts';
import {
	calculateEngagement,
	type EngagementInput,
} from '../../../../src/lib/calculators/engagement.ts';
import { describeDifference, difference } from '../../../../src/lib/calculators/compare.ts';
import { calculateReach, type ReachInput } from '../../../../src/lib/calculators/reach.ts';
import {
	calculateReciprocity,
	type ReciprocityInput,
} from '../../../../src/lib/calculators/reciprocity.ts';
import { en } from '../../../../src/i18n/en.ts';
import { id } from '../../../../src/i18n/id.ts';
import { formatNumber } from '../../../../src/lib/number/index.ts';

const count = fc.integer({ min: 0, max: 1e9 });
const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
type Results = Record<string, unknown>;

/** Each calculator with scenarios a reader could enter (counts up to 10^9, some left empty). */
const calculators: {
	name: string;
	scenario: fc.Arbitrary<never>;
	calculate: (input: never) => Results;
}[] = [
	{
		name: 'engagement',
		scenario: fc.record({
			platform: fc.constantFrom(...engagementPlatforms),
			posts: some(fc.integer({ min: 1, max: 100 })),
			likes: some(count),
			comments: some(count),
			shares: some(count),
			saves: some(count),
			followers: some(count),
			reach: some(count),
			impressions: some(count),
			views: some(count),
			targetRate: some(fc.double({ min: 0, max: 100, noNaN: true })),
		}) as fc.Arbitrary<never>,
		calculate: (input: EngagementInput) => ({ ...calculateEngagement(input) }),
	},
	{
		name: 'follow-back',
		scenario: fc.record({
			platform: fc.constantFrom(...platforms),
			followed: some(count),
			followedBack: some(count),
			followers: some(count),
			following: some(count),
			target: some(count),
			perDay: some(count),
			retention: some(fc.double({ min: 0, max: 100, noNaN: true })),
			days: some(fc.integer({ min: 0, max: 3650 })),
		}) as fc.Arbitrary<never>,
		calculate: (input: ReciprocityInput) => ({ ...calculateReciprocity(input) }),
	},
	{
		name: 'reach',
		scenario: fc.record({
			hours: some(fc.double({ min: 0, max: 168, noNaN: true })),
			conversationShare: some(fc.double({ min: 0, max: 100, noNaN: true })),
			minutesPerConversation: some(fc.double({ min: 0, max: 600, noNaN: true })),
			minutesPerPost: some(fc.double({ min: 0, max: 600, noNaN: true })),
			reachPerPost: some(count),
			conversationConversion: some(fc.double({ min: 0, max: 100, noNaN: true })),
			broadcastConversion: some(fc.double({ min: 0, max: 100, noNaN: true })),
		}) as fc.Arbitrary<never>,
		calculate: (input: ReachInput) => ({ ...calculateReach(input) }),
	},
];

describe('difference()', () => {
	test.each([
		// [A, B, B − A]: worked by hand.
		[{ value: 2 }, { value: 3 }, 1],
		[{ value: 3 }, { value: 2 }, -1],
		[{ value: 1.35 }, { value: 0.75 }, -0.6], // not -0.6000000000000001
		[{ value: 0.1 + 0.2 }, { value: 0.3 }, 0], // last-bit noise is no difference
		[{ value: 1e12 }, { value: 0 }, -1e12],
		[{ value: 0 }, { value: 0 }, 0],
	])('A %j, B %j: B − A is %d', (a, b, expected) => {
		expect(difference(a, b)).toBe(expected);
	});

	test.each([
		[{ missing: 'needs-followers' }, { value: 3 }],
		[{ value: 3 }, { missing: 'needs-followers' }],
		[undefined, { value: 3 }],
		[{ value: Number.NaN }, { value: 3 }],
		[{ value: Number.POSITIVE_INFINITY }, { value: 3 }],
		['3', { value: 3 }],
		[{ value: '3' }, { value: 3 }],
		[null, { value: 3 }],
	] as const)('is not shown when A is %j and B is %j', (a, b) => {
		expect(difference(a, b)).toBeUndefined();
	});

	test('is B − A for any two computed values, within the 12 digits it keeps', () => {
		const value = fc.double({ min: -1e12, max: 1e12, noNaN: true });
		fc.assert(
			fc.property(value, value, (a, b) => {
				const d = difference({ value: a }, { value: b });
				expect(d).toBeDefined();
				const exact = b - a;
				const scale = Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
				expect(Math.abs((d ?? Number.NaN) - exact)).toBeLessThanOrEqual(
					Math.max(Math.abs(exact) * 1e-11, scale * Number.EPSILON * 4),
				);
				// The sign is never wrong, and swapping the scenarios negates it.
				if (d !== 0) expect(Math.sign(d ?? 0)).toBe(Math.sign(exact));
				expect(difference({ value: b }, { value: a })).toBe(d === 0 ? 0 : -(d ?? 0));
			}),
		);
	});

	test.each(calculators)(
		'is B − A for every result of the $name calculator, on any two scenarios',
		({ scenario, calculate }) => {
			fc.assert(
				fc.property(scenario, scenario, (a, b) => {
					const ra = calculate(a);
					const rb = calculate(b);
					for (const [name, vb] of Object.entries(rb)) {
						const va = ra[name];
						if (!isComputed(va) || !isComputed(vb)) continue;
						const d = difference(va, vb) ?? Number.NaN;
						const exact = vb.value - va.value;
						// Within the 12 significant digits difference() keeps.
						expect(Math.abs(d - exact), name).toBeLessThanOrEqual(Math.abs(exact) * 1e-11 + 1e-9);
					}
				}),
				{ numRuns: 200 },
			);
		},
	);
});

const isComputed = (v: unknown): v is { value: number } =>
	typeof v === 'object' && v !== null && 'value' in v && typeof v.value === 'number';

describe('describeDifference()', () => {
	const pctId = (x: number) => `${formatNumber(x, 'id', { maximumFractionDigits: 2 })}%`;
	const pctEn = (x: number) => `${formatNumber(x, 'en', { maximumFractionDigits: 2 })}%`;
	const count = (x: number) => formatNumber(x, 'id', { maximumFractionDigits: 0 });

	test.each([
		[-0.6, '−0,6 poin persentase dibanding A', pctId, id],
		[1.25, '+1.25 percentage points compared with A', pctEn, en],
		[1, '+1 percentage point compared with A', pctEn, en],
		[-1, '−1 poin persentase dibanding A', pctId, id],
		[1234, '+1.234 dibanding A', count, id],
		[-1234, '−1,234 compared with A', (x: number) => formatNumber(x, 'en'), en],
		[0, 'Sama dengan A', count, id],
		[0, 'Same as A', count, en],
	] as const)('%d reads %j', (d, expected, render, dictionary) => {
		expect(describeDifference(d, render, dictionary.common.compare)).toBe(expected);
	});
});
