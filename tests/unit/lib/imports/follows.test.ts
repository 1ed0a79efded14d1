import { strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
	compareSnapshots,
	followStats,
	minRecentFollowed,
	reciprocityTrial,
	retentionDays,
	retentionForCalculator,
	toSnapshot,
	type FollowSnapshot,
} from '../../../../src/lib/imports/follow-stats.ts';
import {
	followVariants,
	isFollowEntry,
	readFollowFile,
	type FollowList,
} from '../../../../src/lib/imports/follows.ts';
import { redecodeMojibake } from '../../../../src/lib/imports/mojibake.ts';
import {
	badFiles,
	expectedFor,
	instagramConnections,
	instagramExport,
	instagramHtmlExport,
	instagramMojibake,
	tiktokTxt,
	tiktokUserData,
	tiktokUserDataTiktok,
	xArchive,
	type Files,
	type FollowShape,
} from '../../../fixtures/generate.ts';

const shape: FollowShape = {
	followers: 640,
	following: 410,
	mutual: 150,
	recentFollowed: 60,
	recentMutual: 21,
	fansFirst: 40,
};

/** Reads every file of a fixture (skipping the ones the page skips) and merges the lists. */
function readAll(files: Files): FollowList[] {
	return Object.entries(files)
		.filter(([path]) => isFollowEntry(path))
		.flatMap(([path, content]) => {
			const read = readFollowFile(typeof content === 'string' ? strToU8(content) : content, path);
			if ('error' in read) throw new Error(read.error);
			return read.lists;
		});
}

function statsOf(files: Files) {
	const snapshot = toSnapshot(readAll(files));
	if ('error' in snapshot) throw new Error(snapshot.error);
	return followStats(snapshot);
}

