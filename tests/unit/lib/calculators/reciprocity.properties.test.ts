import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { platforms } from '../../../../src/data/platform-limits.ts';
import {
	calculateReciprocity,
	projectFollowing,
	type ReciprocityInput,
} from '../../../../src/lib/calculators/reciprocity.ts';

const count = fc.integer({ min: 0, max: 1e12 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Any input the form can produce: counts up to 10^12, or left empty. */
const anyInput: fc.Arbitrary<ReciprocityInput> = fc.record({
	platform: fc.constantFrom(...platforms),
	followed: optional(count),
	followedBack: optional(count),
	followers: optional(count),
	following: optional(count),
	target: optional(count),
	perDay: optional(count),
	minutesEach: optional(fc.double({ min: 0, max: 1e12, noNaN: true })),
	retention: optional(fc.double({ min: 0, max: 150, noNaN: true })),
	days: optional(count),
	action: optional(fc.constantFrom('follow' as const, 'connect' as const)),
});

const results = [
	'followBackRate',
	'followBackRateLow',
	'followBackRateHigh',
	'followsNeededLow',
	'followsNeededHigh',
	'daysNeededLow',
	'daysNeededHigh',
	'perDayNeeded',
	'gainInDays',
	'notFollowingBack',
	'ratio',
	'followsNeeded',
	'dailyPace',
	'daysNeeded',
	'hoursNeeded',
	'followingAfter',
] as const;

describe('calculateReciprocity() properties (fast-check)', () => {
	test('never returns NaN or Infinity, whatever the input', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const r = calculateReciprocity(input);
				for (const name of results) {
					const v = r[name];
					if ('value' in v) expect(Number.isFinite(v.value)).toBe(true);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test('gives a follow-back rate between 0 and 100 for a valid attempt', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 1, max: 1e12 })
					.chain((followed) =>
						fc.tuple(fc.constant(followed), fc.integer({ min: 0, max: followed })),
					),
				([followed, followedBack]) => {
					const r = calculateReciprocity({ platform: 'x', followed, followedBack });
					expect(r.errors).toEqual([]);
					expect('value' in r.followBackRate).toBe(true);
					if ('value' in r.followBackRate) {
						expect(r.followBackRate.value).toBeGreaterThanOrEqual(0);
						expect(r.followBackRate.value).toBeLessThanOrEqual(100);
					}
				},
			),
			{ numRuns: 1000 },
		);
	});

	test('needs at least as many follows as the target it reaches', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1e6 }),
				fc.integer({ min: 1, max: 1e6 }),
				fc.integer({ min: 0, max: 1e6 }),
				(a, b, target) => {
					const [followedBack, followed] = a <= b ? [a, b] : [b, a];
					const r = calculateReciprocity({ platform: 'other', followed, followedBack, target });
					if (!('value' in r.followsNeeded)) throw new Error('expected a value');
					expect(r.followsNeeded.value).toBeGreaterThanOrEqual(target);
					// …and rounding up never adds a whole extra follow's worth of followers.
					expect((r.followsNeeded.value - 1) * followedBack).toBeLessThan(target * followed);
				},
			),
			{ numRuns: 1000 },
		);
	});

	test('projects a chart that rises steadily to the end count in at most 31 points', () => {
		fc.assert(
			fc.property(count, count, fc.integer({ min: 1, max: 1e12 }), (start, needed, pace) => {
				const points = projectFollowing({ start, needed, pace });
				expect(points.length).toBeLessThanOrEqual(31);
				expect(points.at(-1)?.following).toBe(start + needed);
				for (let i = 1; i < points.length; i += 1) {
					expect(points[i]?.following).toBeGreaterThanOrEqual(points[i - 1]?.following ?? 0);
				}
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('calculateReciprocity() interval properties (fast-check)', () => {
	const attempt = fc
		.integer({ min: 1, max: 1e9 })
		.chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n)));
	test('low ≤ rate ≤ high, and the follows and days needed are ordered the other way', () => {
		fc.assert(
			fc.property(
				attempt,
				fc.integer({ min: 0, max: 1e6 }),
				fc.integer({ min: 1, max: 400 }),
				fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
				([followedBack, followed], target, perDay, retention) => {
					const r = calculateReciprocity({
						platform: 'x',
						followed,
						followedBack,
						target,
						perDay,
						retention,
					});
					const v = (x: { value: number } | { missing: string }) => ('value' in x ? x.value : NaN);
					expect(v(r.followBackRateLow)).toBeLessThanOrEqual(v(r.followBackRate));
					expect(v(r.followBackRate)).toBeLessThanOrEqual(v(r.followBackRateHigh));
					expect(v(r.followsNeededLow)).toBeLessThanOrEqual(v(r.followsNeeded));
					expect(v(r.followsNeeded)).toBeLessThanOrEqual(v(r.followsNeededHigh));
					expect(v(r.daysNeededLow)).toBeLessThanOrEqual(v(r.daysNeeded));
					expect(v(r.daysNeeded)).toBeLessThanOrEqual(v(r.daysNeededHigh));
				},
			),
			{ numRuns: 3000 },
		);
	});
});

describe('calculateReciprocity() with connection invitations, properties (fast-check)', () => {
	const attempt = fc
		.integer({ min: 1, max: 1e6 })
		.chain((n) => fc.tuple(fc.integer({ min: 1, max: n }), fc.constant(n)));
	test('ends on the connections now plus the target: accepted invitations, never those sent', () => {
		fc.assert(
			fc.property(
				attempt,
				fc.integer({ min: 0, max: 1e6 }),
				fc.integer({ min: 0, max: 1e9 }),
				fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
				([followedBack, followed], target, following, retention) => {
					const r = calculateReciprocity({
						platform: 'linkedin',
						action: 'connect',
						followed,
						followedBack,
						following,
						target,
						retention,
					});
					// ⌈target ÷ share⌉ invitations yield at least the target and less than one more.
					expect(r.followingAfter).toEqual({ value: following + target });
					expect(r.warnings.some((w) => w.code.startsWith('follow-churn'))).toBe(false);
				},
			),
			{ numRuns: 1000 },
		);
	});
});
