import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { drawIcon, iconPng, themeColor } from '../../../../src/lib/offline/icon.ts';
import { crc32, encodePng } from '../../../../src/lib/offline/png.ts';

/** Reads a PNG's chunks back, checking each CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const found: { type: string; data: Buffer }[] = [];
	let at = 8;
	while (at < png.length) {
		const length = png.readUInt32BE(at);
		const type = png.toString('ascii', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
		found.push({ type, data });
		at += 12 + length;
	}
	return found;
}

describe('the PNG encoder', () => {
	test('CRC-32 matches the standard check value', () => {
		expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
	});

	test('writes IHDR, IDAT and IEND whose pixels decode back to the input', () => {
		const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
		const parts = chunks(encodePng(3, 2, rgba));
		expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		const header = parts[0]?.data ?? Buffer.alloc(0);
		expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([
			3, 2, 8, 6,
		]);
		const raw = inflateSync(parts[1]?.data ?? Buffer.alloc(0));
		// Each row: filter byte 0, then the row's RGBA bytes.
		expect([...raw]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
	});

	test('refuses a size that does not match the pixels', () => {
		expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(/Expected 16/);
		expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/positive/);
	});
});

describe('the app icon', () => {
	test.each([192, 512])(
		'%i px: opaque, the theme colour in the corners, white arrows inside',
		(size) => {
			const pixels = drawIcon(size);
			const at = (x: number, y: number) => [
				...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4),
			];
			const blue = [0x34, 0x47, 0xd4, 255];
			expect(themeColor).toBe('#3447d4');
			expect(at(0, 0)).toEqual(blue);
			expect(at(size - 1, size - 1)).toEqual(blue);
			// The upper arrow's shaft crosses the middle column at y = 13 of 32 (scaled by 0.8 around 16).
			const y = Math.round(((13 - 16) * 0.8 + 16) * (size / 32));
			expect(at(size / 2, y)).toEqual([255, 255, 255, 255]);
			expect(pixels.filter((_, i) => i % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
			expect(chunks(iconPng(size)).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		},
	);
});
