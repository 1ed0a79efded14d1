import { describe, expect, test } from 'vitest';
import { buildLinkIndex, entryPath, fullUrl } from '../../../../src/lib/permalinks/link-index.ts';

describe('entryPath()', () => {
	test.each([
		['index', 'id', '/'],
		['en', 'en', '/'],
		['en/index', 'en', '/'],
		['panduan/risiko', 'id', '/panduan/risiko/'],
		['en/panduan/risiko', 'en', '/panduan/risiko/'],
		['pelatihan', 'id', '/pelatihan/'],
		['enak/x', 'id', '/enak/x/'],
	] as const)('%s is %s %s', (id, locale, path) => {
		expect(entryPath(id)).toEqual({ locale, path });
	});
});

describe('fullUrl()', () => {
	test.each([
		['/', 'id', 'https://example.org', '/', 'https://example.org/'],
		[
			'/panduan/risiko/',
			'en',
			'https://example.org',
			'/',
			'https://example.org/en/panduan/risiko/',
		],
		[
			'/panduan/risiko/',
			'id',
			'https://user.github.io',
			'/ikuti-balik',
			'https://user.github.io/ikuti-balik/panduan/risiko/',
		],
		['/', 'en', 'https://user.github.io', '/ikuti-balik', 'https://user.github.io/ikuti-balik/en/'],
	] as const)('fullUrl(%s, %s, %s, %s) = %s', (path, locale, site, base, expected) => {
		expect(fullUrl(path, locale, site, base)).toBe(expected);
	});
});

describe('buildLinkIndex()', () => {
	const pages = [
		{ id: 'panduan/b', title: 'B', headings: [{ depth: 2, slug: 'satu', text: 'Satu' }] },
		{ id: 'index', title: 'Beranda', headings: [] },
		{ id: 'en/panduan/b', title: 'B (en)', headings: [{ depth: 2, slug: 'satu', text: 'One' }] },
		{ id: 'zeta', title: 'Z', headings: [] },
		{ id: '404', title: '404', headings: [] },
		{
			id: 'panduan/a',
			title: 'A',
			headings: [
				{ depth: 2, slug: 'dua', text: 'Dua' },
				{ depth: 3, slug: 'rinci', text: 'Rinci' },
				{ depth: 4, slug: 'dalam', text: 'Terlalu dalam' },
			],
		},
	];
	const options = {
		site: 'https://example.org',
		base: '/',
		locale: 'id',
		order: ['/', '/panduan/a/', '/panduan/b/'],
		exclude: ['/404/'],
	} as const;

	test('lists one language in sidebar order, then the rest, without excluded pages', () => {
		expect(buildLinkIndex(pages, options).map((p) => p.path)).toEqual([
			'/',
			'/panduan/a/',
			'/panduan/b/',
			'/zeta/',
		]);
		expect(buildLinkIndex(pages, { ...options, locale: 'en' }).map((p) => p.title)).toEqual([
			'B (en)',
		]);
	});

	test('keeps h2 and h3 sections with their URL in both languages', () => {
		const a = buildLinkIndex(pages, options)[1];
		expect(a?.sections).toEqual([
			{
				anchor: 'dua',
				text: 'Dua',
				depth: 2,
				url: 'https://example.org/panduan/a/#dua',
				otherUrl: 'https://example.org/en/panduan/a/#dua',
				href: '/panduan/a/#dua',
				otherHref: '/en/panduan/a/#dua',
			},
			{
				anchor: 'rinci',
				text: 'Rinci',
				depth: 3,
				url: 'https://example.org/panduan/a/#rinci',
				otherUrl: 'https://example.org/en/panduan/a/#rinci',
				href: '/panduan/a/#rinci',
				otherHref: '/en/panduan/a/#rinci',
			},
		]);
	});
});
