import { describe, expect, test } from 'vitest';
import { dataImport } from '../../../../src/i18n/data-import.ts';
import { fileList, roleText } from '../../../../src/lib/imports/role-text.ts';
import type { FileRole } from '../../../../src/lib/imports/selection.ts';

const list = (over: Partial<Extract<FileRole, { kind: 'list' }>>): FileRole => ({
	kind: 'list',
	platform: 'instagram',
	lists: 'followers',
	newest: undefined,
	...over,
});

describe('roleText()', () => {
	test.each([
		{
			role: list({ part: { n: 1, of: 3 } }),
			id: 'Instagram, pengikut, bagian 1 dari 3',
			en: 'Instagram, followers, part 1 of 3',
		},
		{
			role: list({ part: { n: 1, of: 1 } }),
			id: 'Instagram, pengikut, bagian 1',
			en: 'Instagram, followers, part 1',
		},
		{
			role: list({ lists: 'following' }),
			id: 'Instagram, yang diikuti',
			en: 'Instagram, following',
		},
		{
			role: list({ platform: 'tiktok', lists: 'both' }),
			id: 'TikTok, kedua daftar',
			en: 'TikTok, both lists',
		},
		{ role: list({ platform: 'x' }), id: 'X, pengikut', en: 'X, followers' },
		{ role: { kind: 'not-needed' }, id: 'tidak diperlukan', en: 'not needed' },
		{ role: { kind: 'reading' }, id: 'sedang dibaca…', en: 'reading…' },
		{
			role: { kind: 'unreadable', error: 'truncated' },
			id: 'tidak terbaca: lihat pesan di bawah daftar',
			en: 'unreadable: see the message below the list',
		},
	] as { role: FileRole; id: string; en: string }[])('$en', ({ role, id, en }) => {
		expect(roleText(role, dataImport.id.follows)).toBe(id);
		expect(roleText(role, dataImport.en.follows)).toBe(en);
	});

	test('no placeholder is left in any role of either language', () => {
		for (const locale of ['id', 'en'] as const)
			for (const lists of ['followers', 'following', 'both'] as const)
				expect(
					roleText(list({ lists, part: { n: 2, of: 4 } }), dataImport[locale].follows),
				).not.toMatch(/[{}]/);
	});
});

describe('fileList()', () => {
	test('quotes and joins names as each language lists them', () => {
		expect(fileList(['a.zip', 'b.zip'], 'id')).toBe('“a.zip” dan “b.zip”');
		expect(fileList(['a.zip', 'b.zip', 'c.zip'], 'en')).toBe('“a.zip”, “b.zip”, and “c.zip”');
		expect(fileList(['<b>.json'], 'en')).toBe('“<b>.json”');
	});
});
