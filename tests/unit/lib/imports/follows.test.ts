import { strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
	compareSnapshots,
	followStats,
	toSnapshot,
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
	instagramExport,
	instagramMojibake,
	tiktokUserData,
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
};

/** Reads every file of a fixture (skipping the ones the page skips) and merges the lists. */
function readAll(files: Files): FollowList[] {
	return Object.entries(files)
		.filter(([path]) => isFollowEntry(path))
		.flatMap(([, content]) => {
			const read = readFollowFile(typeof content === 'string' ? strToU8(content) : content);
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
			expect(stats.followBackRate).toBeCloseTo(expected.followBackRate, 10);
			expect(stats.youFollowBackRate).toBeCloseTo(expected.youFollowBackRate, 10);
			if (dated) {
				expect(stats.recentFollowed).toBe(expected.recentFollowed);
				expect(stats.recentFollowedBack).toBe(expected.recentFollowedBack);
				expect(stats.recentFollowBackRate).toBeCloseTo(expected.recentFollowBackRate, 10);
				expect(stats.months.length).toBeGreaterThan(1);
				expect(stats.months.reduce((s, m) => s + m.followed, 0)).toBeLessThanOrEqual(
					shape.following,
				);
			} else {
				expect(stats.hasDates).toBe(false);
				expect(stats.recentFollowed).toBeUndefined();
				expect(stats.months).toEqual([]);
			}
		},
	);

	test('splits Instagram followers over followers_1.json, followers_2.json, …', () => {
		const files = instagramExport(shape, { perFile: 200 });
		expect(Object.keys(files).filter((p) => /followers_\d/.test(p))).toHaveLength(4);
		expect(statsOf(files).followers).toBe(shape.followers);
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
		});
		expect(compareSnapshots(current, current).retention).toBeUndefined();
	});

	test('rates over an empty list are undefined, never NaN or Infinity', () => {
		const stats = followStats({ platform: 'x', followers: [], following: [] });
		expect(stats.followBackRate).toBeUndefined();
		expect(stats.youFollowBackRate).toBeUndefined();
	});
});
