/**
 * Per-page numbering of calculator islands. Each island hydrates as its own Preact root, so Preact's
 * `useId` would give two islands on one page the same IDs; the server numbers them per page instead.
 * Only the first calculator on a page keeps its scenario in the URL, so two never fight over it.
 */

/** The request-scoped store the numbering lives in (`Astro.locals`). */
interface Counter {
	ibCalculatorCount?: number;
}

/** A calculator's place on its page. */
export interface Instance {
	/** A page-unique prefix for element IDs, e.g. `ib-reciprocity-1`. */
	id: string;
	/** Whether this calculator reads and writes the page's query string. */
	syncUrl: boolean;
}

/** Numbers the next calculator rendered on the current page. */
export function nextInstance(locals: Counter, name: string): Instance {
	const count = (locals.ibCalculatorCount ?? 0) + 1;
	locals.ibCalculatorCount = count;
	return { id: `ib-${name}-${String(count)}`, syncUrl: count === 1 };
}
