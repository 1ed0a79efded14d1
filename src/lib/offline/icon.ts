/**
 * The app icon, drawn at any size: the favicon's two arrows (follow, follow back) in white on the
 * site's blue, full bleed so it also serves as a maskable icon (the arrows stay inside the central
 * safe zone). Same drawing as `public/favicon.svg`, on a 32-unit grid.
 */
import { encodePng } from './png.ts';

/** The site's accent blue, also the manifest's theme colour. */
export const themeColor = '#3447d4';
/** The background colour while the installed app starts. */
export const backgroundColor = '#ffffff';

/**
 * The icon iOS and iPadOS put on the home screen (`<link rel="apple-touch-icon">`), which they read
 * instead of the web app manifest's icons: 180 × 180 px, opaque (the system rounds the corners).
 * `file` is relative to the site's base.
 */
export const appleTouchIcon = { size: 180, file: 'icons/apple-touch-icon.png' } as const;

type Segment = readonly [number, number, number, number];
/** The favicon's strokes (`M9 13h11l-3.5-3.5M23 19H12l3.5 3.5`), stroke width 2.6, round caps. */
const strokes: readonly Segment[] = [
	[9, 13, 20, 13],
	[20, 13, 16.5, 9.5],
	[23, 19, 12, 19],
	[12, 19, 15.5, 22.5],
];
const halfWidth = 1.3;
/** Maskable icons keep their content within the central 80 %: the drawing is scaled down around the centre. */
const scale = 0.8;

function distanceToSegment(x: number, y: number, [x1, y1, x2, y2]: Segment): number {
	const dx = x2 - x1;
	const dy = y2 - y1;
	const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The icon's pixels, `size` × `size` RGBA. */
export function drawIcon(size: number): Uint8Array {
	const pixels = new Uint8Array(size * size * 4);
	const [r, g, b] = rgb(themeColor);
	const unit = 32 / size; // grid units per pixel
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			// Pixel centre in grid units, mapped into the scaled-down drawing.
			const x = ((px + 0.5) * unit - 16) / scale + 16;
			const y = ((py + 0.5) * unit - 16) / scale + 16;
			const d = Math.min(...strokes.map((s) => distanceToSegment(x, y, s)));
			// Anti-aliased edge, one pixel wide.
			const coverage = Math.max(0, Math.min(1, (halfWidth - d) / (unit / scale) + 0.5));
			const i = (py * size + px) * 4;
			pixels[i] = Math.round(r + (255 - r) * coverage);
			pixels[i + 1] = Math.round(g + (255 - g) * coverage);
			pixels[i + 2] = Math.round(b + (255 - b) * coverage);
			pixels[i + 3] = 255;
		}
	}
	return pixels;
}

/** The icon as a PNG file. */
export function iconPng(size: number): Buffer {
	return encodePng(size, size, drawIcon(size));
}
