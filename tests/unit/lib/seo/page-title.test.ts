import { describe, expect, test } from 'vitest';
import {
	documentTitle,
	homeTitles,
	siteName,
	withTitle,
} from '../../../../src/lib/seo/page-title.ts';

describe('documentTitle()', () => {
	test('says what the page is, then the short site name once', () => {
		expect(documentTitle({ title: 'Risiko ikuti balik', lang: 'id', isHome: false })).toBe(
			'Risiko ikuti balik | Ikuti Balik',
		);
		expect(documentTitle({ title: 'Follow-back risks', lang: 'en', isHome: false })).toBe(
			'Follow-back risks | Ikuti Balik',
		);
	});

	test('gives each home page a title that describes the site, not its name twice', () => {
		expect(documentTitle({ title: siteName, lang: 'id', isHome: true })).toBe(homeTitles.id);
		expect(documentTitle({ title: 'Ikuti Balik (Follow Back)', lang: 'en', isHome: true })).toBe(
			homeTitles.en,
		);
		for (const title of Object.values(homeTitles)) {
			expect(title.split(siteName)).toHaveLength(2);
			expect(title.length).toBeLessThanOrEqual(70);
		}
	});

	test('never repeats the site name a page title already holds', () => {
		expect(documentTitle({ title: 'Tentang Ikuti Balik', lang: 'id', isHome: false })).toBe(
			'Tentang Ikuti Balik',
		);
	});
});

describe('withTitle()', () => {
	test('replaces the title entry and keeps the rest', () => {
		const meta = { tag: 'meta', attrs: { name: 'a', content: 'b' } } as const;
		expect(withTitle([{ tag: 'title', content: 'X | X' }, meta], 'Y')).toEqual([
			meta,
			{ tag: 'title', content: 'Y' },
		]);
	});
});
