/** Helpers shared by the diagrams: per-page IDs and the `*italic*` markup of their dictionary. */

/** A run of text, set in italics or not. */
export interface Run {
	text: string;
	italic: boolean;
}

/** Splits `Tingkat *engagement*` into runs; odd runs (between asterisks) are italic. */
export function runs(text: string): Run[] {
	return text
		.split('*')
		.map((part, i) => ({ text: part, italic: i % 2 === 1 }))
		.filter((run) => run.text !== '');
}

/** The text without its italic markup, for `<title>` and `<desc>`. */
export function plain(text: string): string {
	return text.replaceAll('*', '');
}

// Keyed by the page's `Astro.locals`, which lives as long as one page render.
const counts = new WeakMap<object, Map<string, number>>();

/**
 * A page-unique ID prefix for one diagram, e.g. `ib-loop-1`: every ID inside a figure starts with
 * it, so two figures on one page, even two of the same kind, never share an ID.
 */
export function diagramId(locals: object, name: string): string {
	let byName = counts.get(locals);
	if (byName === undefined) {
		byName = new Map();
		counts.set(locals, byName);
	}
	const n = (byName.get(name) ?? 0) + 1;
	byName.set(name, n);
	return `ib-${name}-${String(n)}`;
}
