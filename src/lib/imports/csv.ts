/**
 * A small RFC 4180 CSV reader: quoted fields with doubled quotes and line breaks, CRLF or LF,
 * a byte-order mark, and the delimiter (comma, semicolon or tab) detected from the header line.
 */

/** The delimiters a spreadsheet export may use. */
export const delimiters = [',', ';', '\t'] as const;

/** The delimiter that splits the first line into the most fields, outside quotes. */
export function detectDelimiter(text: string): string {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	let best = ',';
	let bestCount = -1;
	for (const d of delimiters) {
		let count = 0;
		let quoted = false;
		for (const ch of firstLine) {
			if (ch === '"') quoted = !quoted;
			else if (!quoted && ch === d) count++;
		}
		if (count > bestCount) {
			best = d;
			bestCount = count;
		}
	}
	return best;
}

/** Parses CSV text into rows of fields; `undefined` when a quote is never closed. */
export function parseCsv(
	input: string,
	delimiter = detectDelimiter(input),
): string[][] | undefined {
	const text = input.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const endField = () => {
		row.push(field);
		field = '';
	};
	while (i < text.length) {
		const ch = text.charAt(i);
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else field += ch;
			i++;
			continue;
		}
		if (ch === '"' && field === '') quoted = true;
		else if (ch === delimiter) endField();
		else if (ch === '\r' || ch === '\n') {
			endField();
			rows.push(row);
			row = [];
			if (ch === '\r' && text[i + 1] === '\n') i++;
		} else field += ch;
		i++;
	}
	if (quoted) return undefined;
	if (field !== '' || row.length > 0) {
		endField();
		rows.push(row);
	}
	return rows.filter((r) => r.some((f) => f.trim() !== ''));
}
