import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readFollowFiles } from '../../../../src/lib/imports/read-files.ts';
import {
	bytesSource,
	listZip,
	readZipEntry,
	type ZipEntry,
	type ByteSource,
} from '../../../../src/lib/imports/zip.ts';
import {
	backslashPaths,
	badFiles,
	expectedFor,
	instagramExport,
	instagramHtmlExport,
	instagramWithThreads,
	tiktokTxt,
	tiktokUserDataTiktok,
	xArchive,
	zipOf,
	type Files,
} from '../../../fixtures/generate.ts';

/** Loose files as the page receives them: the last path segment as the name. */
const loose = (files: Files) =>
	Object.entries(files).map(([path, content]) => ({
		name: path.split('/').pop() ?? path,
		source: bytesSource(typeof content === 'string' ? strToU8(content) : content),
	}));

/** The record counts of each kind of list read. */
async function counts(files: Parameters<typeof readFollowFiles>[0]) {
	const read = await readFollowFiles(files);
	if ('error' in read) return read;
	const count = (kind: string) =>
		read.lists.filter((l) => l.kind === kind).reduce((n, l) => n + l.records.length, 0);
	return { followers: count('followers'), following: count('following') };
}

const shape = { followers: 300, following: 200, mutual: 80, recentFollowed: 40, recentMutual: 9 };

/** A source that records every read, to prove the archive is never read whole. */
function recorded(bytes: Uint8Array): { source: ByteSource; reads: number[] } {
	const reads: number[] = [];
	return {
		reads,
		source: {
			size: bytes.length,
			read: (offset, length) => (
				reads.push(length),
				Promise.resolve(bytes.subarray(offset, offset + length))
			),
		},
	};
}

/** The first entry of a listing. */
function first(entries: ZipEntry[]): ZipEntry {
	const [entry] = entries;
	if (!entry) throw new Error('empty archive');
	return entry;
}

describe('listZip() and readZipEntry()', () => {
	test('list the central directory and inflate one entry exactly', async () => {
		const zip = zipSync(
			{ 'a.txt': strToU8('halo '.repeat(1000)), 'b/c.json': strToU8('[]') },
			{ level: 9 },
		);
		const entries = await listZip(bytesSource(zip));
		if ('error' in entries) throw new Error(entries.error);
		expect(entries.map((e) => e.name)).toEqual(['a.txt', 'b/c.json']);
		const a = await readZipEntry(bytesSource(zip), first(entries));
		expect(new TextDecoder().decode(a as Uint8Array)).toBe('halo '.repeat(1000));
	});

	test('never read the large media entry of an export, only the lists', async () => {
		const big = new Uint8Array(randomBytes(3_000_000)); // incompressible
		const zip = zipOf({ ...instagramExport(shape), 'media/video.mp4': big });
		const { source, reads } = recorded(zip);
		const read = await readFollowFiles([{ name: 'export.zip', source }]);
		expect('lists' in read).toBe(true);
		expect(Math.max(...reads)).toBeLessThan(200_000);
		expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(zip.length / 4);
	});

	test('refuse an entry over the limit, and one that inflates to more than it claims', async () => {
		const zip = zipSync({ 'x.json': strToU8('a'.repeat(10_000)) });
		const entries = await listZip(bytesSource(zip));
		if ('error' in entries) throw new Error(entries.error);
		const entry = first(entries);
		expect(await readZipEntry(bytesSource(zip), entry, 5_000)).toEqual({
			error: 'zip-entry-too-large',
		});
		expect(await readZipEntry(bytesSource(zip), { ...entry, size: 100 })).toEqual({
			error: 'zip-entry-too-large',
		});
	});

	test('not a ZIP, or cut short, is unreadable', async () => {
		expect(await listZip(bytesSource(strToU8('PK\u0003\u0004 nothing else here at all')))).toEqual({
			error: 'zip-unreadable',
		});
	});
});

