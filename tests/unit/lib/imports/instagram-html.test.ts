/**
 * Instagram's HTML export read without a DOM: the date layouts seen in public material (one row
 * each of `htmlDateFormats`), the header's time-zone offset, profile links, and pages shaped like
 * the current template (`tests/fixtures/generate.ts`, `instagramHtmlExport`, with its sources).
 */
import { strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readFollowFile } from '../../../../src/lib/imports/follows.ts';
import {
	decodeEntities,
	headerOffset,
	htmlDateFormats,
	parseHtmlDate,
	profileHandle,
	scanInstagramHtml,
} from '../../../../src/lib/imports/instagram-html.ts';
import { htmlDate, instagramHtmlExport } from '../../../fixtures/generate.ts';

const utc = Date.UTC;

describe('parseHtmlDate(): every date layout of the table', () => {
	const rows: { format: (typeof htmlDateFormats)[number]['id']; text: string; ms: number }[] = [
		{ format: 'en', text: 'Dec 23, 2025 12:16 pm', ms: utc(2025, 11, 23, 12, 16) },
		{ format: 'en', text: 'Nov 27, 2025 1:12 am', ms: utc(2025, 10, 27, 1, 12) },
		{ format: 'en', text: 'Jan 03, 2021 12:05 am', ms: utc(2021, 0, 3, 0, 5) },
		{ format: 'en-comma', text: 'Jan 15, 2023, 10:30 AM', ms: utc(2023, 0, 15, 10, 30) },
		{ format: 'en-comma', text: 'Jan 15, 2023, 10:30 PM', ms: utc(2023, 0, 15, 22, 30) },
		{ format: 'pt', text: 'ago 10, 2026 4:38 da manhã', ms: utc(2026, 7, 10, 4, 38) },
		{ format: 'pt', text: 'ago 07, 2026 8:17 da tarde/noite', ms: utc(2026, 7, 7, 20, 17) },
		{ format: 'pt', text: 'jan 05, 2026 12:30 da manhã', ms: utc(2026, 0, 5, 0, 30) },
		{ format: 'pt', text: 'dic 01, 2025 9:00 da manhã', ms: utc(2025, 11, 1, 9, 0) },
		{ format: 'fr', text: 'fév 22, 2026 8:58 am', ms: utc(2026, 1, 22, 8, 58) },
		{ format: 'fr', text: 'janv. 5, 2025 3:00 pm', ms: utc(2025, 0, 5, 15, 0) },
		{ format: 'de', text: '03. Sept. 2026, 9:33 pm', ms: utc(2026, 8, 3, 21, 33) },
		{ format: 'id', text: 'Mei 10, 2026 16.38', ms: utc(2026, 4, 10, 16, 38) },
	];

	test('the table of layouts and the rows cover each other', () => {
		expect(new Set(rows.map((r) => r.format))).toEqual(new Set(htmlDateFormats.map((f) => f.id)));
		for (const f of htmlDateFormats) expect(parseHtmlDate(f.example), f.id).toBeDefined();
	});

	test.each(rows)('$format: “$text”', ({ text, ms }) => {
		expect(parseHtmlDate(text)).toBe(ms);
	});

	test.each([
		'',
		'Nome de usuário',
		'Foo 10, 2026 4:38 pm', // unknown month
		'Feb 30, 2026 1:00 pm', // no such day
		'Feb 10, 2026 13:00 pm', // 13 pm
		'Feb 10, 2026 25:00',
		'Feb 10, 2026', // no time
		'2026-02-10',
	])('“%s” is not a date → undefined', (text) => {
		expect(parseHtmlDate(text)).toBeUndefined();
	});

	test('the generator writes dates this reader reads back, in both languages', () => {
		for (let i = 0; i < 48; i++) {
			const wall = utc(2026, i % 12, 1 + i, i % 24, (i * 7) % 60);
			expect(parseHtmlDate(htmlDate(wall, 'en'))).toBe(wall);
			expect(parseHtmlDate(htmlDate(wall, 'pt'))).toBe(wall);
		}
	});
});

describe('headerOffset(): the account’s time zone from the page header', () => {
	test.each([
		// The pt-BR header as a public parser's test reproduces it: 22:03 local, 05:03Z → UTC−7.
		[
			'<time datetime="2026-08-12T05:03Z">Terça-feira, 11 de agosto de 2026 às 22:03 UTC</time>',
			-420,
		],
		['<time datetime="2026-11-16T00:00Z">Mon, Nov 16, 2026 at 7:00 AM UTC</time>', 420],
		['<time datetime="2026-11-16T00:00Z">Mon, Nov 16, 2026 at 5:30 AM UTC</time>', 330],
		['<time datetime="2026-11-16T12:00Z">Mon, Nov 16, 2026 at 12:00 PM UTC</time>', 0],
		['<time datetime="2026-11-16T12:00Z">Mon, Nov 16, 2026 at 12:00 AM UTC</time>', 720],
	])('%s → %d min', (head, minutes) => {
		expect(headerOffset(head)).toBe(minutes);
	});

	test('no header, or a header without a readable time → undefined', () => {
		expect(headerOffset('<html><body><main></main></body></html>')).toBeUndefined();
		expect(headerOffset('<time datetime="kemarin">kemarin</time>')).toBeUndefined();
		expect(headerOffset('<time datetime="2026-11-16T00:00Z">Monday</time>')).toBeUndefined();
	});
});

