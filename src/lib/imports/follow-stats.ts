/**
 * The numbers a follower export gives: counts, the share of followed accounts that follow back,
 * the same over the last 90 days and by month, and what changed between two exports. Pure; no
 * rounding; keys are never returned.
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

/** Everything one export tells about reciprocity. */
export interface FollowStats {
	platform: ExportPlatform;
	followers: number;
	following: number;
	mutual: number;
	/** mutual ÷ following × 100; `undefined` when following is 0. */
	followBackRate: number | undefined;
	/** mutual ÷ followers × 100; `undefined` when followers is 0. */
	youFollowBackRate: number | undefined;
	hasDates: boolean;
	/** The newest date in the export, taken as the day it was made (ms). */
	asOf: number | undefined;
	recentFollowed: number | undefined;
	recentFollowedBack: number | undefined;
	recentFollowBackRate: number | undefined;
	/** The last twelve months with follows, oldest first. */
	months: MonthRate[];
}

/** What changed between an older and a newer export of one account. */
export interface SnapshotChange {
	lostFollowers: number;
	newFollowers: number;
	/** Mutual in the older export and still following now, × 100 ÷ mutual then. */
	retention: number | undefined;
	mutualBefore: number;
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

/** Works out the reciprocity numbers of one export. */
export function followStats(snapshot: FollowSnapshot): FollowStats {
	const followerKeys = new Set(snapshot.followers.map((r) => r.key));
	const followingKeys = new Set(snapshot.following.map((r) => r.key));
	let mutual = 0;
	for (const key of followingKeys) if (followerKeys.has(key)) mutual++;

	let asOf: number | undefined;
	for (const r of [...snapshot.followers, ...snapshot.following])
		if (r.at !== undefined && (asOf === undefined || r.at > asOf)) asOf = r.at;
	const dated = snapshot.following.filter((r) => r.at !== undefined);
	const hasDates = asOf !== undefined && dated.length > 0;

	let recentFollowed: number | undefined;
	let recentFollowedBack: number | undefined;
	const months: MonthRate[] = [];
	if (hasDates && asOf !== undefined) {
		const since = asOf - recentDays * dayMs;
		const seen = new Set<string>();
		recentFollowed = 0;
		recentFollowedBack = 0;
		const byMonth = new Map<string, { followed: number; followedBack: number }>();
		for (const r of dated) {
			if (seen.has(r.key)) continue;
			seen.add(r.key);
			const back = followerKeys.has(r.key);
			if ((r.at ?? 0) >= since) {
				recentFollowed++;
				if (back) recentFollowedBack++;
			}
			const month = monthOf(r.at ?? 0);
			const m = byMonth.get(month) ?? { followed: 0, followedBack: 0 };
			m.followed++;
			if (back) m.followedBack++;
			byMonth.set(month, m);
		}
		for (const [month, m] of [...byMonth].sort(([a], [b]) => a.localeCompare(b)).slice(-12))
			months.push({ month, ...m, ratePct: (m.followedBack / m.followed) * 100 });
	}

	return {
		platform: snapshot.platform,
		followers: followerKeys.size,
		following: followingKeys.size,
		mutual,
		followBackRate: pct(mutual, followingKeys.size),
		youFollowBackRate: pct(mutual, followerKeys.size),
		hasDates,
		asOf: hasDates ? asOf : undefined,
		recentFollowed,
		recentFollowedBack,
		recentFollowBackRate:
			recentFollowed === undefined || recentFollowedBack === undefined
				? undefined
				: pct(recentFollowedBack, recentFollowed),
		months,
	};
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
	return { lostFollowers, newFollowers, mutualBefore, retention: pct(stayed, mutualBefore) };
}
