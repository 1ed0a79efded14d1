import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	calculateReach,
	postsOverWeeks,
	reachExample,
	type ReachInput,
} from '../../../../src/lib/calculators/reach.ts';

const example: ReachInput = { ...reachExample };
const valueOf = (v: { value: number } | { missing: string }) =>
	'value' in v ? v.value : v.missing;

describe('calculateReach() on the worked example (kalkulator/jangkauan#contoh)', () => {
	const r = calculateReach(example);
	test.each([
		['conversations', 15], // 5 × 60 × 0.5 ÷ 10
		['posts', 5], // 5 × 60 × 0.5 ÷ 30
		['broadcastReach', 2000], // 5 × 400
		['totalReach', 2015], // 15 + 2,000
		['reachRatio', 133.33333333333334], // 400 × 10 ÷ 30
		['conversationMinutes', 150],
		['broadcastMinutes', 150],
	] as const)('%s is %d', (name, expected) => {
		expect(valueOf(r[name])).toBeCloseTo(expected, 10);
	});
});

describe('calculateReach() edge cases', () => {
	test.each([
		[{ conversationShare: 100 }, 'posts', 0, 'all time in conversation'],
		[{ conversationShare: 100 }, 'broadcastReach', 0, 'no posts, no broadcast reach'],
		[{ conversationShare: 0 }, 'conversations', 0, 'no conversation'],
		[{ conversationShare: 0 }, 'broadcastReach', 4000, '10 posts × 400'],
		[{ hours: 168 }, 'conversations', 504, 'a whole week is allowed'],
		[{ hours: 169 }, 'conversations', 'input-error', 'more than a week'],
		[{ conversationShare: 101 }, 'posts', 'input-error', 'more than 100%'],
		[
			{ minutesPerConversation: 0 },
			'conversations',
			'zero-minutes-per-conversation',
			'instant conversations',
		],
		[{ minutesPerPost: 0 }, 'reachRatio', 'zero-minutes-per-post', 'instant posts'],
		[
			{ minutesPerConversation: 0 },
			'reachRatio',
			'zero-minutes-per-conversation',
			'no ratio to a 0-minute conversation',
		],
		[{ reachPerPost: undefined }, 'totalReach', 'needs-reach-per-post', 'optional left empty'],
		[{ hours: undefined }, 'conversations', 'needs-hours', 'required'],
	] as [
		Partial<ReachInput>,
		'conversations' | 'posts' | 'broadcastReach' | 'totalReach' | 'reachRatio',
		number | string,
		string,
	][])('%j: %s is %s (%s)', (changes, name, expected) => {
		expect(valueOf(calculateReach({ ...example, ...changes })[name])).toBe(expected);
	});

	test('reports a week longer than 168 hours and a share above 100% on their fields', () => {
		expect(calculateReach({ ...example, hours: 200, conversationShare: 150 }).errors).toEqual([
			{ field: 'hours', code: 'hours-above-week' },
			{ field: 'conversationShare', code: 'share-above-100' },
		]);
	});
});

describe('calculateReach(): from reach to customers', () => {
	test.each([
		// Worked by hand from the page's example: 15 people by conversation, 2,000 by 5 posts, and a
		// reach ratio of 400 × 10 ÷ 30 = 133.3 : 1.
		[{ conversationConversion: 10 }, 'conversationCustomers', 1.5], // 15 × 10 ÷ 100
		[{ broadcastConversion: 1 }, 'broadcastCustomers', 20], // 2,000 × 1 ÷ 100
		[{ conversationConversion: 10, broadcastConversion: 1 }, 'totalCustomers', 21.5],
		[{ broadcastConversion: 1 }, 'breakEvenConversion', 133.33333333333334], // 1 × 133.3: over 100
		[{ broadcastConversion: 0.5 }, 'breakEvenConversion', 66.66666666666667], // 0.5 × 133.3
	] as [
		Partial<ReachInput>,
		'conversationCustomers' | 'broadcastCustomers' | 'totalCustomers' | 'breakEvenConversion',
		number,
	][])('%j gives %s = %d', (changes, name, expected) => {
		expect(valueOf(calculateReach({ ...example, ...changes })[name])).toBeCloseTo(expected, 10);
	});

	test('a minute of conversation and of posting win the same customers at the break-even conversion', () => {
		const r = calculateReach({ ...example, broadcastConversion: 0.5 });
		const breakEven = valueOf(r.breakEvenConversion) as number;
		const atBreakEven = calculateReach({
			...example,
			broadcastConversion: 0.5,
			conversationConversion: breakEven,
		});
		// Equal minutes (50 % each), so equal customers: 15 × 66.7 % = 10 = 2,000 × 0.5 %.
		expect(valueOf(atBreakEven.conversationCustomers)).toBeCloseTo(
			valueOf(atBreakEven.broadcastCustomers) as number,
			10,
		);
	});

	test('says why a customer result is missing, and refuses a conversion above 100 % on its field', () => {
		expect(valueOf(calculateReach(example).conversationCustomers)).toBe(
			'needs-conversation-conversion',
		);
		expect(valueOf(calculateReach(example).breakEvenConversion)).toBe('needs-broadcast-conversion');
		expect(valueOf(calculateReach({ ...example, conversationConversion: 5 }).totalCustomers)).toBe(
			'needs-broadcast-conversion',
		);
		const over = calculateReach({ ...example, broadcastConversion: 101 });
		expect(over.errors).toEqual([{ field: 'broadcastConversion', code: 'conversion-above-100' }]);
		expect(valueOf(over.broadcastCustomers)).toBe('input-error');
		expect(valueOf(over.breakEvenConversion)).toBe('input-error');
		expect(valueOf(over.totalReach)).toBe(2015); // the week's reach stays right
	});
});

