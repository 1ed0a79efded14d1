/**
 * QR codes as inline SVG, drawn at build time so printed handouts and slides need no client script.
 * The path draws each run of dark modules in a row as one rectangle, which keeps the markup small.
 */
import QRCode from 'qrcode';

/** A QR code ready for an `<svg>`: the side in modules (quiet zone included) and one path. */
export interface QrSvg {
	size: number;
	path: string;
}

/** The quiet zone around the code, in modules, as the QR standard asks. */
const quiet = 4;

/** Encodes `text` (a URL) as a QR code, error correction level M. */
export function qrSvg(text: string): QrSvg {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const n = modules.size;
	let path = '';
	for (let row = 0; row < n; row += 1) {
		let col = 0;
		while (col < n) {
			if (!modules.get(row, col)) {
				col += 1;
				continue;
			}
			const start = col;
			while (col < n && modules.get(row, col)) col += 1;
			path += `M${String(start + quiet)} ${String(row + quiet)}h${String(col - start)}v1h-${String(col - start)}z`;
		}
	}
	return { size: n + 2 * quiet, path };
}
