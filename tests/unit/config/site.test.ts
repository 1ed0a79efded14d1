import { describe, expect, test } from 'vitest';
import { withBase } from '../../../config/base-links.ts';
import { redirects } from '../../../config/redirects.ts';
import { basePath, siteUrl } from '../../../config/site.ts';

describe('siteUrl()', () => {
	test.each([
		[undefined, 'http://localhost:4321'],
		['', 'http://localhost:4321'],
		['https://ikutibalik.example', 'https://ikutibalik.example'],
		['https://user.github.io/ikuti-balik/', 'https://user.github.io'],
	])('reads SITE_URL=%j as %s', (value, expected) => {
		expect(siteUrl({ SITE_URL: value })).toBe(expected);
	});

	test('rejects a SITE_URL that is not a URL', () => {
		expect(() => siteUrl({ SITE_URL: 'ikutibalik dot com' })).toThrow();
	});
});

describe('basePath()', () => {
	test.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['ikuti-balik', '/ikuti-balik'],
		['/ikuti-balik/', '/ikuti-balik'],
		['//docs//ikuti-balik', '/docs/ikuti-balik'],
	])('reads BASE_PATH=%j as %s', (value, expected) => {
		expect(basePath({ BASE_PATH: value })).toBe(expected);
	});

	test.each(['/a b', '/<script>', '/ikuti?x=1'])('rejects BASE_PATH=%j', (value) => {
		expect(() => basePath({ BASE_PATH: value })).toThrow(/BASE_PATH/);
	});
});

describe('withBase()', () => {
	test.each([
		['/panduan/risiko/', '/', '/panduan/risiko/'],
		['/panduan/risiko/#x', '/ikuti-balik', '/ikuti-balik/panduan/risiko/#x'],
		['/', '/ikuti-balik', '/ikuti-balik/'],
		['/ikuti-balik/en/', '/ikuti-balik', '/ikuti-balik/en/'],
		['/ikuti-baliknya/', '/ikuti-balik', '/ikuti-balik/ikuti-baliknya/'],
		['#risiko', '/ikuti-balik', '#risiko'],
		['https://help.x.com/', '/ikuti-balik', 'https://help.x.com/'],
		['//cdn.example/x', '/ikuti-balik', '//cdn.example/x'],
		['../risiko/', '/ikuti-balik', '../risiko/'],
	])('withBase(%j, %j) returns %j', (href, base, expected) => {
		expect(withBase(href, base)).toBe(expected);
	});
});

describe('redirects()', () => {
	test('moves both languages of a renamed page together', () => {
		expect(redirects({ '/panduan/kiat/': '/panduan/strategi/' })).toEqual({
			'/panduan/kiat/': '/panduan/strategi/',
			'/en/panduan/kiat/': '/en/panduan/strategi/',
		});
	});

	test('has no renamed page yet', () => {
		expect(redirects()).toEqual({});
	});
});
