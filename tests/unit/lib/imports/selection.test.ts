import { strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readChosenFile } from '../../../../src/lib/imports/chosen-file.ts';
import {
	addFiles,
	checkSlot,
	clearSlot,
	emptyChoice,
	keepOnly,
	moveFiles,
	removeFile,
	summariseRead,
	type FileRead,
} from '../../../../src/lib/imports/selection.ts';
import { bytesSource } from '../../../../src/lib/imports/zip.ts';
import {
	badFiles,
	fixtureNow,
	instagramExport,
	tiktokUserData,
	xArchive,
	zipOf,
	type Files,
} from '../../../fixtures/generate.ts';

const f = (name: string) => ({ name });

describe('the chosen-file list', () => {
	test('adds up across picks: following.json after followers_1.json keeps both', () => {
		let choice = emptyChoice<{ name: string }>();
		choice = addFiles(choice, 'current', [f('followers_1.json')]);
		choice = addFiles(choice, 'current', [f('following.json')]);
		expect(choice.current.map((c) => [c.id, c.name])).toEqual([
			[1, 'followers_1.json'],
			[2, 'following.json'],
		]);
		expect(choice.older).toEqual([]);
	});

	test('ids stay unique across both fields', () => {
		let choice = addFiles(emptyChoice<{ name: string }>(), 'current', [f('a'), f('b')]);
		choice = addFiles(choice, 'older', [f('c')]);
		expect([...choice.current, ...choice.older].map((c) => c.id)).toEqual([1, 2, 3]);
	});

	test('removes one, clears a field, keeps one of a group, moves one into the other field', () => {
		let choice = addFiles(emptyChoice<{ name: string }>(), 'current', [f('a'), f('b'), f('c')]);
		choice = addFiles(choice, 'older', [f('d')]);
		expect(removeFile(choice, 2).current.map((c) => c.name)).toEqual(['a', 'c']);
		expect(clearSlot(choice, 'current').current).toEqual([]);
		expect(clearSlot(choice, 'current').older.map((c) => c.name)).toEqual(['d']);
		expect(keepOnly(choice, [3], [1, 3]).current.map((c) => c.name)).toEqual(['b', 'c']);
		expect(keepOnly(choice, [1, 2], [1, 2, 3]).current.map((c) => c.name)).toEqual(['a', 'b']);
		const moved = moveFiles(choice, [3, 1], 'older');
		expect(moved.current.map((c) => c.name)).toEqual(['b']);
		expect(moved.older.map((c) => [c.id, c.name])).toEqual([
			[4, 'd'],
			[1, 'a'],
			[3, 'c'],
		]);
		// An id not in the source field changes nothing.
		expect(moveFiles(choice, [4], 'older')).toBe(choice);
	});
});

const list = (
	entries: string[],
	lists: Extract<FileRead, { kind: 'lists' }>['lists'],
	options: { platform?: 'instagram' | 'x' | 'tiktok'; newest?: number; archive?: boolean } = {},
): FileRead => ({
	kind: 'lists',
	platform: options.platform ?? 'instagram',
	lists,
	newest: options.newest,
	archive: options.archive ?? false,
	entries,
});
const files = (...reads: [string, FileRead | undefined][]) =>
	reads.map(([name, read], i) => ({ id: i + 1, name, read }));