describe('readFollowFile(): every known variant, from generated fixtures', () => {
	const cases = [
		{
			variant: 'instagram-followers-array',
			files: instagramExport(shape, { perFile: 200 }),
			dated: true,
		},
		{
			variant: 'instagram-followers-object',
			files: instagramExport(shape, { followersShape: 'object' }),
			dated: true,
		},
		{ variant: 'instagram-following-value', files: instagramExport(shape), dated: true },
		{
			variant: 'instagram-following-title',
			files: instagramExport(shape, { following: 'title' }),
			dated: true,
		},
		{ variant: 'x-follower-js', files: xArchive(shape), dated: false },
		{ variant: 'x-following-js', files: xArchive(shape), dated: false },
		{ variant: 'tiktok-user-data', files: tiktokUserData(shape), dated: true },
		{ variant: 'tiktok-your-activity', files: tiktokUserDataTiktok(shape), dated: true },
		{
			variant: 'tiktok-profile-and-settings',
			files: tiktokUserDataTiktok(shape, 'Profile And Settings'),
			dated: true,
		},
		{ variant: 'instagram-connections', files: instagramConnections(shape), dated: true },
		// HTML: the current template, English dates, local time 7 h east of UTC.
		{ variant: 'instagram-html-followers', files: instagramHtmlExport(shape), dated: true },
		// Portuguese dates (“da tarde/noite”), 3 h west of UTC, followers split every 200.
		{
			variant: 'instagram-html-following',
			files: instagramHtmlExport(shape, { locale: 'pt', offsetMinutes: -180, perFile: 200 }),
			dated: true,
		},
		{ variant: 'tiktok-txt', files: tiktokTxt(shape), dated: true },
	] as const;

	test('the table of variants and the cases cover each other', () => {
		expect(new Set(cases.map((c) => c.variant))).toEqual(new Set(followVariants.map((v) => v.id)));
	});

	test.each(cases)(
		'$variant gives the counts and rates the fixture was built with',
		({ variant, files, dated }) => {
			expect(readAll(files).map((l) => l.variant)).toContain(variant);
			const stats = statsOf(files);
			const expected = expectedFor(shape, dated);
			expect(stats.followers).toBe(expected.followers);
			expect(stats.following).toBe(expected.following);
			expect(stats.mutual).toBe(expected.mutual);
			expect(stats.mutualShare).toBeCloseTo(expected.mutualShare, 10);
			if (dated) {
				expect(stats.followedFirst).toBe(expected.followedFirst);
				expect(stats.followedFirstBack).toBe(expected.followedFirstBack);
				expect(stats.followBackRate).toBeCloseTo(expected.followBackRate, 10);
				expect(stats.youFollowBackRate).toBeCloseTo(expected.youFollowBackRate, 10);
				expect(stats.recentFollowed).toBe(expected.recentFollowed);
				expect(stats.recentFollowedBack).toBe(expected.recentFollowedBack);
				expect(stats.recentFollowBackRate).toBeCloseTo(expected.recentFollowBackRate, 10);
				expect(stats.months.length).toBeGreaterThan(1);
				expect(stats.months.reduce((s, m) => s + m.followed, 0)).toBeLessThanOrEqual(
					shape.following,
				);
			} else {
				expect(stats.hasDates).toBe(false);
				expect(stats.followedFirst).toBeUndefined();
				expect(stats.followBackRate).toBeUndefined();
				expect(stats.youFollowBackRate).toBeUndefined();
				expect(stats.recentFollowed).toBeUndefined();
				expect(stats.months).toEqual([]);
			}
		},
	);

	test('the HTML and TXT exports give the same accounts and dates as the JSON exports', () => {
		const byKey = (lists: FollowList[]) =>
			lists.flatMap((l) => l.records.map((r) => `${l.kind} ${r.key} ${String(r.at)}`)).sort();
		const json = byKey(readAll(instagramExport(shape)));
		expect(byKey(readAll(instagramHtmlExport(shape)))).toEqual(json);
		expect(
			byKey(readAll(instagramHtmlExport(shape, { locale: 'pt', offsetMinutes: 330 }))),
		).toEqual(json);
		expect(byKey(readAll(tiktokTxt(shape, { legacy: true, eol: '\r\n' })))).toEqual(
			byKey(readAll(tiktokUserData(shape))),
		);
	});

	test('an HTML page or a TXT file is read as the list its name says', () => {
		const html = instagramHtmlExport(shape);
		const followers = strToU8(
			html['connections/followers_and_following/followers_1.html'] as string,
		);
		const following = strToU8(html['connections/followers_and_following/following.html'] as string);
		const kinds = (r: ReturnType<typeof readFollowFile>) =>
			'error' in r ? r.error : r.lists.map((l) => `${l.kind} ${l.variant}`);
		expect(kinds(readFollowFile(followers, 'followers_1.html'))).toEqual([
			'followers instagram-html-followers',
		]);
		expect(kinds(readFollowFile(followers, 'followers_1 (1).html'))).toEqual([
			'followers instagram-html-followers',
		]);
		// Without a name, the username headings tell following.html.
		expect(kinds(readFollowFile(following))).toEqual(['following instagram-html-following']);
		expect(kinds(readFollowFile(followers))).toEqual(['followers instagram-html-followers']);
		// Another page of the export with the same blocks is not a list.
		expect(kinds(readFollowFile(followers, 'pending_follow_requests.html'))).toBe('instagram-html');
		const txt = tiktokTxt(shape);
		const fans = strToU8(txt['Profile and Settings/Follower.txt'] as string);
		expect(kinds(readFollowFile(fans, 'Profile and Settings/Follower.txt'))).toEqual([
			'followers tiktok-txt',
		]);
		expect(kinds(readFollowFile(fans, 'Following List.txt'))).toEqual(['following tiktok-txt']);
		// Without a name a TXT list cannot be told: the reader is told how to request JSON.
		expect(kinds(readFollowFile(fans))).toBe('tiktok-txt');
		expect(kinds(readFollowFile(fans, 'Comments.txt'))).toBe('tiktok-txt');
	});

	test('splits Instagram followers over followers_1.json, followers_2.json, …', () => {
		const files = instagramExport(shape, { perFile: 200 });
		expect(Object.keys(files).filter((p) => /followers_\d/.test(p))).toHaveLength(4);
		expect(statsOf(files).followers).toBe(shape.followers);
	});
});

describe('isFollowEntry(): which archive entries are opened', () => {
	test.each([
		['connections/followers_and_following/followers_1.json', true],
		['connections\\followers_and_following\\following.json', true], // re-packed on Windows
		['connections.json', true],
		['TikTok/user_data_tiktok.json', true],
		['your_instagram_activity/threads/followers.json', false], // Threads' own lists
		['your_instagram_activity\\threads\\following.json', false],
		['__MACOSX/connections/followers_and_following/._followers_1.json', false],
		['connections/followers_and_following/._following.json', false],
		['your_instagram_activity/likes/liked_posts.json', false],
		['connections/followers_and_following/followers_2.html', true],
		['connections/followers_and_following/following.html', true],
		['connections/followers_and_following/pending_follow_requests.html', false],
		['your_instagram_activity/threads/followers.html', false],
		['start_here.html', false],
		['TikTok_Data/Profile and Settings/Follower.txt', true],
		['Activity\\Following List.txt', true],
		['Your Activity/Watch History.txt', false],
	])('%s → %s', (path, expected) => {
		expect(isFollowEntry(path)).toBe(expected);
	});
});

