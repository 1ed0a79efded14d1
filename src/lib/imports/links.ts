/**
 * The query strings that carry the “Your data” results into the calculators: which numbers go,
 * in canonical form, and which stay behind (no trial without dates; retention only at 3–6 weeks).
 * Pure; the page adds the calculator's address.
 */
import { toCanonical } from '../number/index.ts';
import {
	reciprocityTrial,
	retentionForCalculator,
	type FollowStats,
	type SnapshotChange,
} from './follow-stats.ts';
import type { PostStats } from './posts.ts';

/** A query string of the defined values, numbers in canonical form (`?a=1&b=2.5`). */
export function query(values: Readonly<Record<string, string | number | undefined>>): string {
	const params = new URLSearchParams();
	for (const [k, v] of Object.entries(values))
		if (v !== undefined) params.set(k, typeof v === 'number' ? toCanonical(v) : v);
	return `?${params.toString()}`;
}

/**
 * The follow-back calculator's query for one export (and the change since an older one). TikTok
 * has no platform of its own there (`other`); without dates (X) only the two counts go, no trial;
 * retention goes, rounded to a whole percent, only when {@link retentionForCalculator} allows it.
 */
export function reciprocityQuery(current: FollowStats, change: SnapshotChange | undefined): string {
	const trial = reciprocityTrial(current);
	const passed = change && retentionForCalculator(change);
	return query({
		platform: current.platform === 'tiktok' ? 'other' : current.platform,
		followed: trial?.followed,
		followedBack: trial?.followedBack,
		followers: current.followers,
		following: current.following,
		retention: passed && 'retention' in passed ? Math.round(passed.retention) : undefined,
	});
}

/**
 * The engagement calculator's query for a table of posts: the totals of each column found.
 * `views` is ignored by a calculator that does not know it; impressions stay separate.
 */
export function engagementQuery(posts: PostStats, platform: string): string {
	const totals = posts.totals;
	return query({
		platform,
		posts: posts.posts,
		likes: totals.likes,
		comments: totals.comments,
		shares: totals.shares,
		saves: totals.saves,
		reach: totals.reach,
		views: totals.views,
		impressions: totals.impressions,
	});
}
