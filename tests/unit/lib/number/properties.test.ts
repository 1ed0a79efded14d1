import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Locale, NumberKind } from '../../../../src/lib/number/index.ts';
import {
	formatNumber,
	MAX_INPUT,
	parseNumber,
	toCanonical,
} from '../../../../src/lib/number/index.ts';

const locales = fc.constantFrom<Locale>('id', 'en');
const kinds = fc.constantFrom<NumberKind>('decimal', 'integer', 'percent');

// Random strings rarely look like numbers, so also draw from the characters the parser cares about.
const numberish = fc.string({
	unit: fc.constantFrom(...'0123456789.,%-+eE \u00a0\u202f\u2009\u2212\u2013\t\u0661x'.split('')),
	maxLength: 30,
});
const anyText = fc.oneof(
	numberish,
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.string({ maxLength: 500 }),
);

describe('number properties', () => {
	test('parseNumber never throws and only returns finite values in [0, MAX_INPUT]', () => {
		fc.assert(
			fc.property(anyText, locales, kinds, (text, locale, kind) => {
				const result = parseNumber(text, locale, kind);
				if (result.ok) {
					expect(Number.isFinite(result.value)).toBe(true);
					expect(result.value).toBeGreaterThanOrEqual(0);
					expect(result.value).toBeLessThanOrEqual(MAX_INPUT);
					expect(Object.is(result.value, -0)).toBe(false);
				}
			}),
			{ numRuns: 5000 },
		);
	});

	test('formatted values with up to two fraction digits parse back exactly', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_INPUT }),
				fc.integer({ min: 0, max: 99 }),
				locales,
				(n, k, locale) => {
					// Built from the decimal text because n + k / 100 can land one ulp off that decimal.
					const x = Number(`${String(n)}.${String(k).padStart(2, '0')}`);
					fc.pre(x <= MAX_INPUT);
					expect(parseNumber(formatNumber(x, locale), locale)).toEqual({
						ok: true,
						value: x,
						readAsDecimal: false,
					});
				},
			),
			{ numRuns: 2000 },
		);
	});

	test('toCanonical round-trips through Number() for non-negative doubles up to MAX_INPUT', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: MAX_INPUT, noNaN: true }), (x) => {
				const text = toCanonical(x);
				expect(text).toMatch(/^[0-9]+(\.[0-9]*[1-9])?$/);
				expect(Number(text)).toBe(x);
			}),
			{ numRuns: 2000 },
		);
	});

	test('toCanonical round-trips any finite double', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
				expect(Number(toCanonical(x))).toBe(x === 0 ? 0 : x);
			}),
			{ numRuns: 1000 },
		);
	});

	test('formatted integers parse back as the same count', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_INPUT }),
				locales,
				fc.constantFrom({}, { minimumFractionDigits: 2 }),
				(n, locale, options) => {
					const result = parseNumber(formatNumber(n, locale, options), locale, 'integer');
					expect(result).toMatchObject({ ok: true, value: n });
				},
			),
			{ numRuns: 2000 },
		);
	});
});