describe('mojibake', () => {
	test('re-decodes UTF-8 bytes escaped as code points, and leaves other text alone', () => {
		expect(redecodeMojibake('josÃ©')).toBe('josé');
		expect(redecodeMojibake('Ä\u0091á»©c')).toBe('đức');
		expect(redecodeMojibake('josé')).toBe('josé'); // é alone is not valid UTF-8: kept
		expect(redecodeMojibake('akun_1')).toBe('akun_1');
		expect(redecodeMojibake('日本')).toBe('日本');
	});

	test('matches mojibake followers with plainly written following', () => {
		const { files, mutual } = instagramMojibake();
		expect(statsOf(files).mutual).toBe(mutual);
	});
});

describe('bad files', () => {
	test.each(badFiles().filter((b) => !b.name.endsWith('.zip')))(
		'$name → $code',
		({ bytes, code }) => {
			expect(readFollowFile(bytes)).toEqual({ error: code });
		},
	);

	test('a JSON array that is not a list of accounts is not an export', () => {
		expect(readFollowFile(strToU8('[1,2,3]'))).toEqual({ error: 'not-an-export' });
		expect(readFollowFile(strToU8('[]'))).toEqual({ error: 'not-an-export' });
		expect(readFollowFile(strToU8('"followers"'))).toEqual({ error: 'not-an-export' });
	});
});

describe('snapshots', () => {
	const lists = readAll(instagramExport(shape));
	test('toSnapshot() needs both lists of one platform', () => {
		expect(toSnapshot([])).toEqual({ error: 'no-lists' });
		expect(toSnapshot(lists.filter((l) => l.kind === 'followers'))).toEqual({
			error: 'needs-following',
		});
		expect(toSnapshot(lists.filter((l) => l.kind === 'following'))).toEqual({
			error: 'needs-followers',
		});
		expect(toSnapshot([...lists, ...readAll(xArchive(shape))])).toEqual({
			error: 'mixed-platforms',
		});
	});

	test('compareSnapshots() counts lost and new followers and the mutuals who stayed', () => {
		const older = {
			platform: 'x' as const,
			followers: ['a', 'b', 'c', 'd'].map((key) => ({ key })),
			following: ['a', 'b', 'c', 'z'].map((key) => ({ key })),
		};
		const current = {
			platform: 'x' as const,
			followers: ['a', 'd', 'e'].map((key) => ({ key })),
			following: [],
		};
		// mutual then: a, b, c; still following now: a → 1 of 3.
		expect(compareSnapshots(older, current)).toEqual({
			lostFollowers: 2,
			newFollowers: 1,
			mutualBefore: 3,
			retention: (1 / 3) * 100,
			daysBetween: undefined, // the X archive has no dates
		});
		expect(compareSnapshots(current, current).retention).toBeUndefined();
	});

	test('rates over an empty list are undefined, never NaN or Infinity', () => {
		const stats = followStats({ platform: 'x', followers: [], following: [] });
		expect(stats.mutualShare).toBeUndefined();
		expect(stats.followBackRate).toBeUndefined();
		expect(stats.youFollowBackRate).toBeUndefined();
		const dated = followStats({
			platform: 'instagram',
			followers: [{ key: 'a', at: day }],
			following: [{ key: 'a', at: 2 * day }],
		});
		// a followed first; nobody was followed first by you.
		expect(dated.followedFirst).toBe(0);
		expect(dated.followBackRate).toBeUndefined();
		expect(dated.youFollowBackRate).toBe(100);
	});
});

const day = 86_400_000;
const t0 = Date.UTC(2026, 5, 1);
/** `n` accounts named `prefix_i`, each dated `at(i)` (or undated). */
const many = (prefix: string, n: number, at: (i: number) => number | undefined) =>
	Array.from({ length: n }, (_, i) => ({ key: `${prefix}_${String(i)}`, at: at(i) }));