describe('profileHandle() and decodeEntities()', () => {
	test.each([
		['https://www.instagram.com/contoh.akun', 'contoh.akun'],
		['https://www.instagram.com/_u/Contoh_Akun', 'contoh_akun'],
		['https://instagram.com/contoh/', 'contoh'],
		['https://www.instagram.com/p/ABC123/', undefined],
		['https://www.instagram.com/legal/', undefined],
		['https://www.threads.net/@contoh', undefined],
		['https://example.com/contoh', undefined],
		['javascript:alert(1)', undefined],
	])('%s → %s', (href, handle) => {
		expect(profileHandle(href)).toBe(handle);
	});

	test('decodes the character references the export writes', () => {
		expect(decodeEntities('&#064;contoh &amp; &#x41;&lt;&gt; &unknown;')).toBe(
			'@contoh & A<> &unknown;',
		);
	});
});

describe('scanInstagramHtml() and readFollowFile() on pages', () => {
	const shape = { followers: 30, following: 20, mutual: 10, recentFollowed: 5, recentMutual: 2 };
	const files = instagramHtmlExport(shape);
	const followers = files['connections/followers_and_following/followers_1.html'] as string;

	test('a real page’s first 14 KB are inline CSS: the list is found anyway', () => {
		const heavy = followers.replace('<style>', `<style>${'.x{margin:0}'.repeat(2000)}`);
		expect(heavy.indexOf('<main')).toBeGreaterThan(20_000);
		const read = readFollowFile(strToU8(heavy), 'followers_1.html');
		expect('lists' in read && read.lists[0]?.records.length).toBe(30);
	});

	test('dates are converted from the header’s time zone to UTC', () => {
		const scan = scanInstagramHtml(followers);
		expect(scan.offsetMinutes).toBe(420);
		expect(scan.unreadDates).toBe(0);
		// The first follower arrived on the export's newest day, 12:00 UTC.
		expect(Math.max(...scan.records.map((r) => r.at ?? 0))).toBe(Date.UTC(2026, 10, 15, 12));
	});

	test('links outside <main>, links to posts and to Threads are not accounts', () => {
		const page =
			'<html><head><title>Followers</title></head><body><header><a href="https://www.instagram.com/contoh_pemilik">contoh_pemilik</a></header><main>' +
			'<div class="pam"><div class="_a6-p"><div><div><a href="https://www.instagram.com/satu">satu</a></div><div>Jan 03, 2021 11:00 pm</div></div></div></div>' +
			'<div class="pam"><div class="_a6-p"><div><div><a href="https://www.instagram.com/p/XYZ/">post</a></div><div>Jan 04, 2021 11:00 pm</div></div></div></div>' +
			'<div class="pam"><div class="_a6-p"><div><div><a href="https://www.threads.net/@dua">dua</a></div></div></div></div>' +
			'</main><footer><a href="https://www.instagram.com/tiga">tiga</a></footer></body></html>';
		const scan = scanInstagramHtml(page);
		expect(scan.records).toEqual([{ key: 'satu', at: Date.UTC(2021, 0, 3, 23) }]);
		// No header time: the wall-clock time is taken as UTC.
		expect(scan.offsetMinutes).toBeUndefined();
	});

	test('an unreadable date leaves the account in the list without a date', () => {
		const page =
			'<main><div><div><a href="https://www.instagram.com/satu">satu</a></div><div>le 3 inconnu 2021</div></div>' +
			'<div><div><a href="https://www.instagram.com/dua">dua</a></div></div></main>';
		const scan = scanInstagramHtml(page);
		expect(scan.records).toEqual([
			{ key: 'satu', at: undefined },
			{ key: 'dua', at: undefined },
		]);
		expect(scan.unreadDates).toBe(1);
	});

	test('pages that are not a list, or not Instagram’s, are told apart', () => {
		const html = (body: string) => strToU8(`<!DOCTYPE html><html><body>${body}</body></html>`);
		expect(readFollowFile(html('<main>Instagram</main>'), 'followers_1.html')).toEqual({
			error: 'instagram-html',
		});
		expect(readFollowFile(html('<p>Halo</p>'), 'followers_1.html')).toEqual({
			error: 'not-an-export',
		});
		expect(readFollowFile(strToU8(followers), 'liked_posts.html')).toEqual({
			error: 'instagram-html',
		});
		// Markup in a name stays text: it never becomes a key with a tag in it.
		const hostile = readFollowFile(
			html(
				'<main><div><a href="https://www.instagram.com/%3Cimg%20src=x%3E">&lt;img src=x&gt;</a></div></main>',
			),
			'followers_1.html',
		);
		expect('lists' in hostile && hostile.lists[0]?.records).toEqual([
			{ key: '<img src=x>', at: undefined },
		]);
	});
});

describe('hostile pages', () => {
	test('a megabyte of unclosed tags is read quickly and holds no account', () => {
		const page = `<main>${'<div<a<h2'.repeat(120_000)}</main>`;
		const start = performance.now();
		expect(scanInstagramHtml(page).records).toEqual([]);
		expect(performance.now() - start).toBeLessThan(2_000);
	});
});
