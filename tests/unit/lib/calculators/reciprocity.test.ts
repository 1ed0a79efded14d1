import { describe, expect, test } from 'vitest';
import {
	calculateReciprocity,
	countOnDay,
	limitDaysOf,
	projectFollowing,
	reciprocityExample,
	type ReciprocityInput,
} from '../../../../src/lib/calculators/reciprocity.ts';
import { platformLimits } from '../../../../src/data/platform-limits.ts';
import { sources } from '../../../../src/data/sources.ts';
import { id } from '../../../../src/i18n/id.ts';
import { en } from '../../../../src/i18n/en.ts';

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
		// Connections come from accepted invitations: 28,000 + 500 accepted stays under 30,000…
		[{ platform: 'linkedin', action: 'connect', following: 28000 }, ['weekly-invitations']],
		// …29,600 + 500 passes it; removing connections is not follow churn, so no churn warning.
		[
			{ platform: 'linkedin', action: 'connect', following: 29600 },
			['weekly-invitations', 'connection-cap'],
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
			'metaSpam',
			'instagramLimits',
			'metaInauthentic',
		]);
		// Meta's spam rule (engaging “at very high frequencies”) is cited for action limits (above)
		// and beside Meta's inauthentic behaviour policy for follow churn.
		expect(r.warnings.map((w) => w.also)).toEqual([undefined, undefined, 'metaSpam']);
		// Negative case: X's warnings rest on X's rule alone.
		const x = calculateReciprocity({ ...example, platform: 'x', perDay: 401 });
		expect(x.warnings.map((w) => w.also)).toEqual([undefined, undefined, undefined]);
	});

	test('the warnings cite Meta’s spam rule; LinkedIn’s churn warning cites none', () => {
		expect(sources.metaSpam.anchor).toBe('meta-spam');
		expect(platformLimits.linkedin.churnRule).toBe('none');
		for (const dict of [id, en]) {
			const words = dict.reciprocity.warnings;
			expect(words['follow-churn-unpublished']).not.toMatch(/TikTok/);
			expect(words['follow-churn-meta']).toMatch(/“/);
			expect(words['unpublished-action-limits']).toMatch(/spam/);
		}
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

	test('cites LinkedIn Help for the connection cap, and warns of no follow churn for connections', () => {
		const r = calculateReciprocity({
			...example,
			platform: 'linkedin',
			action: 'connect',
			following: 29600,
		});
		expect(r.warnings).toEqual([
			{ code: 'weekly-invitations', limit: 100, source: 'linkedinWeekly' },
			{ code: 'connection-cap', limit: 30000, source: 'linkedinHelp' },
		]);
		expect(r.followingLimit).toBe(30000);
		expect(
			calculateReciprocity({ ...example, platform: 'linkedin', action: 'follow' }).followingLimit,
		).toBeNull();
	});
});

