/**
 * Exact rounding of products and quotients of decimal numbers, such as ⌈500 × 200 × 100 ÷ (30 × 85,5)⌉:
 * each number becomes an exact fraction of its decimal digits (BigInt), so no binary drift can push a
 * whole result across an integer.
 */
import { toCanonical } from '../number/index.ts';

/** A finite, non-negative decimal as digits ÷ 10^scale. */
function fractionOf(value: number): { digits: bigint; scale: number } {
	const [whole = '0', fraction = ''] = toCanonical(value).split('.');
	return { digits: BigInt(whole + fraction), scale: fraction.length };
}

/** Π numerators ÷ Π denominators as a BigInt fraction. */
function ratio(numerators: readonly number[], denominators: readonly number[]) {
	let top = 1n;
	let bottom = 1n;
	for (const n of numerators) {
		const f = fractionOf(n);
		top *= f.digits;
		bottom *= 10n ** BigInt(f.scale);
	}
	for (const d of denominators) {
		const f = fractionOf(d);
		bottom *= f.digits;
		top *= 10n ** BigInt(f.scale);
	}
	return { top, bottom };
}

/** The exact fraction, or `undefined` when an input is not finite and non-negative or it divides by 0. */
function checkedRatio(
	numerators: readonly number[],
	denominators: readonly number[],
): { top: bigint; bottom: bigint } | undefined {
	if (![...numerators, ...denominators].every((n) => Number.isFinite(n) && n >= 0))
		return undefined;
	const fraction = ratio(numerators, denominators);
	return fraction.bottom === 0n ? undefined : fraction;
}

/**
 * ⌈Π numerators ÷ Π denominators⌉ for finite, non-negative numbers and positive denominators;
 * `undefined` when any input is not finite or a denominator is 0.
 */
export function ceilRatio(
	numerators: readonly number[],
	denominators: readonly number[],
): number | undefined {
	const fraction = checkedRatio(numerators, denominators);
	return fraction && Number((fraction.top + fraction.bottom - 1n) / fraction.bottom);
}

/** ⌊Π numerators ÷ Π denominators⌋, under the same conditions as {@link ceilRatio}. */
export function floorRatio(
	numerators: readonly number[],
	denominators: readonly number[],
): number | undefined {
	const fraction = checkedRatio(numerators, denominators);
	return fraction && Number(fraction.top / fraction.bottom);
}
