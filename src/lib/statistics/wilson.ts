/**
 * The Wilson score interval for a proportion (Wilson 1927): how sure a rate measured on a small
 * sample is. Unlike "rate ± 1.96 standard errors" it never leaves [0, 1] and stays honest at 0 of n.
 */

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.96;

/** The interval's bounds as proportions in [0, 1]. */
export interface Interval {
	low: number;
	high: number;
}

/**
 * The Wilson score interval of `successes` out of `trials` (0 ≤ successes ≤ trials, trials > 0):
 * centre (p + z²/2n) ÷ (1 + z²/n), half-width z ÷ (1 + z²/n) × √(p(1 − p)/n + z²/4n²).
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
	const p = successes / trials;
	const z2n = (z * z) / trials;
	const denominator = 1 + z2n;
	const centre = (p + z2n / 2) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
	// The algebra gives exactly 0 at 0 of n and 1 at n of n; rounding may miss by an ulp either way,
	// and must never put the measured rate outside its own interval.
	const low = successes === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
	const high = successes === trials ? 1 : Math.max(p, Math.min(1, centre + half));
	return { low, high };
}
