import { describe, expect, test } from 'vitest';
import {
	calculateReciprocity,
	firstDayAbove,
	projectFollowing,
	reciprocityExample,
	type ReciprocityInput,
} from '../../../../src/lib/calculators/reciprocity.ts';

const example: ReciprocityInput = { ...reciprocityExample };
const valueOf = (v: { value: number } | { missing: string }) =>
	'value' in v ? v.value : v.missing;

describe('calculateReciprocity() on the worked example (kalkulator/ikuti-balik#contoh)', () => {
	const r = calculateReciprocity(example);

	test.each([
		// Each expected value is worked out by hand on the page's worked example.
		['followBackRate', 15], // 30 ÷ 200 × 100
		['notFollowingBack', 170], // 200 − 30
		['ratio', 0.45], // 900 ÷ 2,000
		['followsNeeded', 3334], // ⌈500 ÷ 0.15⌉ = ⌈3,333.3…⌉
		['dailyPace', 50], // 50 a day, under X's 400
		['daysNeeded', 67], // ⌈3,334 ÷ 50⌉ = ⌈66.68⌉
		['hoursNeeded', 83.35], // 3,334 × 1.5 ÷ 60
		['followingAfter', 5334], // 2,000 + 3,334
	] as const)('%s is %d', (name, expected) => {
		expect(valueOf(r[name])).toBeCloseTo(expected, 10);
	});

	test('warns about X’s 5,000 threshold and follow churn, citing the X Help Center', () => {
		expect(r.warnings).toEqual([
			{ code: 'following-threshold', limit: 5000, source: 'xFollowLimits' },
			{ code: 'follow-churn-x', source: 'xFollowLimits' },
		]);
		expect(r.followingLimit).toBe(5000);
	});
});

describe('calculateReciprocity() formulas', () => {
	test.each([
		// [input changes, result, expected, why]
		[
			{ followed: 3, followedBack: 1, target: 10 },
			'followsNeeded',
			30,
			'⌈10 ÷ (1/3)⌉ = 30 exactly, not 31',
		],
		[{ followed: 7, followedBack: 3, target: 10 }, 'followsNeeded', 24, '⌈10 × 7 ÷ 3⌉ = ⌈23.3⌉'],
		[
			{ followed: 100, followedBack: 100, target: 10 },
			'followsNeeded',
			10,
			'everyone follows back',
		],
		[{ target: 0 }, 'followsNeeded', 0, 'no target, no follows'],
		[{ target: 0 }, 'daysNeeded', 0, 'no follows, no days'],
		[{ perDay: 1000 }, 'dailyPace', 400, 'X caps the pace at 400 a day'],
		[{ perDay: 1000 }, 'daysNeeded', 9, '⌈3,334 ÷ 400⌉ = ⌈8.3⌉'],
		[
			{ platform: 'instagram', perDay: 1000 },
			'dailyPace',
			1000,
			'Instagram publishes no daily figure',
		],
		[{ followers: 0 }, 'ratio', 0, '0 ÷ 2,000'],
		[{ minutesEach: 0 }, 'hoursNeeded', 0, 'no time per follow'],
		[{ followed: 1e12, followedBack: 1, target: 1e12 }, 'followsNeeded', 1e24, 'exact past 2^53'],
	] as [
		Partial<ReciprocityInput>,
		'followsNeeded' | 'daysNeeded' | 'dailyPace' | 'ratio' | 'hoursNeeded',
		number,
		string,
	][])('%j gives %s = %d (%s)', (changes, name, expected) => {
		expect(valueOf(calculateReciprocity({ ...example, ...changes })[name])).toBe(expected);
	});

	test('reports why a result is missing', () => {
		const r = calculateReciprocity({ platform: 'x', followed: 10, followedBack: 0 });
		expect(valueOf(r.followBackRate)).toBe(0);
		expect(valueOf(r.followsNeeded)).toBe('needs-target');
		expect(valueOf(r.ratio)).toBe('needs-followers');
		expect(valueOf(calculateReciprocity({ ...example, followedBack: 0 }).followsNeeded)).toBe(
			'zero-rate',
		);
		expect(valueOf(calculateReciprocity({ ...example, followedBack: 0 }).daysNeeded)).toBe(
			'zero-rate',
		);
		expect(valueOf(calculateReciprocity({ ...example, perDay: 0 }).daysNeeded)).toBe('zero-pace');
		expect(valueOf(calculateReciprocity({ ...example, following: 0 }).ratio)).toBe(
			'following-zero',
		);
		expect(valueOf(calculateReciprocity({ ...example, following: undefined }).followingAfter)).toBe(
			'needs-following',
		);
		expect(valueOf(calculateReciprocity({ ...example, minutesEach: undefined }).hoursNeeded)).toBe(
			'needs-minutes-each',
		);
		expect(valueOf(calculateReciprocity({ ...example, followed: undefined }).followBackRate)).toBe(
			'needs-followed',
		);
		expect(
			valueOf(calculateReciprocity({ ...example, followedBack: undefined }).followBackRate),
		).toBe('needs-followed-back');
	});

	test('reports contradicting inputs on the field they belong to, and computes nothing from them', () => {
		const more = calculateReciprocity({ ...example, followed: 10, followedBack: 11 });
		expect(more.errors).toEqual([
			{ field: 'followedBack', code: 'followed-back-exceeds-followed' },
		]);
		expect(valueOf(more.followBackRate)).toBe('input-error');
		expect(valueOf(more.daysNeeded)).toBe('input-error');
		const zero = calculateReciprocity({ ...example, followed: 0, followedBack: 0 });
		expect(zero.errors).toEqual([{ field: 'followed', code: 'followed-zero' }]);
		expect(valueOf(zero.followBackRate)).toBe('input-error');
	});
});

