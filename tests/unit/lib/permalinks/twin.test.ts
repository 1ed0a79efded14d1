import { describe, expect, test } from 'vitest';
import { twinHref } from '../../../../src/lib/permalinks/twin.ts';

describe('twinHref()', () => {
	test.each([
		['index', '/', '/en/'],
		['', '/', '/en/'],
		['en', '/', '/'],
		['panduan/risiko', '/', '/en/panduan/risiko/'],
		['en/panduan/risiko', '/', '/panduan/risiko/'],
		['kalkulator/ikuti-balik', '/ikuti-balik/', '/ikuti-balik/en/kalkulator/ikuti-balik/'],
		['en/kalkulator/ikuti-balik', '/ikuti-balik', '/ikuti-balik/kalkulator/ikuti-balik/'],
		['en', '/ikuti-balik/', '/ikuti-balik/'],
		// The Indonesian not-found page is the single 404.html that hosts serve for missing addresses.
		['404', '/', '/en/404/'],
		['en/404', '/', '/404.html'],
		['en/404', '/ikuti-balik/', '/ikuti-balik/404.html'],
	] as const)('%s under base %s → %s', (id, base, href) => {
		expect(twinHref(id, base)).toBe(href);
	});
});
