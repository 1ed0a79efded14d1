import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ceilRatio, floorRatio } from '../../../../src/lib/calculators/exact.ts';

describe('ceilRatio() and floorRatio()', () => {
	test.each([
		// Worked by hand on the decimal digits.
		[[500, 200, 100], [30, 100], 3334, 3333], // 10,000,000 ÷ 3,000 = 3,333.3…
		[[500, 200, 100], [30, 85.5], 3899, 3898], // 10,000,000 ÷ 2,565 = 3,898.6…
		[[10, 3, 100], [1, 100], 30, 30], // exactly 30: binary 3 × 0.1 drift must not give 31
		[[0.1, 3], [0.3], 1, 1], // 0.1 × 3 = 0.3 exactly on decimals, 0.30000000000000004 in binary
		[[1e12, 1e12], [1], 1e24, 1e24],
	])('%j ÷ %j: ceil %d, floor %d', (top, bottom, ceil, floor) => {
		expect(ceilRatio(top, bottom)).toBe(ceil);
		expect(floorRatio(top, bottom)).toBe(floor);
	});

	test('has no result for a zero denominator or a non-finite input', () => {
		expect(ceilRatio([1], [0])).toBeUndefined();
		expect(floorRatio([Infinity], [1])).toBeUndefined();
		expect(ceilRatio([NaN], [1])).toBeUndefined();
	});

	test('floor ≤ a ÷ b ≤ ceil, and they differ by at most 1', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
				const c = ceilRatio([a], [b]) ?? NaN;
				const f = floorRatio([a], [b]) ?? NaN;
				expect(c - f).toBe(a % b === 0 ? 0 : 1);
				expect(f * b).toBeLessThanOrEqual(a);
				expect(c * b).toBeGreaterThanOrEqual(a);
			}),
			{ numRuns: 2000 },
		);
	});
});
