/**
 * The numbers a follower export gives: counts, the share of followed accounts that follow you,
 * the follow-back rate of the accounts you followed first (overall, over the last 90 days and by
 * month), and what changed between two exports. Pure; no rounding; keys are never returned.
 */
import type { ExportPlatform, FollowList, FollowRecord } from './follows.ts';

/** One account's export, both lists merged from however many files. */
export interface FollowSnapshot {
	platform: ExportPlatform;
	followers: FollowRecord[];
	following: FollowRecord[];
}

/** Why a set of lists does not make a snapshot. */
export type SnapshotError = 'no-lists' | 'mixed-platforms' | 'needs-followers' | 'needs-following';

/** A month's follows, `month` as `2026-03`. */
export interface MonthRate {
	month: string;
	followed: number;
	followedBack: number;
	ratePct: number;
}

/**
 * Everything one export tells about reciprocity.
 *
 * Who followed first: an account you follow was **followed first by you** unless it follows you and
 * its date of following you is strictly earlier than your date of following it. A tie (the same
 * timestamp) or a missing date on either side counts as followed first by you. Where the export
 * has no dates in one of the lists (the X archive), the order is unknown and every field that
 * needs it is `undefined`.
 */
export interface FollowStats {
	platform: ExportPlatform;
	followers: number;
	following: number;
	mutual: number;
	/** mutual ÷ following × 100: the share of accounts you follow that follow you; `undefined` when following is 0. */
	mutualShare: number | undefined;
	/** Whether both lists carry dates, so who followed first can be told. */
	hasDates: boolean;
	/** The newest date in the export, taken as the day it was made (ms). */
	asOf: number | undefined;
	/** Accounts you follow that you followed first. */
	followedFirst: number | undefined;
	/** Of those, the ones that follow you now. */
	followedFirstBack: number | undefined;
	/** followedFirstBack ÷ followedFirst × 100. */
	followBackRate: number | undefined;
	/** Followers that followed you first (all followers you do not follow, and the earlier ones you do). */
	followedYouFirst: number | undefined;
	/** Of those, the ones you follow. */
	youFollowedBack: number | undefined;
	/** youFollowedBack ÷ followedYouFirst × 100. */
	youFollowBackRate: number | undefined;
	/** Accounts you followed first within {@link recentDays} days of `asOf`, and of those the ones that follow you. */
	recentFollowed: number | undefined;
	recentFollowedBack: number | undefined;
	recentFollowBackRate: number | undefined;
	/** The last twelve months in which you followed accounts first, oldest first. */
	months: MonthRate[];
}

/** What changed between an older and a newer export of one account. */
export interface SnapshotChange {
	lostFollowers: number;
	newFollowers: number;
	/** Mutual in the older export and still following now, × 100 ÷ mutual then. */
	retention: number | undefined;
	mutualBefore: number;
	/**
	 * The newest date in the current export minus the newest in the older one, in whole days
	 * (the fraction dropped); `undefined` when either export has no dates.
	 */
	daysBetween: number | undefined;
}

export const recentDays = 90;
const dayMs = 86_400_000;

/** Merges the lists read from one account's files into a snapshot. */
export function toSnapshot(
	lists: readonly FollowList[],
): FollowSnapshot | { error: SnapshotError } {
	if (lists.length === 0) return { error: 'no-lists' };
	const platform = lists[0]?.platform;
	if (!platform || lists.some((l) => l.platform !== platform)) return { error: 'mixed-platforms' };
	const followers = lists.filter((l) => l.kind === 'followers');
	const following = lists.filter((l) => l.kind === 'following');
	if (followers.length === 0) return { error: 'needs-followers' };
	if (following.length === 0) return { error: 'needs-following' };
	return {
		platform,
		followers: followers.flatMap((l) => l.records),
		following: following.flatMap((l) => l.records),
	};
}

const pct = (part: number, whole: number) => (whole === 0 ? undefined : (part / whole) * 100);

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** Each key once, with its newest date: a re-follow carries the date of the last follow. */
function newestByKey(records: readonly FollowRecord[]): Map<string, number | undefined> {
	const byKey = new Map<string, number | undefined>();
	for (const r of records) {
		const seen = byKey.get(r.key);
		if (!byKey.has(r.key) || (r.at !== undefined && (seen === undefined || r.at > seen)))
			byKey.set(r.key, r.at);
	}
	return byKey;
}

const anyDated = (byKey: ReadonlyMap<string, number | undefined>) => {
	for (const at of byKey.values()) if (at !== undefined) return true;
	return false;
};