describe('readFollowFiles(): archives and loose files', () => {
	test('a whole Instagram ZIP, an X ZIP under a folder, and loose files give the same counts', async () => {
		for (const files of [
			[{ name: 'ig.zip', source: bytesSource(zipOf(instagramExport(shape))) }],
			[{ name: 'x.zip', source: bytesSource(zipOf(xArchive(shape), 'twitter-2026/')) }],
			Object.entries(instagramExport(shape)).map(([name, text]) => ({
				name,
				source: bytesSource(strToU8(text as string)),
			})),
		]) {
			const read = await readFollowFiles(files);
			if ('error' in read) throw new Error(read.error);
			expect(read.lists.find((l) => l.kind === 'followers')?.records).toHaveLength(
				expectedFor(shape).followers,
			);
			expect(read.lists.find((l) => l.kind === 'following')?.records).toHaveLength(
				expectedFor(shape).following,
			);
		}
	});

	test.each(badFiles())('$name → $code', async ({ name, bytes, code }) => {
		expect(await readFollowFiles([{ name, source: bytesSource(bytes) }])).toEqual({
			error: code,
			file: name,
		});
	});

	const both = { followers: shape.followers, following: shape.following };

	test.each([
		['an Instagram ZIP that also holds Threads and other JSON', zipOf(instagramWithThreads(shape))],
		['a ZIP re-packed with backslash paths', zipOf(backslashPaths(instagramExport(shape)))],
		['a TikTok ZIP with user_data_tiktok.json', zipOf(tiktokUserDataTiktok(shape), 'TikTok/')],
		[
			'a TikTok ZIP whose lists sit under "Profile And Settings"',
			zipOf(tiktokUserDataTiktok(shape, 'Profile And Settings')),
		],
	])('%s: both lists read, nothing else is fatal', async (_name, zip) => {
		expect(await counts([{ name: 'ekspor.zip', source: bytesSource(zip) }])).toEqual(both);
	});

	test('loose files the page does not need are skipped beside the lists', async () => {
		const files = [
			...loose(instagramWithThreads(shape)),
			{ name: 'config.json', source: bytesSource(strToU8('{"name":"contoh"}')) },
			{ name: 'tweets.js', source: bytesSource(strToU8('window.YTD.tweets.part0 = []')) },
		];
		// Threads' followers.json and following.json arrive under the same names as Instagram's.
		expect(files.filter((f) => f.name === 'followers.json')).toHaveLength(1);
		expect(await counts(files)).toEqual(both);
	});

	test('without any list, the answer names every file looked at', async () => {
		const threads = instagramWithThreads(shape);
		const files = loose({
			'your_instagram_activity/threads/followers.json':
				threads['your_instagram_activity/threads/followers.json'] ?? '',
			'config.json': '{"name":"contoh"}',
		});
		expect(await readFollowFiles(files)).toEqual({
			error: 'no-list-found',
			file: 'followers.json, config.json',
		});
		// In an archive, the entries looked at are named.
		const zip = zipSync({
			'a/followers_1.json': strToU8('{"other":1}'),
			'b\\following.json': strToU8('{"other":2}'),
		});
		expect(await readFollowFiles([{ name: 'lain.zip', source: bytesSource(zip) }])).toEqual({
			error: 'no-list-found',
			file: 'a/followers_1.json, b/following.json',
		});
	});
});

