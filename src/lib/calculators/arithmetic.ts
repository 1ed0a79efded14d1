/** Exact integer helpers for calculators whose results are counts of accounts or days. */

/**
 * ⌈a ÷ b⌉ for non-negative a and positive b. Exact (through BigInt) when both are safe integers, so
 * 3 × 10 ÷ 1 never becomes 30.000000000000004 and rounds up to 31.
 */
export function ceilDiv(a: number, b: number): number {
	if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
		const [x, y] = [BigInt(a), BigInt(b)];
		return Number((x + y - 1n) / y);
	}
	return Math.ceil(a / b);
}

/** ⌈a × b ÷ c⌉ for non-negative integers and positive c, exact even past 2^53 in the middle. */
export function ceilMulDiv(a: number, b: number, c: number): number {
	if ([a, b, c].every((n) => Number.isSafeInteger(n))) {
		const [x, y, z] = [BigInt(a), BigInt(b), BigInt(c)];
		return Number((x * y + z - 1n) / z);
	}
	return Math.ceil((a * b) / c);
}