/** Works out the reciprocity numbers of one export. */
export function followStats(snapshot: FollowSnapshot): FollowStats {
	const followers = newestByKey(snapshot.followers);
	const following = newestByKey(snapshot.following);
	let mutual = 0;
	for (const key of following.keys()) if (followers.has(key)) mutual++;

	let asOf: number | undefined;
	for (const at of [...followers.values(), ...following.values()])
		if (at !== undefined && (asOf === undefined || at > asOf)) asOf = at;
	const hasDates = anyDated(followers) && anyDated(following);

	const base = {
		platform: snapshot.platform,
		followers: followers.size,
		following: following.size,
		mutual,
		mutualShare: pct(mutual, following.size),
	};
	if (!hasDates || asOf === undefined)
		return {
			...base,
			hasDates: false,
			asOf: undefined,
			followedFirst: undefined,
			followedFirstBack: undefined,
			followBackRate: undefined,
			followedYouFirst: undefined,
			youFollowedBack: undefined,
			youFollowBackRate: undefined,
			recentFollowed: undefined,
			recentFollowedBack: undefined,
			recentFollowBackRate: undefined,
			months: [],
		};

	const since = asOf - recentDays * dayMs;
	let followedFirst = 0;
	let followedFirstBack = 0;
	let youFollowedBack = 0;
	let recentFollowed = 0;
	let recentFollowedBack = 0;
	const byMonth = new Map<string, { followed: number; followedBack: number }>();
	for (const [key, youAt] of following) {
		const back = followers.has(key);
		const theyAt = followers.get(key);
		if (back && theyAt !== undefined && youAt !== undefined && theyAt < youAt) {
			youFollowedBack++;
			continue;
		}
		followedFirst++;
		if (back) followedFirstBack++;
		if (youAt === undefined) continue;
		if (youAt >= since) {
			recentFollowed++;
			if (back) recentFollowedBack++;
		}
		const month = monthOf(youAt);
		const m = byMonth.get(month) ?? { followed: 0, followedBack: 0 };
		m.followed++;
		if (back) m.followedBack++;
		byMonth.set(month, m);
	}
	const months: MonthRate[] = [];
	for (const [month, m] of [...byMonth].sort(([a], [b]) => a.localeCompare(b)).slice(-12))
		months.push({ month, ...m, ratePct: (m.followedBack / m.followed) * 100 });
	// Every follower you do not follow followed you first; so did the earlier ones you followed back.
	const followedYouFirst = followers.size - mutual + youFollowedBack;

	return {
		...base,
		hasDates: true,
		asOf,
		followedFirst,
		followedFirstBack,
		followBackRate: pct(followedFirstBack, followedFirst),
		followedYouFirst,
		youFollowedBack,
		youFollowBackRate: pct(youFollowedBack, followedYouFirst),
		recentFollowed,
		recentFollowedBack,
		recentFollowBackRate: pct(recentFollowedBack, recentFollowed),
		months,
	};
}

/** Below this many accounts, the 90-day cohort is too small to pass as the calculator's trial. */
export const minRecentFollowed = 30;

/** The trial the follow-back calculator receives: accounts followed first, and those that followed back. */
export interface ReciprocityTrial {
	followed: number;
	followedBack: number;
	/** `recent`: the 90-day cohort; `all`: every account followed first (the cohort was too small). */
	cohort: 'recent' | 'all';
}

/**
 * The trial to pass into the follow-back calculator: the 90-day cohort when it holds at least
 * {@link minRecentFollowed} accounts, otherwise every account followed first; `undefined` without
 * dates (the order of following is unknown) or when no account was followed first.
 */
export function reciprocityTrial(stats: FollowStats): ReciprocityTrial | undefined {
	if (!stats.hasDates) return undefined;
	if (
		stats.recentFollowed !== undefined &&
		stats.recentFollowedBack !== undefined &&
		stats.recentFollowed >= minRecentFollowed
	)
		return {
			followed: stats.recentFollowed,
			followedBack: stats.recentFollowedBack,
			cohort: 'recent',
		};
	if (stats.followedFirst === undefined || stats.followedFirstBack === undefined) return undefined;
	if (stats.followedFirst === 0) return undefined;
	return { followed: stats.followedFirst, followedBack: stats.followedFirstBack, cohort: 'all' };
}

/** Compares an older export with the current one of the same account. */
export function compareSnapshots(older: FollowSnapshot, current: FollowSnapshot): SnapshotChange {
	const nowFollowers = new Set(current.followers.map((r) => r.key));
	const thenFollowers = new Set(older.followers.map((r) => r.key));
	const thenFollowing = new Set(older.following.map((r) => r.key));
	let lostFollowers = 0;
	for (const key of thenFollowers) if (!nowFollowers.has(key)) lostFollowers++;
	let newFollowers = 0;
	for (const key of nowFollowers) if (!thenFollowers.has(key)) newFollowers++;
	let mutualBefore = 0;
	let stayed = 0;
	for (const key of thenFollowing) {
		if (!thenFollowers.has(key)) continue;
		mutualBefore++;
		if (nowFollowers.has(key)) stayed++;
	}
	const newestThen = newest(older);
	const newestNow = newest(current);
	return {
		lostFollowers,
		newFollowers,
		mutualBefore,
		retention: pct(stayed, mutualBefore),
		daysBetween:
			newestThen === undefined || newestNow === undefined
				? undefined
				: Math.trunc((newestNow - newestThen) / dayMs),
	};
}

/** The newest date in either list of a snapshot (ms), or `undefined` when it has none. */
function newest(snapshot: FollowSnapshot): number | undefined {
	let at: number | undefined;
	for (const r of snapshot.followers)
		if (r.at !== undefined && (at === undefined || r.at > at)) at = r.at;
	for (const r of snapshot.following)
		if (r.at !== undefined && (at === undefined || r.at > at)) at = r.at;
	return at;
}

/**
 * The span of days between two exports within which their retention stands for the calculator's
 * “still following after a month”: three to six weeks, a month give or take a week or two.
 */
export const retentionDays = { min: 21, max: 42 } as const;

/** Why the retention between two exports is not passed into the follow-back calculator. */
export type RetentionWithheld =
	'no-dates' | 'older-is-newer' | 'too-close' | 'too-far' | 'no-mutual';

/**
 * The retention to pass into the follow-back calculator's one-month field: only when the exports
 * are {@link retentionDays} apart (both ends included), otherwise the reason it is withheld.
 */
export function retentionForCalculator(
	change: SnapshotChange,
): { retention: number } | { withheld: RetentionWithheld } {
	const days = change.daysBetween;
	if (days === undefined) return { withheld: 'no-dates' };
	if (days < 0) return { withheld: 'older-is-newer' };
	if (days < retentionDays.min) return { withheld: 'too-close' };
	if (days > retentionDays.max) return { withheld: 'too-far' };
	if (change.retention === undefined) return { withheld: 'no-mutual' };
	return { retention: change.retention };
}
