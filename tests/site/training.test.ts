import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteUrl } from '../../config/site.ts';
import { decodeQrPath } from '../support/qr-decode.ts';
import { distDir, root } from '../support/paths.ts';
import {
	builtPermalinks,
	findBrokenPermalinks,
	findUnlistedPermalinks,
	readPermalinks,
} from './lib/permalinks.ts';

const permalinks = readPermalinks(readFileSync(join(root, 'tests/permalinks.txt'), 'utf8'));
const site = siteUrl();

describe('tests/permalinks.txt', () => {
	test('lists the published pages and sections', () => {
		expect(permalinks.length).toBeGreaterThan(150);
		expect(permalinks).toContain('/panduan/risiko/#kebijakan-platform');
	});

	test('every listed link resolves in both languages', () => {
		expect(findBrokenPermalinks(distDir, permalinks)).toEqual([]);
	});

	test('lists every page and section the build has (run `npm run permalinks` to add new ones)', () => {
		expect(findUnlistedPermalinks(distDir, permalinks)).toEqual([]);
	});
});

describe('the permalink checks, on a fixture with a renamed page and section', () => {
	const fixture = join(root, 'tests/site/fixtures/permalinks');
	const entries = readPermalinks(readFileSync(join(fixture, 'permalinks.txt'), 'utf8'));

	test('follow redirects and alias anchors, and report a removed anchor in both languages', () => {
		expect(findBrokenPermalinks(join(fixture, 'built'), entries)).toEqual([
			'/baru/#hilang (id): no #hilang on /baru/',
			'/baru/#hilang (en): no #hilang on /en/baru/',
		]);
	});

	test('report the pages and sections the file does not list', () => {
		expect(findUnlistedPermalinks(join(fixture, 'built'), entries)).toEqual([
			'/baru/',
			'/baru/#bagian',
		]);
	});
});

describe.each([
	{ locale: 'id', file: 'pelatihan/index.html', prefix: '', otherPrefix: '/en' },
	{ locale: 'en', file: 'en/pelatihan/index.html', prefix: '/en', otherPrefix: '' },
] as const)('the trainers’ link index ($locale)', ({ file, prefix, otherPrefix }) => {
	let document: ReturnType<typeof parse>;
	beforeAll(() => {
		document = parse(readFileSync(join(distDir, file), 'utf8'));
	});

	test('lists exactly the pages and sections present in the build, with full URLs', () => {
		const copied = document
			.querySelectorAll('.ib-link-row button[data-copy]')
			.map((b) => b.getAttribute('data-copy'));
		const expected = builtPermalinks(distDir)
			.filter((link) => link !== '/404/')
			.map((link) => new URL(`${prefix}${link}`, site).href);
		expect([...copied].sort()).toEqual([...expected].sort());
	});

	test('links each row to the same place in the other language', () => {
		const rows = document.querySelectorAll('.ib-link-row');
		for (const row of rows) {
			const url = new URL(row.querySelector('button')?.getAttribute('data-copy') ?? '');
			const other = row.querySelector('.ib-link-other')?.getAttribute('href');
			const path = prefix ? url.pathname.replace(/^\/en/, '') : url.pathname;
			expect(other).toBe(`${otherPrefix}${path}${url.hash}`);
		}
		expect(rows.length).toBeGreaterThan(150);
	});

	test('draws one QR code per page that decodes to that page’s URL', () => {
		const groups = document.querySelectorAll('.ib-link-page');
		expect(groups.length).toBeGreaterThan(15);
		for (const group of groups) {
			const svg = group.querySelector('svg.ib-qr');
			const size = Number(svg?.getAttribute('viewBox')?.split(' ')[2]);
			const path = svg?.querySelector('path')?.getAttribute('d') ?? '';
			const pageUrl = group.querySelector('.ib-link-row-page button')?.getAttribute('data-copy');
			expect(decodeQrPath(size, path)).toBe(pageUrl);
		}
	});
});

describe('link previews', () => {
	test.each([
		'index.html',
		'en/index.html',
		'panduan/risiko/index.html',
		'en/panduan/risiko/index.html',
	])('%s has Open Graph and Twitter/X tags in its own language', (file) => {
		const document = parse(readFileSync(join(distDir, file), 'utf8'));
		const meta = (key: string) =>
			document
				.querySelector(`meta[property="${key}"], meta[name="${key}"]`)
				?.getAttribute('content');
		const title = document.querySelector('title')?.text ?? '';
		expect(title.startsWith(meta('twitter:title') ?? '—')).toBe(true);
		expect(meta('og:title')).toBe(meta('twitter:title'));
		expect(meta('twitter:description')).toBe(meta('description'));
		expect(meta('og:description')).toBe(meta('description'));
		expect(meta('twitter:card')).toBe('summary_large_image');
		expect(meta('og:locale')).toBe(file.startsWith('en/') ? 'en_US' : 'id_ID');
	});
});
