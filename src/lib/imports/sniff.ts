/** Recognises files that are certainly not text exports, from their first bytes. */

const signatures: readonly (readonly number[])[] = [
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x47, 0x49, 0x46, 0x38], // GIF
	[0x25, 0x50, 0x44, 0x46], // %PDF
	[0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
	[0x00, 0x00, 0x00], // MP4/HEIC box headers start with a small size
	[0x50, 0x4b, 0x03, 0x04], // ZIP (read as an archive instead)
];

/** Whether `bytes` start like an image, a PDF, a video or an archive, or hold NUL bytes early on. */
export function sniffBinary(bytes: Uint8Array): boolean {
	if (signatures.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
	const head = bytes.subarray(0, 1024);
	return head.includes(0);
}

/** Whether `bytes` start like a ZIP archive. */
export function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}
