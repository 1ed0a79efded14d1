/**
 * Decodes a QR code drawn by `qrSvg()` (or found in built HTML) back to its text: rasterises the
 * SVG path's rectangles onto a bitmap and reads it with jsQR, so tests check the real output.
 */
import jsQR from 'jsqr';

/** Reads the text of a QR code from its viewBox size and path `d` attribute. */
export function decodeQrPath(size: number, path: string, scale = 4): string | null {
	const dark = new Set<string>();
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let i = 0; i < Number(w); i += 1) dark.add(`${String(Number(x) + i)},${y ?? ''}`);
	}
	const px = size * scale;
	const data = new Uint8ClampedArray(px * px * 4);
	for (let py = 0; py < px; py += 1) {
		for (let pxx = 0; pxx < px; pxx += 1) {
			const on = dark.has(`${String(Math.floor(pxx / scale))},${String(Math.floor(py / scale))}`);
			const o = (py * px + pxx) * 4;
			data[o] = data[o + 1] = data[o + 2] = on ? 0 : 255;
			data[o + 3] = 255;
		}
	}
	return jsQR(data, px, px)?.data ?? null;
}
