/**
 * Reads one string of a dictionary by its dotted path (`reciprocity.fields.followed.label`), so
 * pages and worksheets can print a calculator's own label instead of retyping it.
 */
export function lookup(dictionary: unknown, path: string): string {
	let node: unknown = dictionary;
	for (const key of path.split('.')) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) {
			throw new Error(`No dictionary string at "${path}" (stopped at "${key}")`);
		}
		node = (node as Record<string, unknown>)[key];
	}
	if (typeof node !== 'string') throw new Error(`"${path}" is not a string in the dictionary`);
	return node;
}