describe('postsOverWeeks()', () => {
	test.each([
		[5, { posts: 5, weeks: 1 }],
		[4 / 3, { posts: 4, weeks: 3 }], // 1⅓ a week: 4 posts every 3 weeks
		[3.75, { posts: 15, weeks: 4 }],
		[0.5, { posts: 1, weeks: 2 }],
		[0.05, { posts: 1, weeks: 20 }], // fewer than one in 12 weeks: one every 20 weeks
		[5 / 18, { posts: 3, weeks: 11 }], // no whole number within 1 % in 12 weeks: the closest
		[0, { posts: 0, weeks: 1 }],
	])('%d a week is %j', (perWeek, expected) => {
		expect(postsOverWeeks(perWeek)).toEqual(expected);
	});

	test('is a whole number of posts over whole weeks that averages to within 10 % of the rate', () => {
		fc.assert(
			fc.property(fc.double({ min: 0.0001, max: 1e6, noNaN: true }), (perWeek) => {
				const { posts, weeks } = postsOverWeeks(perWeek);
				expect(Number.isInteger(posts) && Number.isInteger(weeks) && weeks >= 1).toBe(true);
				expect(Math.abs(posts / weeks - perWeek) / perWeek).toBeLessThan(0.1);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('calculateReach() properties (fast-check)', () => {
	const n = (max: number) => fc.option(fc.double({ min: 0, max, noNaN: true }), { nil: undefined });
	const anyInput = fc.record({
		hours: n(1e12),
		conversationShare: n(1e12),
		minutesPerConversation: n(1e12),
		minutesPerPost: n(1e12),
		reachPerPost: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: undefined }),
		conversationConversion: n(1e12),
		broadcastConversion: n(1e12),
	});

	test('never returns NaN or Infinity', () => {
		fc.assert(
			fc.property(anyInput, (input) => {
				const r = calculateReach(input);
				for (const v of Object.values(r).filter(
					(x): x is { value: number } => typeof x === 'object' && 'value' in x,
				)) {
					expect(Number.isFinite(v.value)).toBe(true);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test('the two kinds of time add up to the week, and the reaches to the total', () => {
		const valid = fc.record({
			hours: fc.double({ min: 0, max: 168, noNaN: true }),
			conversationShare: fc.double({ min: 0, max: 100, noNaN: true }),
			minutesPerConversation: fc.double({ min: 0.1, max: 600, noNaN: true }),
			minutesPerPost: fc.double({ min: 0.1, max: 600, noNaN: true }),
			reachPerPost: fc.integer({ min: 0, max: 1e9 }),
		});
		fc.assert(
			fc.property(valid, (input) => {
				const r = calculateReach(input);
				if (!('value' in r.conversationMinutes && 'value' in r.broadcastMinutes))
					throw new Error('missing');
				expect(r.conversationMinutes.value + r.broadcastMinutes.value).toBeCloseTo(
					input.hours * 60,
					6,
				);
				expect(r.broadcastMinutes.value).toBeGreaterThanOrEqual(-1e-9);
				if (!(
					'value' in r.totalReach &&
					'value' in r.conversations &&
					'value' in r.broadcastReach
				)) {
					throw new Error('missing');
				}
				expect(r.totalReach.value).toBe(r.conversations.value + r.broadcastReach.value);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('calculateReach() out of range', () => {
	test('a vanishingly small typed denominator gives no result instead of Infinity', () => {
		const r = calculateReach({ ...example, minutesPerPost: 5e-324 });
		expect(valueOf(r.posts)).toBe('out-of-range');
		expect(valueOf(r.reachRatio)).toBe('out-of-range');
	});
});