describe('calculateReciprocity() warnings', () => {
	test.each([
		[{ platform: 'x', perDay: 401 }, ['daily-limit', 'following-threshold', 'follow-churn-x']],
		[{ platform: 'x', following: 100 }, []],
		[{ platform: 'facebook', following: 100 }, []],
		[{ platform: 'facebook' }, ['following-cap', 'follow-churn-meta']],
		[{ platform: 'instagram', following: 100 }, ['unpublished-action-limits']],
		[
			{ platform: 'instagram', following: 5000 },
			['unpublished-action-limits', 'following-cap-reported', 'follow-churn-meta'],
		],
		// LinkedIn connection invitations: the unofficial ~100 a week and the 30,000 connections.
		[{ platform: 'linkedin', action: 'connect', perDay: 14, days: undefined }, []], // 98 a week
		[{ platform: 'linkedin', action: 'connect', perDay: 15 }, ['weekly-invitations']], // 105
		[
			{ platform: 'linkedin', action: 'connect', perDay: 1, days: 30 },
			['weekly-invitations'], // ⌈3,334 ÷ 30⌉ = 112 a day needed, 784 a week
		],
		[
			{ platform: 'linkedin', action: 'connect', following: 28000 },
			['weekly-invitations', 'connection-cap', 'follow-churn-unpublished'],
		],
		// A LinkedIn follow is one-way: no invitations, no connection cap, and it is the default.
		[{ platform: 'linkedin', action: 'follow', perDay: 15, following: 28000 }, []],
		[{ platform: 'linkedin', perDay: 15, following: 28000 }, []],
		[{ platform: 'other', following: 1e9 }, []],
		// The pace the deadline needs, against X's 400 a day: ⌈3,334 ÷ 8⌉ = 417.
		[{ platform: 'x', following: 100, days: 8 }, ['per-day-needed-over-limit']],
		[{ platform: 'x', following: 100, days: 9 }, []], // ⌈3,334 ÷ 9⌉ = 371
	] as [Partial<ReciprocityInput>, string[]][])('%j warns %j', (changes, codes) => {
		const r = calculateReciprocity({ ...example, ...changes });
		expect(r.warnings.map((w) => w.code)).toEqual(codes);
	});

	test('each warning cites the source of its platform rule', () => {
		const r = calculateReciprocity({ ...example, platform: 'instagram', following: 7000 });
		expect(r.warnings.map((w) => w.source)).toEqual([
			'instagramLimits',
			'instagramLimits',
			'metaInauthentic',
		]);
	});
});

