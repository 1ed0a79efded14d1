/**
 * Instagram's JSON export writes text as UTF-8 bytes each escaped as a code point (`\u00c3\u00a9`
 * for “é”), so a parsed string reads “Ã©”. This turns such a string back into the text it was.
 */

/** Re-decodes `text` when every character is a byte and the bytes are valid UTF-8; else returns it. */
export function redecodeMojibake(text: string): string {
	let high = false;
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code > 0xff) return text;
		if (code >= 0x80) high = true;
		bytes[i] = code;
	}
	if (!high) return text;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return text;
	}
}