describe('followStats(): who followed first', () => {
	// The worked example: 300 fans followed first and were followed back; 200 strangers
	// were followed, 30 of whom followed back; nobody else follows the account.
	const fans = many('fan', 300, () => t0);
	const strangers = many('stranger', 200, () => t0 + 10 * day);
	const example: FollowSnapshot = {
		platform: 'instagram',
		followers: [...fans, ...many('stranger', 30, () => t0 + 11 * day)],
		following: [...fans.map((f) => ({ key: f.key, at: t0 + day })), ...strangers],
	};

	const cases: {
		name: string;
		snapshot: FollowSnapshot;
		expected: Partial<ReturnType<typeof followStats>>;
	}[] = [
		{
			name: 'worked example (issue 19): 66 % mutual share, 15 % follow-back, 100 % you follow back',
			snapshot: example,
			expected: {
				followers: 330,
				following: 500,
				mutual: 330,
				mutualShare: 66, // 330 ÷ 500
				followedFirst: 200,
				followedFirstBack: 30,
				followBackRate: 15, // 30 ÷ 200
				followedYouFirst: 300,
				youFollowedBack: 300,
				youFollowBackRate: 100, // 300 ÷ 300
			},
		},
		{
			name: 'a tie (the same timestamp in both lists) counts as followed first by you',
			snapshot: {
				platform: 'tiktok',
				followers: [
					{ key: 'a', at: t0 },
					{ key: 'b', at: t0 - 1000 },
				],
				following: [
					{ key: 'a', at: t0 },
					{ key: 'b', at: t0 },
					{ key: 'c', at: t0 },
				],
			},
			expected: {
				followedFirst: 2, // a (tie) and c; b followed one second earlier
				followedFirstBack: 1,
				followBackRate: 50,
				followedYouFirst: 1,
				youFollowedBack: 1,
				youFollowBackRate: 100,
			},
		},
		{
			name: 'a missing date on either side counts as followed first by you',
			snapshot: {
				platform: 'instagram',
				followers: [
					{ key: 'a' },
					{ key: 'b', at: t0 - day },
					{ key: 'c', at: t0 - day },
					{ key: 'd', at: t0 },
				],
				following: [{ key: 'a', at: t0 }, { key: 'b' }, { key: 'c', at: t0 }],
			},
			expected: {
				mutualShare: 100,
				followedFirst: 2, // a (their date missing), b (your date missing); c followed first
				followedFirstBack: 2,
				followBackRate: 100,
				followedYouFirst: 2, // c, and d whom you do not follow
				youFollowedBack: 1,
				youFollowBackRate: 50,
				recentFollowed: 1, // b has no date, so it cannot be placed in the 90 days
				recentFollowedBack: 1,
			},
		},
		{
			name: 'a re-follow (the key twice) counts once, with its newest date',
			snapshot: {
				platform: 'instagram',
				followers: [{ key: 'a', at: t0 }],
				following: [
					{ key: 'a', at: t0 - day },
					{ key: 'a', at: t0 + day },
				],
			},
			expected: {
				following: 1,
				followedFirst: 0,
				followedYouFirst: 1,
				youFollowedBack: 1,
			},
		},
		{
			name: 'without dates in one list, the order is unknown: mutual share only',
			snapshot: {
				platform: 'instagram',
				followers: [{ key: 'a' }, { key: 'b' }],
				following: [{ key: 'a', at: t0 }],
			},
			expected: {
				mutualShare: 100,
				hasDates: false,
				followedFirst: undefined,
				followBackRate: undefined,
				youFollowBackRate: undefined,
				recentFollowed: undefined,
			},
		},
		{
			name: 'the 90-day cohort holds only accounts you followed first, counted back from the newest date',
			snapshot: {
				platform: 'tiktok',
				followers: [
					{ key: 'new1', at: t0 - 60 * day }, // followed you first: not in the cohort
					{ key: 'new2', at: t0 }, // the newest date in the export
				],
				following: [
					{ key: 'new1', at: t0 - 50 * day },
					{ key: 'new2', at: t0 - 90 * day }, // exactly 90 days: in
					{ key: 'new3', at: t0 - 10 * day },
					{ key: 'old', at: t0 - 90 * day - 1 }, // one millisecond earlier: out
				],
			},
			expected: {
				asOf: t0,
				followedFirst: 3,
				recentFollowed: 2,
				recentFollowedBack: 1,
				recentFollowBackRate: 50,
			},
		},
	];

	test.each(cases)('$name', ({ snapshot, expected }) => {
		expect(followStats(snapshot)).toMatchObject(expected);
	});

	test('the months chart counts only accounts you followed first', () => {
		const stats = followStats(example);
		expect(stats.months.reduce((s, m) => s + m.followed, 0)).toBe(200);
		expect(stats.months.reduce((s, m) => s + m.followedBack, 0)).toBe(30);
	});
});

