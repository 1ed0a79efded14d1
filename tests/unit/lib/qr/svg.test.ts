import { describe, expect, test } from 'vitest';
import { qrSvg } from '../../../../src/lib/qr/svg.ts';
import { decodeQrPath } from '../../../support/qr-decode.ts';

describe('qrSvg()', () => {
	test.each([
		'http://localhost:4321/panduan/risiko/',
		'https://example.github.io/ikuti-balik/en/kalkulator/ikuti-balik/',
		'https://ikutibalik.example/pelatihan/pengantar-60-menit/',
	])('draws a code that decodes back to %s', (url) => {
		const { size, path } = qrSvg(url);
		expect(decodeQrPath(size, path)).toBe(url);
	});

	test('keeps a quiet zone of four modules around the code', () => {
		const { size, path } = qrSvg('https://example.org/');
		const xs = [...path.matchAll(/M(\d+) (\d+)/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBe(4);
		expect(size).toBeGreaterThanOrEqual(21 + 8);
	});

	test('the decoder is not fooled by a damaged code', () => {
		const { size, path } = qrSvg('https://example.org/');
		expect(decodeQrPath(size, path.slice(0, path.length / 3))).toBeNull();
	});
});
