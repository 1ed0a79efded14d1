/**
 * TikTok's TXT export (row `tiktok-txt` of `followVariants`, fixture `tiktokTxt` in
 * `tests/fixtures/generate.ts`, both with their sources): the two lines per account, told apart
 * from other TXT files of the export, which list by the file's name.
 */
import { describe, expect, test } from 'vitest';
import {
	looksLikeTiktokTxt,
	readTiktokTxt,
	tiktokTxtKind,
} from '../../../../src/lib/imports/tiktok-txt.ts';

const at = (text: string) => Date.parse(text);

describe('readTiktokTxt()', () => {
	test.each([
		[
			'blocks separated by an empty line (LF)',
			'Date: 2025-08-02 01:00:44 UTC\nUsername: satu\n\nDate: 2025-08-03 02:00:00 UTC\nUsername: Dua.2\n',
		],
		[
			'CRLF line ends',
			'Date: 2025-08-02 01:00:44 UTC\r\nUsername: satu\r\n\r\nDate: 2025-08-03 02:00:00 UTC\r\nUsername: Dua.2\r\n',
		],
		[
			'lines run together, as one public reader describes them (“UTCUsername:”)',
			'Date: 2025-08-02 01:00:44 UTCUsername: satuDate: 2025-08-03 02:00:00 UTCUsername: @Dua.2',
		],
	])('%s', (_name, text) => {
		expect(looksLikeTiktokTxt(text)).toBe(true);
		expect(readTiktokTxt(text)).toEqual([
			{ key: 'satu', at: at('2025-08-02T01:00:44Z') },
			{ key: 'dua.2', at: at('2025-08-03T02:00:00Z') },
		]);
	});

	test('other TXT files of the export hold no accounts; other text is not TikTok’s', () => {
		const watch = 'Date: 2025-08-02 01:00:44 UTC\nLink: https://www.tiktokv.com/share/video/1/\n';
		expect(looksLikeTiktokTxt(watch)).toBe(true);
		expect(readTiktokTxt(watch)).toEqual([]);
		expect(looksLikeTiktokTxt('Halo, ini catatan.\nDate: 2025-08-02 01:00:44 UTC')).toBe(false);
		expect(looksLikeTiktokTxt('{"Date":"2025-08-02"}')).toBe(false);
	});
});

describe('tiktokTxtKind(): which list, from the file name', () => {
	test.each([
		['Follower.txt', 'followers'],
		['Profile and Settings/Following.txt', 'following'],
		['Activity\\Follower List.txt', 'followers'],
		['Following List (1).txt', 'following'],
		['following_2.txt', 'following'],
		['Watch History.txt', undefined],
		['Follower.json', undefined],
		[undefined, undefined],
	])('%s → %s', (name, kind) => {
		expect(tiktokTxtKind(name)).toBe(kind);
	});
});