describe('checkSlot()', () => {
	test.each([
		{
			why: 'a numbered part, with the highest part chosen',
			input: files(
				['followers_1.json', list(['followers_1.json'], ['followers'])],
				['followers_2.json', list(['followers_2.json'], ['followers'])],
				['followers_3.json', list(['followers_3.json'], ['followers'])],
				['following.json', list(['following.json'], ['following'])],
			),
			roles: [
				{ kind: 'list', platform: 'instagram', lists: 'followers', part: { n: 1, of: 3 } },
				{ kind: 'list', platform: 'instagram', lists: 'followers', part: { n: 2, of: 3 } },
				{ kind: 'list', platform: 'instagram', lists: 'followers', part: { n: 3, of: 3 } },
				{ kind: 'list', platform: 'instagram', lists: 'following' },
			],
			use: [1, 2, 3, 4],
		},
		{
			why: 'a TikTok file holds both lists; an X file one; a settings file is not needed',
			input: files(
				[
					'user_data.json',
					list(['user_data.json'], ['followers', 'following'], { platform: 'tiktok' }),
				],
				['config.json', { kind: 'error', error: 'not-an-export', file: 'config.json' }],
			),
			roles: [{ kind: 'list', platform: 'tiktok', lists: 'both' }, { kind: 'not-needed' }],
			use: [1],
		},
		{
			why: 'beside HTML or TXT lists, the export’s other pages and files are not needed',
			input: files(
				['followers_1.html', list(['followers_1.html'], ['followers'])],
				['following.html', list(['following.html'], ['following'])],
				['liked_posts.html', { kind: 'error', error: 'instagram-html', file: 'liked_posts.html' }],
				['Watch History.txt', { kind: 'error', error: 'tiktok-txt', file: 'Watch History.txt' }],
			),
			roles: [
				{ kind: 'list', platform: 'instagram', lists: 'followers' },
				{ kind: 'list', platform: 'instagram', lists: 'following' },
				{ kind: 'not-needed' },
				{ kind: 'not-needed' },
			],
			use: [1, 2],
		},
		{
			why: 'a damaged file is unreadable, and named in a problem',
			input: files(
				['follower.js', list(['follower.js'], ['followers'], { platform: 'x' })],
				['following.js', { kind: 'error', error: 'truncated', file: 'following.js' }],
			),
			roles: [
				{ kind: 'list', platform: 'x', lists: 'followers' },
				{ kind: 'unreadable', error: 'truncated' },
			],
			use: [1],
			problems: [{ error: 'truncated', file: 'following.js' }],
		},
		{
			why: 'a file still being read holds the merge back',
			input: files(
				['followers_1.json', list(['followers_1.json'], ['followers'])],
				['following.json', undefined],
			),
			roles: [
				{ kind: 'list', platform: 'instagram', lists: 'followers', part: { n: 1, of: 1 } },
				{ kind: 'reading' },
			],
			use: [],
		},
	])('roles: $why', ({ input, roles, use, problems }) => {
		const check = checkSlot(input);
		expect(check.roles.map((r) => r.role)).toMatchObject(roles);
		expect(check.use).toEqual(use);
		expect(check.issues).toEqual([]);
		expect(check.problems).toEqual(problems ?? []);
	});

	test.each([
		{
			why: 'two following.json',
			input: files(
				['followers_1.json', list(['followers_1.json'], ['followers'])],
				['following.json', list(['following.json'], ['following'], { newest: 5 })],
				['following (1).json', list(['following (1).json'], ['following'], { newest: 9 })],
			),
			sets: [
				{ ids: [2], newest: 5 },
				{ ids: [3], newest: 9 },
			],
			older: 0,
		},
		{
			why: 'two exports of different dates (ZIPs)',
			input: files(
				[
					'ig-2026.zip',
					list(['a/followers_1.json', 'a/following.json'], ['followers', 'following'], {
						newest: 20,
						archive: true,
					}),
				],
				[
					'ig-2025.zip',
					list(['a/followers_1.json', 'a/following.json'], ['followers', 'following'], {
						newest: 10,
						archive: true,
					}),
				],
			),
			sets: [
				{ ids: [1], newest: 20 },
				{ ids: [2], newest: 10 },
			],
			older: 1,
		},
		{
			why: 'two X archives without dates: no older one can be named',
			input: files(
				[
					'x-1.zip',
					list(['data/follower.js', 'data/following.js'], ['followers', 'following'], {
						platform: 'x',
						archive: true,
					}),
				],
				[
					'x-2.zip',
					list(['data/follower.js', 'data/following.js'], ['followers', 'following'], {
						platform: 'x',
						archive: true,
					}),
				],
			),
			sets: [
				{ ids: [1], newest: undefined },
				{ ids: [2], newest: undefined },
			],
			older: undefined,
		},
		{
			why: 'the same date twice: no older one',
			input: files(
				[
					'user_data.json',
					list(['user_data.json'], ['followers', 'following'], { platform: 'tiktok', newest: 7 }),
				],
				[
					'user_data (1).json',
					list(['user_data (1).json'], ['followers', 'following'], {
						platform: 'tiktok',
						newest: 7,
					}),
				],
			),
			sets: [
				{ ids: [1], newest: 7 },
				{ ids: [2], newest: 7 },
			],
			older: undefined,
		},
		{
			why: 'an archive and a loose part of it',
			input: files(
				[
					'ig.zip',
					list(['a/followers_1.json', 'a/following.json'], ['followers', 'following'], {
						archive: true,
					}),
				],
				['followers_1.json', list(['followers_1.json'], ['followers'])],
			),
			sets: [
				{ ids: [1], newest: undefined },
				{ ids: [2], newest: undefined },
			],
			older: undefined,
		},
		{
			why: 'the same numbered part twice',
			input: files(
				['followers_1.json', list(['followers_1.json'], ['followers'])],
				['followers_2.json', list(['followers_2.json'], ['followers'])],
				['followers_1 (1).json', list(['x/followers_1.json'], ['followers'])],
			),
			sets: [
				{ ids: [1], newest: undefined },
				{ ids: [3], newest: undefined },
			],
			older: undefined,
		},
		{
			why: 'loose files of one export and an archive of another: two exports, the archive older',
			input: files(
				['followers_1.json', list(['followers_1.json'], ['followers'], { newest: 30 })],
				['followers_2.json', list(['followers_2.json'], ['followers'], { newest: 28 })],
				['following.json', list(['following.json'], ['following'], { newest: 25 })],
				[
					'lama.zip',
					list(['b/followers_1.json', 'b/following.json'], ['followers', 'following'], {
						newest: 10,
						archive: true,
					}),
				],
			),
			sets: [
				{ ids: [1, 2, 3], newest: 30 },
				{ ids: [4], newest: 10 },
			],
			older: 1,
		},
		{
			why: 'a loose part, an archive, a loose list: the loose files make one export',
			input: files(
				['followers_1.json', list(['followers_1.json'], ['followers'])],
				[
					'ig.zip',
					list(['a/followers_1.json', 'a/following.json'], ['followers', 'following'], {
						archive: true,
					}),
				],
				['following.json', list(['following.json'], ['following'])],
			),
			sets: [
				{ ids: [1, 3], newest: undefined },
				{ ids: [2], newest: undefined },
			],
			older: undefined,
		},
	])('two files with the same role are not merged: $why', ({ input, sets, older }) => {
		const check = checkSlot(input);
		expect(check.issues).toEqual([{ code: 'duplicate', sets, older }]);
		expect(check.use).toEqual([]);
	});

	test('different numbered parts and an X archive’s follower parts are not duplicates', () => {
		const parts = checkSlot(
			files(
				['follower.js', list(['follower.js'], ['followers'], { platform: 'x' })],
				['follower-part1.js', list(['follower-part1.js'], ['followers'], { platform: 'x' })],
				['following.js', list(['following.js'], ['following'], { platform: 'x' })],
			),
		);
		expect(parts.issues).toEqual([]);
		expect(parts.use).toEqual([1, 2, 3]);
	});

	test.each([
		{ names: ['followers_1.json', 'followers_3.json'], missing: ['followers_2.json'] },
		{
			names: ['followers_4.json'],
			missing: ['followers_1.json', 'followers_2.json', 'followers_3.json'],
		},
		{ names: ['followers_1.html', 'followers_3.html'], missing: ['followers_2.html'] },
		{ names: ['followers_2.json', 'followers_1.json'], missing: [] },
	])('a gap in the numbered parts is named: $names', ({ names, missing }) => {
		const check = checkSlot(
			files(...names.map((n): [string, FileRead] => [n, list([n], ['followers'])])),
		);
		expect(check.issues).toEqual(missing.length > 0 ? [{ code: 'gap', missing }] : []);
		expect(check.use.length).toBe(missing.length > 0 ? 0 : names.length);
	});

	test('a gap inside an archive is named too', () => {
		const check = checkSlot(
			files([
				'ig.zip',
				list(
					['c/followers_1.json', 'c/followers_3.json', 'c/following.json'],
					['followers', 'following'],
					{ archive: true },
				),
			]),
		);
		expect(check.issues).toEqual([{ code: 'gap', missing: ['followers_2.json'] }]);
	});

	test.each([
		{
			why: 'one file not needed: its own code',
			input: files(['config.json', { kind: 'error', error: 'not-an-export', file: 'config.json' }]),
			problems: [{ error: 'not-an-export', file: 'config.json' }],
		},
		{
			why: 'several not needed: every file looked at',
			input: files(
				['followers.json', { kind: 'error', error: 'not-an-export', file: 'followers.json' }],
				['lain.zip', { kind: 'error', error: 'zip-no-export', file: 'lain.zip' }],
			),
			problems: [{ error: 'no-list-found', file: 'followers.json, lain.zip' }],
		},
		{
			why: 'one TXT file that is no list: its own code, which says how to request JSON',
			input: files([
				'Watch History.txt',
				{ kind: 'error', error: 'tiktok-txt', file: 'Watch History.txt' },
			]),
			problems: [{ error: 'tiktok-txt', file: 'Watch History.txt' }],
		},
		{
			why: 'no file: nothing to say',
			input: [],
			problems: [],
		},
	])('when no file holds a list: $why', ({ input, problems }) => {
		expect(checkSlot(input).problems).toEqual(problems);
	});
});