describe('calculateReciprocity(): how sure, who stays, by when', () => {
	test.each([
		// The worked example (30 of 200 on X, target 500, 50 a day, 30 days). Interval bounds: the
		// Wilson score interval, computed independently in Python (10.7135 % to 20.6057 %, see
		// tests/unit/lib/statistics/wilson.test.ts); the rest by hand from them.
		[{}, 'followBackRateLow', 10.7135],
		[{}, 'followBackRateHigh', 20.6057],
		[{}, 'followsNeededLow', 2427], // ⌈500 ÷ 0.206057⌉ = ⌈2,426.5⌉
		[{}, 'followsNeededHigh', 4667], // ⌈500 ÷ 0.107135⌉ = ⌈4,667.0⌉
		[{}, 'daysNeededLow', 49], // ⌈2,427 ÷ 50⌉
		[{}, 'daysNeededHigh', 94], // ⌈4,667 ÷ 50⌉
		[{}, 'perDayNeeded', 112], // ⌈3,334 ÷ 30⌉
		[{}, 'gainInDays', 225], // ⌊30 × 50 × 30 ÷ 200⌋
		// Retention 80 %: every projection uses rate × retention.
		[{ retention: 80 }, 'followsNeeded', 4167], // ⌈500 × 200 × 100 ÷ (30 × 80)⌉ = ⌈4,166.7⌉
		[{ retention: 80 }, 'followsNeededLow', 3034], // ⌈500 ÷ (0.206057 × 0.8)⌉ = ⌈3,033.1⌉
		[{ retention: 80 }, 'followsNeededHigh', 5834], // ⌈500 ÷ (0.107135 × 0.8)⌉ = ⌈5,833.8⌉
		[{ retention: 80 }, 'gainInDays', 180], // ⌊30 × 50 × 0.15 × 0.8⌋
		[{ retention: 80 }, 'followBackRate', 15], // the measured rate itself is unchanged
		// Exact: 3 of 10 at 50 % retention is 15 %, so a target of 3 needs exactly 20, not 21.
		[{ followed: 10, followedBack: 3, target: 3, retention: 50 }, 'followsNeeded', 20],
		[{ followed: 10, followedBack: 3, target: 3, retention: 85.5 }, 'followsNeeded', 12], // ⌈11.7⌉
		[{ perDay: 1000 }, 'gainInDays', 1800], // the pace is capped at X's 400: ⌊30 × 400 × 0.15⌋
		[{ days: 0 }, 'gainInDays', 0],
		// All followed back: the high bound is the rate itself, so the least follows needed equal
		// the exact ⌈970,926 × 100 ÷ 94⌉ = 1,032,900, not the 1,032,901 a double gives (found by
		// the property test).
		[
			{ followed: 1, followedBack: 1, target: 970926, perDay: 1, retention: 94 },
			'followsNeededLow',
			1032900,
		],
		[
			{ followed: 1, followedBack: 1, target: 970926, perDay: 1, retention: 94 },
			'followsNeeded',
			1032900,
		],
	] as [Partial<ReciprocityInput>, keyof ReturnType<typeof calculateReciprocity>, number][])(
		'%j gives %s ≈ %d',
		(changes, name, expected) => {
			const v = calculateReciprocity({ ...example, ...changes })[name] as
				{ value: number } | { missing: string };
			if (Number.isInteger(expected)) expect(valueOf(v)).toBe(expected);
			else expect(valueOf(v)).toBeCloseTo(expected, 3);
		},
	);

	test('says why a bound or a deadline result is missing', () => {
		const none = calculateReciprocity({ ...example, followedBack: 0 });
		expect(valueOf(none.followBackRateLow)).toBe(0);
		expect(valueOf(none.followsNeededHigh)).toBe('zero-rate');
		expect(valueOf(calculateReciprocity({ ...example, retention: 0 }).followsNeeded)).toBe(
			'zero-retention',
		);
		expect(valueOf(calculateReciprocity({ ...example, days: 0 }).perDayNeeded)).toBe('zero-days');
		expect(valueOf(calculateReciprocity({ ...example, days: undefined }).perDayNeeded)).toBe(
			'needs-days',
		);
		expect(valueOf(calculateReciprocity({ ...example, days: undefined }).gainInDays)).toBe(
			'needs-days',
		);
		expect(valueOf(calculateReciprocity({ ...example, perDay: undefined }).gainInDays)).toBe(
			'needs-per-day',
		);
	});

	test('refuses a retention above 100 % on its field', () => {
		const r = calculateReciprocity({ ...example, retention: 100.5 });
		expect(r.errors).toEqual([{ field: 'retention', code: 'retention-above-100' }]);
		expect(valueOf(r.followsNeeded)).toBe('input-error');
		expect(valueOf(r.gainInDays)).toBe('input-error');
	});

	test('cites LinkedIn Help for the connection cap and no rule for LinkedIn follow churn', () => {
		const r = calculateReciprocity({
			...example,
			platform: 'linkedin',
			action: 'connect',
			following: 29000,
		});
		expect(r.warnings).toEqual([
			{ code: 'weekly-invitations', limit: 100, source: 'linkedinWeekly' },
			{ code: 'connection-cap', limit: 30000, source: 'linkedinHelp' },
			{ code: 'follow-churn-unpublished' },
		]);
		expect(r.followingLimit).toBe(30000);
		expect(
			calculateReciprocity({ ...example, platform: 'linkedin', action: 'follow' }).followingLimit,
		).toBeNull();
	});
});

describe('projectFollowing()', () => {
	test('starts at the current count and ends after the last follow', () => {
		const points = projectFollowing(2000, 3334, 50);
		expect(points[0]).toEqual({ day: 0, following: 2000 });
		expect(points.at(-1)).toEqual({ day: 67, following: 5334 });
		expect(points.length).toBeLessThanOrEqual(31);
	});

	test('keeps a plan of years to a few points', () => {
		const points = projectFollowing(0, 1e9, 1, 31);
		expect(points.length).toBeLessThanOrEqual(31);
		expect(points.at(-1)).toEqual({ day: 1e9, following: 1e9 });
	});

	test('never goes past the end count between points', () => {
		for (const p of projectFollowing(10, 95, 10)) expect(p.following).toBeLessThanOrEqual(105);
	});
});

describe('firstDayAbove()', () => {
	test.each([
		[2000, 3334, 50, 5000, 61], // 2,000 + 61 × 50 = 5,050 > 5,000; day 60 reaches exactly 5,000
		[2000, 3000, 50, 5000, null], // ends at 5,000, never above
		[6000, 10, 50, 5000, null], // already above
		[0, 10, 1, 5, 6],
	])('firstDayAbove(%d, %d, %d, %d) = %s', (start, needed, pace, limit, expected) => {
		expect(firstDayAbove(start, needed, pace, limit)).toBe(expected);
	});
});