describe('calculateReciprocity() with LinkedIn connection invitations (issue 20)', () => {
	// The scenario link on kalkulator/ikuti-balik#parameter-tautan: 40 of 100 invitations accepted,
	// 29,500 connections now, 300 new ones wanted, 20 invitations a day.
	const connect: ReciprocityInput = {
		platform: 'linkedin',
		action: 'connect',
		followed: 100,
		followedBack: 40,
		following: 29500,
		target: 300,
		perDay: 20,
	};

	test.each([
		// [changes, result, expected, why]
		[{}, 'followBackRate', 40, '40 of 100 invitations accepted'],
		[{}, 'followsNeeded', 750, 'invitations to send: ⌈300 ÷ 0.4⌉'],
		[{}, 'followingAfter', 29800, 'connections afterwards: 29,500 + 750 × 0.4, not 29,500 + 750'],
		[{}, 'daysNeeded', 38, '⌈750 ÷ 20⌉'],
		[{ minutesEach: 2 }, 'hoursNeeded', 25, '750 invitations × 2 minutes ÷ 60'],
		[{ target: 600 }, 'followsNeeded', 1500, '⌈600 ÷ 0.4⌉'],
		[{ target: 600 }, 'followingAfter', 30100, '29,500 + 1,500 × 0.4: past the cap'],
		[{ target: 301 }, 'followsNeeded', 753, '⌈301 ÷ 0.4⌉ = ⌈752.5⌉'],
		[{ target: 301 }, 'followingAfter', 29801, '29,500 + ⌊753 × 0.4⌋ = 29,500 + ⌊301.2⌋'],
		[{ retention: 80 }, 'followsNeeded', 938, '⌈300 × 100 × 100 ÷ (40 × 80)⌉ = ⌈937.5⌉'],
		[{ retention: 80 }, 'followingAfter', 29800, '29,500 + ⌊938 × 0.4 × 0.8⌋ = ⌊300.16⌋'],
		[{ days: 30 }, 'gainInDays', 240, 'new connections in 30 days: ⌊30 × 20 × 0.4⌋'],
		[{ days: 30 }, 'perDayNeeded', 25, 'invitations a day to finish in time: ⌈750 ÷ 30⌉'],
		[{}, 'ratio', 'no-ratio-for-connections', 'a connection is two-way: no follower ratio'],
		[{ following: undefined }, 'followingAfter', 'needs-following', 'connections now unknown'],
		[{ action: 'follow' }, 'followingAfter', 30250, 'one-way follows all count: 29,500 + 750'],
	] as [
		Partial<ReciprocityInput>,
		keyof ReturnType<typeof calculateReciprocity>,
		number | string,
		string,
	][])('%j gives %s = %s (%s)', (changes, name, expected) => {
		const v = calculateReciprocity({ ...connect, ...changes })[name] as
			{ value: number } | { missing: string };
		expect(valueOf(v)).toBe(expected);
	});

	test.each([
		// [changes, warnings]
		// The example: 29,800 connections, under the cap; 20 a day is 140 invitations a week.
		[{}, ['weekly-invitations']],
		[{ perDay: 14 }, []], // 98 a week
		// 30,100 connections pass the cap; still no follow churn: connections are not follows.
		[{ target: 600 }, ['weekly-invitations', 'connection-cap']],
		[{ target: 600, perDay: 14 }, ['connection-cap']],
		// Exactly 30,000 connections is allowed.
		[{ target: 500, perDay: 14 }, []],
		// Following (one-way) has neither limit: 30,250 accounts followed warn of nothing.
		[{ action: 'follow' }, []],
	] as [Partial<ReciprocityInput>, string[]][])('%j warns %j', (changes, codes) => {
		const r = calculateReciprocity({ ...connect, ...changes });
		expect(r.warnings.map((w) => w.code)).toEqual(codes);
	});

	test('draws connections on the chart, and says when they would reach and pass the cap', () => {
		const r = calculateReciprocity({ ...connect, target: 600, perDay: 25 });
		expect(r.plan).toEqual({
			start: 29500,
			needed: 1500,
			pace: 25,
			per: { numerators: [40, 100], denominators: [100, 100] },
		});
		expect(r.limitDays).toEqual({ reached: 50, passed: 51 });
		expect(r.ratioAtLimit).toBeNull();
		// The page's fourth step: 600 new connections at 20 a day reach and pass 30,000 on day 63
		// (1,250 and 1,253 invitations are needed for 500 and 501 connections).
		expect(calculateReciprocity({ ...connect, target: 600 }).limitDays).toEqual({
			reached: 63,
			passed: 63,
		});
		const under = calculateReciprocity(connect);
		expect(under.limitDays).toEqual({ reached: null, passed: null });
		expect(under.plan && countOnDay(under.plan, 38)).toBe(29800);
	});
});

describe('calculateReciprocity(): the follower ratio on the day the limit is reached', () => {
	// Followers by then count as gainInDays counts them: ⌊follows by then × rate × retention⌋.
	test.each([
		// The page's worked example: 2,000 + 60 × 50 = 5,000 on day 60, 5,050 on day 61;
		// followers 900 + ⌊3,000 × 0.15⌋ = 1,350, so 1,350 ÷ 5,000 = 0.27 (0.45 at the start).
		[{}, 60, 61, 0.27],
		// The outlines' X scenario (36 of 300, 1,500 followers, 4,200 following, 60 a day): 5,040
		// on day 14, both reached and passed; 1,500 + ⌊840 × 0.12⌋ = 1,600, 1,600 ÷ 5,040 = 0.3175.
		[
			{
				followed: 300,
				followedBack: 36,
				followers: 1500,
				following: 4200,
				target: 400,
				perDay: 60,
			},
			14,
			14,
			1600 / 5040,
		],
		// The same at 500 a day, counted at X's 400: 5,000 on day 2, passed on day 3;
		// 1,500 + ⌊800 × 0.12⌋ = 1,596, 1,596 ÷ 5,000 = 0.3192.
		[
			{
				followed: 300,
				followedBack: 36,
				followers: 1500,
				following: 4200,
				target: 400,
				perDay: 500,
			},
			2,
			3,
			0.3192,
		],
		// Retention 80 %: 900 + ⌊3,000 × 0.15 × 0.8⌋ = 1,260, 1,260 ÷ 5,000 = 0.252.
		[{ retention: 80 }, 60, 61, 0.252],
	] as [Partial<ReciprocityInput>, number, number, number][])(
		'%j: reached on day %d, passed on day %d, ratio then %d',
		(changes, reached, passed, ratio) => {
			const r = calculateReciprocity({ ...example, ...changes });
			expect(r.limitDays).toEqual({ reached, passed });
			expect(r.ratioAtLimit).toBeCloseTo(ratio, 12);
			// The ratio has fallen by then: following grows faster than followers.
			expect(r.ratioAtLimit).toBeLessThan(valueOf(r.ratio) as number);
		},
	);

	test('gives no ratio without followers, without a limit reached, or for connections', () => {
		expect(calculateReciprocity({ ...example, followers: undefined }).ratioAtLimit).toBeNull();
		expect(calculateReciprocity({ ...example, following: 100 }).limitDays).toEqual({
			reached: null,
			passed: null,
		});
		expect(calculateReciprocity({ ...example, following: 100 }).ratioAtLimit).toBeNull();
		expect(calculateReciprocity({ ...example, platform: 'other' }).limitDays).toBeNull();
		// Instagram's cap does not depend on the ratio: the days, but no ratio.
		const instagram = calculateReciprocity({ ...example, platform: 'instagram', following: 7000 });
		expect(instagram.limitDays).toEqual({ reached: 10, passed: 11 });
		expect(instagram.ratioAtLimit).toBeNull();
		expect(
			calculateReciprocity({
				...example,
				platform: 'linkedin',
				action: 'connect',
				following: 29600,
			}).ratioAtLimit,
		).toBeNull();
	});
});