describe('summariseRead()', () => {
	test('takes the newest date, the kinds once each, and `/` paths', () => {
		const read = summariseRead('ig.zip', ['a\\followers_1.json'], {
			lists: [
				{ platform: 'instagram', kind: 'followers', records: [{ at: 5 }, { at: 9 }, {}] },
				{ platform: 'instagram', kind: 'followers', records: [{ at: 7 }] },
			],
		});
		expect(read).toEqual({
			kind: 'lists',
			platform: 'instagram',
			lists: ['followers'],
			newest: 9,
			archive: true,
			entries: ['a/followers_1.json'],
		});
		expect(summariseRead('x.js', undefined, { lists: [] })).toEqual({
			kind: 'error',
			error: 'no-list-found',
			file: 'x.js',
		});
	});
});

/** Loose files as the page receives them: the last path segment as the name. */
const loose = (all: Files) =>
	Object.entries(all).map(([path, content]) => ({
		name: path.split('/').pop() ?? path,
		source: bytesSource(typeof content === 'string' ? strToU8(content) : content),
	}));

describe('readChosenFile() with generated exports', () => {
	const shape = { followers: 120, following: 80, mutual: 30, recentFollowed: 20, recentMutual: 5 };

	test('one pick at a time gives each file its role, and the three parts add up', async () => {
		const chosen = loose(instagramExport(shape, { perFile: 50 }));
		const reads = await Promise.all(chosen.map((c) => readChosenFile(c)));
		const check = checkSlot(
			reads.map((r, i) => ({ id: i + 1, name: chosen[i]?.name ?? '', read: r.read })),
		);
		expect(
			check.roles.map((r) => [
				r.name,
				r.role.kind === 'list' ? [r.role.lists, r.role.part] : r.role.kind,
			]),
		).toEqual([
			['followers_1.json', ['followers', { n: 1, of: 3 }]],
			['followers_2.json', ['followers', { n: 2, of: 3 }]],
			['followers_3.json', ['followers', { n: 3, of: 3 }]],
			['following.json', ['following', undefined]],
		]);
		expect(check.use).toEqual([1, 2, 3, 4]);
		const followers = reads.flatMap((r) => r.lists).filter((l) => l.kind === 'followers');
		expect(followers.reduce((n, l) => n + l.records.length, 0)).toBe(shape.followers);
		const first = reads[0]?.read;
		expect(first?.kind === 'lists' && first.newest).toBe(fixtureNow);
	});

	test('an archive names its list entries; a TikTok file holds both lists; X has no dates', async () => {
		const zip = await readChosenFile({
			name: 'ig.zip',
			source: bytesSource(zipOf(instagramExport(shape))),
		});
		expect(zip.read).toMatchObject({
			kind: 'lists',
			archive: true,
			lists: ['followers', 'following'],
			entries: [
				'connections/followers_and_following/followers_1.json',
				'connections/followers_and_following/following.json',
			],
		});
		const [tiktok] = loose(tiktokUserData(shape));
		const x = loose(xArchive(shape)).find((c) => c.name === 'follower.js');
		if (!tiktok || !x) throw new Error('the fixtures lack a file');
		expect((await readChosenFile(tiktok)).read).toMatchObject({
			kind: 'lists',
			platform: 'tiktok',
			lists: ['followers', 'following'],
		});
		expect((await readChosenFile(x)).read).toMatchObject({
			platform: 'x',
			newest: undefined,
		});
	});

	test('every bad file is unreadable or not needed, never a list', async () => {
		for (const bad of badFiles()) {
			const read = await readChosenFile({ name: bad.name, source: bytesSource(bad.bytes) });
			expect(read.read, bad.name).toEqual({ kind: 'error', error: bad.code, file: bad.name });
			expect(read.lists).toEqual([]);
		}
	});
});