describe('readFollowFiles(): HTML and TXT exports among files the page does not need', () => {
	const both = { followers: shape.followers, following: shape.following };
	const threads = instagramWithThreads(shape);
	/** An HTML export with Threads' own pages and other pages beside the two lists. */
	const htmlWithOthers: Files = {
		...instagramHtmlExport(shape),
		'your_instagram_activity/threads/followers.html':
			'<html><body><main><div><a href="https://www.threads.net/@hanya_threads">hanya_threads</a></div></main></body></html>',
		'connections/followers_and_following/pending_follow_requests.html':
			instagramHtmlExport(shape)['connections/followers_and_following/following.html'] ?? '',
		'your_instagram_activity/likes/liked_posts.html':
			'<html><body><main>Instagram</main></body></html>',
	};

	test.each([
		['an Instagram HTML ZIP (no longer refused)', zipOf(instagramHtmlExport(shape))],
		['an HTML ZIP with Threads and other pages', zipOf(htmlWithOthers, 'instagram-contoh/')],
		['an HTML ZIP re-packed with backslash paths', zipOf(backslashPaths(htmlWithOthers))],
		['a TikTok TXT ZIP', zipOf(tiktokTxt(shape), 'TikTok_Data/')],
		['an older TikTok TXT ZIP (Follower List.txt)', zipOf(tiktokTxt(shape, { legacy: true }))],
	])('%s: both lists read', async (_name, zip) => {
		expect(await counts([{ name: 'ekspor.zip', source: bytesSource(zip) }])).toEqual(both);
	});

	test('loose HTML pages and TXT files mixed with Threads and unrelated files', async () => {
		const files = [
			...loose(htmlWithOthers),
			...loose({
				'your_instagram_activity/threads/following.json':
					threads['your_instagram_activity/threads/following.json'] ?? '',
			}),
			{ name: 'config.json', source: bytesSource(strToU8('{"name":"contoh"}')) },
			...loose({
				'Your Activity/Watch History.txt':
					tiktokTxt(shape)['Your Activity/Watch History.txt'] ?? '',
			}),
		];
		expect(files.map((f) => f.name)).toContain('start_here.html');
		expect(await counts(files)).toEqual(both);
		expect(await counts(loose(tiktokTxt(shape)))).toEqual(both);
	});

	test('without any list, the answer names every HTML page and TXT file looked at', async () => {
		const files = loose({
			'start_here.html': instagramHtmlExport(shape)['start_here.html'] ?? '',
			'Watch History.txt': tiktokTxt(shape)['Your Activity/Watch History.txt'] ?? '',
			'liked_posts.html': '<html><body><main>Instagram</main></body></html>',
		});
		expect(await readFollowFiles(files)).toEqual({
			error: 'no-list-found',
			file: 'start_here.html, Watch History.txt, liked_posts.html',
		});
		// One such file alone answers with its own message.
		expect(await readFollowFiles(files.slice(1, 2))).toEqual({
			error: 'tiktok-txt',
			file: 'Watch History.txt',
		});
		expect(await readFollowFiles(files.slice(0, 1))).toEqual({
			error: 'instagram-html',
			file: 'start_here.html',
		});
	});
});

describe.each(['the platform’s DecompressionStream', 'fflate, where the platform has none'])(
	'readZipEntry() through %s',
	(decoder) => {
		beforeEach(() => {
			if (decoder.startsWith('fflate')) vi.stubGlobal('DecompressionStream', undefined);
		});
		afterEach(() => {
			vi.unstubAllGlobals();
		});

		const zip = zipSync({ 'x.json': strToU8('halo '.repeat(20_000)) }, { level: 9 });
		const entryOf = async () => {
			const entries = await listZip(bytesSource(zip));
			if ('error' in entries) throw new Error(entries.error);
			return first(entries);
		};

		test('inflates exactly, and reads a whole export', async () => {
			expect(typeof DecompressionStream === 'function').toBe(!decoder.startsWith('fflate'));
			const read = await readZipEntry(bytesSource(zip), await entryOf());
			expect(new TextDecoder().decode(read as Uint8Array)).toBe('halo '.repeat(20_000));
			expect(
				await counts([{ name: 'e.zip', source: bytesSource(zipOf(instagramExport(shape))) }]),
			).toEqual({ followers: shape.followers, following: shape.following });
		});

		test('more than the header claims is too large, less is unreadable, damage is unreadable', async () => {
			const entry = await entryOf();
			expect(await readZipEntry(bytesSource(zip), { ...entry, size: 1_000 })).toEqual({
				error: 'zip-entry-too-large',
			});
			expect(await readZipEntry(bytesSource(zip), { ...entry, size: entry.size + 10 })).toEqual({
				error: 'zip-unreadable',
			});
			const damaged = zip.slice();
			const start = entry.localOffset + 30 + 'x.json'.length;
			damaged.fill(0xff, start, start + 40);
			expect(await readZipEntry(bytesSource(damaged), entry)).toEqual({ error: 'zip-unreadable' });
		});
	},
);
