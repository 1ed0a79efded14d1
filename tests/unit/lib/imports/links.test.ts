import { describe, expect, test } from 'vitest';
import { engagementQuery, query, reciprocityQuery } from '../../../../src/lib/imports/links.ts';
import type { FollowStats, SnapshotChange } from '../../../../src/lib/imports/follow-stats.ts';
import type { PostStats } from '../../../../src/lib/imports/posts.ts';

const stats = (over: Partial<FollowStats>): FollowStats => ({
	platform: 'instagram',
	followers: 900,
	following: 600,
	mutual: 240,
	mutualShare: 40,
	hasDates: true,
	asOf: 0,
	followedFirst: 570,
	followedFirstBack: 210,
	followBackRate: 36.8,
	followedYouFirst: 690,
	youFollowedBack: 30,
	youFollowBackRate: 4.3,
	recentFollowed: 80,
	recentFollowedBack: 18,
	recentFollowBackRate: 22.5,
	months: [],
	...over,
});
const change = (daysBetween: number | undefined): SnapshotChange => ({
	lostFollowers: 1,
	newFollowers: 2,
	retention: 87.6,
	mutualBefore: 200,
	daysBetween,
});
const params = (q: string) => Object.fromEntries(new URLSearchParams(q));

describe('query()', () => {
	test('leaves out undefined values and writes numbers canonically', () => {
		expect(query({ a: 1234.5, b: undefined, c: 'x y' })).toBe('?a=1234.5&c=x+y');
	});
});

describe('reciprocityQuery()', () => {
	test.each([
		{
			why: 'dates, a 90-day cohort of 80, exports 30 days apart: trial and retention',
			current: stats({}),
			change: change(30),
			want: {
				platform: 'instagram',
				followed: '80',
				followedBack: '18',
				followers: '900',
				following: '600',
				retention: '88',
			},
		},
		{
			why: 'exports 60 days apart: no retention',
			current: stats({}),
			change: change(60),
			want: {
				platform: 'instagram',
				followed: '80',
				followedBack: '18',
				followers: '900',
				following: '600',
			},
		},
		{
			why: 'a cohort under 30: every account followed first; TikTok is “other”',
			current: stats({ platform: 'tiktok', recentFollowed: 12, recentFollowedBack: 3 }),
			change: undefined,
			want: {
				platform: 'other',
				followed: '570',
				followedBack: '210',
				followers: '900',
				following: '600',
			},
		},
		{
			why: 'X, no dates: the two counts only',
			current: stats({
				platform: 'x',
				hasDates: false,
				followedFirst: undefined,
				followedFirstBack: undefined,
				recentFollowed: undefined,
				recentFollowedBack: undefined,
			}),
			change: change(undefined),
			want: { platform: 'x', followers: '900', following: '600' },
		},
	])('$why', ({ current, change: c, want }) => {
		expect(params(reciprocityQuery(current, c))).toEqual(want);
	});
});

describe('engagementQuery()', () => {
	test('carries the totals found, impressions apart from views', () => {
		const posts = {
			posts: 3,
			totals: { likes: 10, comments: 2, reach: 500, impressions: 900 },
		} as unknown as PostStats;
		expect(params(engagementQuery(posts, 'facebook'))).toEqual({
			platform: 'facebook',
			posts: '3',
			likes: '10',
			comments: '2',
			reach: '500',
			impressions: '900',
		});
	});
});
