/**
 * Unique element-ID prefixes for calculator islands. Each island hydrates as its own Preact root, so
 * Preact's `useId` would hand two islands on one page the same IDs; the server numbers them instead.
 */
let count = 0;

/** Returns a new prefix such as `ib-reciprocity-3`. */
export function nextInstanceId(name: string): string {
	count += 1;
	return `ib-${name}-${String(count)}`;
}