describe('projectFollowing()', () => {
	test('starts at the current count and ends after the last follow', () => {
		const points = projectFollowing({ start: 2000, needed: 3334, pace: 50 });
		expect(points[0]).toEqual({ day: 0, following: 2000 });
		expect(points.at(-1)).toEqual({ day: 67, following: 5334 });
		expect(points.length).toBeLessThanOrEqual(31);
	});

	test('keeps a plan of years to a few points', () => {
		const points = projectFollowing({ start: 0, needed: 1e9, pace: 1 }, 31);
		expect(points.length).toBeLessThanOrEqual(31);
		expect(points.at(-1)).toEqual({ day: 1e9, following: 1e9 });
	});

	test('never goes past the end count between points', () => {
		for (const p of projectFollowing({ start: 10, needed: 95, pace: 10 })) {
			expect(p.following).toBeLessThanOrEqual(105);
		}
	});

	test('counts connections from the invitations accepted, in whole connections', () => {
		// 750 invitations, 20 a day, 40 % accepted: day 1 makes 8, day 38 the last 300.
		const per = { numerators: [40], denominators: [100] };
		const points = projectFollowing({ start: 29500, needed: 750, pace: 20, per });
		expect(points[0]).toEqual({ day: 0, following: 29500 });
		expect(points.at(-1)).toEqual({ day: 38, following: 29800 });
		expect(countOnDay({ start: 29500, needed: 750, pace: 20, per }, 1)).toBe(29508);
		// 7 invitations at 40 %: 2.8 accepted is 2 whole connections.
		expect(countOnDay({ start: 0, needed: 7, pace: 7, per }, 1)).toBe(2);
	});
});

describe('limitDaysOf(): the day a limit is reached, and the day it is passed', () => {
	test.each([
		// [start, needed, pace, limit, reached, passed]
		[2000, 3334, 50, 5000, 60, 61], // day 60 ends on exactly 5,000; day 61 on 5,050
		[2000, 3000, 50, 5000, 60, null], // ends on 5,000, never above
		[6000, 10, 50, 5000, 0, 0], // above from the start
		[5000, 10, 5, 5000, 0, 1], // at the limit from the start: passed on day 1
		[0, 10, 0, 5, null, null], // no pace, never
		[0, 10, 1, 5, 5, 6],
		[4200, 3334, 60, 5000, 14, 14], // the outlines' X scenario: 4,980 on day 13, 5,040 on day 14
		[4200, 3334, 400, 5000, 2, 3], // the same at X's 400 a day: 5,000 on day 2, 5,400 on day 3
		[4700, 3334, 150, 5000, 2, 3], // the platform page's shop: 5,000 on day 2, 5,150 on day 3
		[6500, 1667, 100, 7500, 10, 11], // the outlines' Instagram scenario
	] as const)(
		'from %d, %d follows at %d a day against %d: reached on day %s, passed on day %s',
		(start, needed, pace, limit, reached, passed) => {
			const plan = { start, needed, pace };
			expect(limitDaysOf(plan, limit)).toEqual({ reached, passed });
		},
	);

	test('counts connections from accepted invitations: 40 % of 25 a day reach 30,000 on day 50', () => {
		const per = { numerators: [40], denominators: [100] };
		// 29,500 + ⌊1,250 × 0.4⌋ = 30,000 on day 50; 30,010 on day 51 (1,275 × 0.4 = 510).
		expect(limitDaysOf({ start: 29500, needed: 1500, pace: 25, per }, 30000)).toEqual({
			reached: 50,
			passed: 51,
		});
		// 750 invitations end on 29,800: the cap is never reached.
		expect(limitDaysOf({ start: 29500, needed: 750, pace: 20, per }, 30000)).toEqual({
			reached: null,
			passed: null,
		});
	});
});
