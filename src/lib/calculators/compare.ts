/**
 * Comparing two scenarios of one calculator: each of B's results is shown with its difference
 * from A. (B's link parameters: src/lib/url-state/scenario-b.ts.)
 */
import { fill } from '../i18n/fill.ts';
import type { Value } from './value.ts';

/** True when `value` is a computed calculator result (not a missing one, not another property). */
function isComputed(value: unknown): value is { value: number } {
	return (
		typeof value === 'object' &&
		value !== null &&
		'value' in value &&
		typeof value.value === 'number' &&
		Number.isFinite(value.value)
	);
}

/**
 * B − A for one result: a number when both scenarios computed it, otherwise `undefined` (the
 * difference is not shown). `a` is looked up loosely, as it comes from A's whole result object.
 */
export function difference<M extends string>(a: unknown, b: Value<M>): number | undefined {
	if (!isComputed(a) || !isComputed(b)) return undefined;
	const d = b.value - a.value;
	// Binary floating point leaves noise in the last digits (1.35 − 0.75 = 0.6000000000000001):
	// 12 significant digits keep every digit a reader typed and drop the noise.
	const scale = Math.max(Math.abs(a.value), Math.abs(b.value));
	if (Math.abs(d) <= scale * Number.EPSILON * 4) return 0;
	return Number(d.toPrecision(12));
}

/** The words a page uses for a difference (the `common.compare` dictionary entries). */
export interface DifferenceWords {
	/** "{difference} compared with A" */
	difference: string;
	/** "Same as A" */
	same: string;
	/** "percentage point", after exactly 1 */
	point: string;
	/** "percentage points" */
	points: string;
}

/**
 * How scenario B says a difference from A: signed, in the result's own format (`render`, which
 * formats in the page's locale), and in percentage points when the result is a percentage (a rate
 * going from 2 % to 3 % rose by 1 point, not by 1 %).
 */
export function describeDifference(
	d: number,
	render: (x: number) => string,
	words: DifferenceWords,
): string {
	if (d === 0) return words.same;
	const magnitude = render(Math.abs(d));
	const number = magnitude.slice(0, -1).trimEnd();
	const text = magnitude.endsWith('%')
		? `${number} ${number === '1' ? words.point : words.points}`
		: magnitude;
	return fill(words.difference, { difference: `${d > 0 ? '+' : '−'}${text}` });
}
