import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wilsonInterval } from '../../../../src/lib/statistics/wilson.ts';

describe('wilsonInterval()', () => {
	// Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison
	// of seven methods", Statistics in Medicine 17, 857–872, Table I, method 3 (score interval
	// without continuity correction, z = 1.96), given to four decimals.
	test.each([
		[81, 263, 0.2553, 0.3662],
		[15, 148, 0.0624, 0.1605],
		[0, 20, 0, 0.1611],
		[1, 29, 0.0061, 0.1718],
		[29, 29, 0.883, 1],
	])('%d of %d: %d to %d (Newcombe 1998, Table I)', (x, n, low, high) => {
		const interval = wilsonInterval(x, n);
		expect(interval.low).toBeCloseTo(low, 4);
		expect(interval.high).toBeCloseTo(high, 4);
	});

	// Independent computation: Python's math module on the same formula, printed to 4 decimals
	// (`python3 -c "…"`, see the commit that added this table); the worked example on the page.
	test('30 of 200 (the page’s worked example): 10.71 % to 20.61 %', () => {
		const { low, high } = wilsonInterval(30, 200);
		expect(low).toBeCloseTo(0.1071, 4);
		expect(high).toBeCloseTo(0.2061, 4);
	});

	test('is exactly [0, …] at 0 of n and […, 1] at n of n', () => {
		expect(wilsonInterval(0, 7).low).toBe(0);
		expect(wilsonInterval(7, 7).high).toBe(1);
	});
});

describe('wilsonInterval() properties (fast-check)', () => {
	const attempt = fc
		.integer({ min: 1, max: 1e12 })
		.chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

	test('low ≤ rate ≤ high, all within [0, 1]', () => {
		fc.assert(
			fc.property(attempt, ([x, n]) => {
				const { low, high } = wilsonInterval(x, n);
				expect(0).toBeLessThanOrEqual(low);
				expect(low).toBeLessThanOrEqual(x / n);
				expect(x / n).toBeLessThanOrEqual(high);
				expect(high).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 5000 },
		);
	});

	test('narrows as the sample grows at the same rate', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1e6 }),
				fc.integer({ min: 0, max: 1e6 }),
				fc.integer({ min: 2, max: 1000 }),
				(n, xRaw, k) => {
					const x = xRaw % (n + 1);
					const small = wilsonInterval(x, n);
					const large = wilsonInterval(x * k, n * k);
					expect(large.high - large.low).toBeLessThan(small.high - small.low);
				},
			),
			{ numRuns: 3000 },
		);
	});
});