describe('reciprocityTrial(): what the follow-back calculator receives', () => {
	const at = (daysAgo: number) => t0 - daysAgo * day;
	/** `recent` accounts followed 10 days ago (`back` of them follow you), and 100 older ones (20 back). */
	const snapshot = (recent: number, back: number): FollowSnapshot => ({
		platform: 'instagram',
		followers: [
			{ key: 'newest', at: t0 },
			...many('r', back, () => at(5)),
			...many('o', 20, () => at(150)),
		],
		following: [...many('r', recent, () => at(10)), ...many('o', 100, () => at(200))],
	});

	test.each([
		// At the threshold the 90-day cohort is passed.
		[minRecentFollowed, 6, { followed: minRecentFollowed, followedBack: 6, cohort: 'recent' }],
		[45, 9, { followed: 45, followedBack: 9, cohort: 'recent' }],
		// One fewer: every account followed first (29 + 100 older), with its follow-backs (5 + 20).
		[
			minRecentFollowed - 1,
			5,
			{ followed: minRecentFollowed - 1 + 100, followedBack: 25, cohort: 'all' },
		],
	])('%i recent follows, %i back → %o', (recent, back, expected) => {
		expect(reciprocityTrial(followStats(snapshot(recent, back)))).toEqual(expected);
	});

	test('no trial without dates, or when no account was followed first', () => {
		expect(
			reciprocityTrial(
				followStats({ platform: 'x', followers: [{ key: 'a' }], following: [{ key: 'a' }] }),
			),
		).toBeUndefined();
		expect(
			reciprocityTrial(
				followStats({
					platform: 'instagram',
					followers: [{ key: 'a', at: t0 }],
					following: [{ key: 'a', at: t0 + day }],
				}),
			),
		).toBeUndefined();
	});
});

describe('two exports: days between them, and when retention reaches the calculator', () => {
	/** An older export with one mutual account, and a current one made `gap` ms later. */
	const pair = (gap: number, stillFollowing = true) => {
		const older: FollowSnapshot = {
			platform: 'instagram',
			followers: [{ key: 'a', at: t0 - 5 * day }],
			following: [
				{ key: 'a', at: t0 - 9 * day },
				{ key: 'b', at: t0 }, // the newest date of the older export
			],
		};
		const current: FollowSnapshot = {
			platform: 'instagram',
			followers: stillFollowing ? [{ key: 'a', at: t0 - 5 * day }] : [],
			following: [{ key: 'c', at: t0 + gap }],
		};
		return compareSnapshots(older, current);
	};

	test.each([
		// [gap, daysBetween, what the calculator receives]
		[30 * day, 30, { retention: 100 }],
		[21 * day, retentionDays.min, { retention: 100 }], // three weeks: passed
		[21 * day - 1, 20, { withheld: 'too-close' }], // a millisecond short: 20 whole days
		[0, 0, { withheld: 'too-close' }],
		[42 * day + day - 1, retentionDays.max, { retention: 100 }], // six weeks and 23:59:59.999
		[43 * day, 43, { withheld: 'too-far' }],
		[-2 * day, -2, { withheld: 'older-is-newer' }],
	] as const)('%i ms apart → %i days → %o', (gap, days, expected) => {
		const change = pair(gap);
		expect(change.daysBetween).toBe(days);
		expect(retentionForCalculator(change)).toEqual(expected);
	});

	test('retention 0 % is passed; no mutual account then, or no dates, is withheld', () => {
		expect(retentionForCalculator(pair(30 * day, false))).toEqual({ retention: 0 });
		const noMutual = compareSnapshots(
			{ platform: 'tiktok', followers: [], following: [{ key: 'a', at: t0 }] },
			{ platform: 'tiktok', followers: [], following: [{ key: 'a', at: t0 + 30 * day }] },
		);
		expect(noMutual.daysBetween).toBe(30);
		expect(retentionForCalculator(noMutual)).toEqual({ withheld: 'no-mutual' });
		const undated = compareSnapshots(
			{ platform: 'x', followers: [{ key: 'a' }], following: [{ key: 'a' }] },
			{ platform: 'x', followers: [{ key: 'a' }], following: [] },
		);
		expect(undated.retention).toBe(100);
		expect(retentionForCalculator(undated)).toEqual({ withheld: 'no-dates' });
	});
});
