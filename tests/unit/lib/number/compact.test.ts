import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	compactSuffixes,
	formatNumber,
	MAX_INPUT,
	parseCount,
	type Locale,
	type ParseResult,
} from '../../../../src/lib/number/index.ts';

const compact = (value: number): ParseResult => ({
	ok: true,
	value,
	readAsDecimal: false,
	compact: true,
});

describe('parseCount()', () => {
	// Expected values: the suffix's meaning (rb/ribu = 10^3, jt/juta = 10^6, K = 10^3, M = 10^6)
	// applied by hand to the digits shown.
	test.each([
		['12,5 rb', 'id', compact(12_500)],
		['12,5rb', 'id', compact(12_500)],
		['12 ribu', 'id', compact(12_000)],
		['1,2 jt', 'id', compact(1_200_000)],
		['1 juta', 'id', compact(1_000_000)],
		['12,5K', 'id', compact(12_500)],
		['1,15 rb', 'id', compact(1_150)],
		['4,1 RB', 'id', compact(4_100)],
		['12.5K', 'en', compact(12_500)],
		['12.5k', 'en', compact(12_500)],
		['1.2M', 'en', compact(1_200_000)],
		['1.2m', 'en', compact(1_200_000)],
		['1,000K', 'en', compact(1_000_000)],
		['0.3K', 'en', compact(300)],
	] as const)('reads %j on a %s page', (text, locale, expected) => {
		expect(parseCount(text, locale)).toEqual(expected);
	});

	test.each([
		['1,2 M', 'id', 'ambiguous-m'],
		['1M', 'id', 'ambiguous-m'],
		['1,2345 rb', 'id', 'fraction-in-count'],
		['1.2 jt', 'en', 'not-a-number'],
		['-12 rb', 'id', 'negative'],
		['2000000 jt', 'id', 'too-large'],
		['12,5 B', 'en', 'not-a-number'],
		['1e5', 'en', 'exponent'],
		['rb', 'id', 'not-a-number'],
	] as const)('rejects %j on a %s page (%s)', (text, locale, error) => {
		expect(parseCount(text, locale)).toEqual({ ok: false, error });
	});

	test('a plain count reads as before, with no compact mark', () => {
		expect(parseCount('12.500', 'id')).toEqual({ ok: true, value: 12_500, readAsDecimal: false });
	});
});

describe('parseCount() properties', () => {
	const locales = fc.constantFrom<Locale>('id', 'en');
	test('a compact form parses to the number it abbreviates', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 999_999 }),
				fc.integer({ min: 0, max: 9 }),
				locales,
				fc.boolean(),
				(whole, tenth, locale, millions) => {
					const suffix = millions ? (locale === 'id' ? 'jt' : 'M') : locale === 'id' ? 'rb' : 'K';
					expect(compactSuffixes[locale][suffix.toLowerCase()]).toBe(millions ? 6 : 3);
					const shown = formatNumber(Number(`${String(whole)}.${String(tenth)}`), locale, {
						minimumFractionDigits: 1,
					});
					const expected = (whole * 10 + tenth) * (millions ? 100_000 : 100);
					const result = parseCount(`${shown} ${suffix}`, locale);
					if (expected > MAX_INPUT) expect(result).toEqual({ ok: false, error: 'too-large' });
					else expect(result).toEqual(compact(expected));
				},
			),
			{ numRuns: 3000 },
		);
	});

	test('never throws and only returns whole counts in [0, MAX_INPUT]', () => {
		const text = fc.string({
			unit: fc.constantFrom(...'0123456789.,- rbijutaKkMm\u00a0'.split('')),
			maxLength: 20,
		});
		fc.assert(
			fc.property(text, locales, (t, locale) => {
				const result = parseCount(t, locale);
				if (result.ok) {
					expect(Number.isInteger(result.value)).toBe(true);
					expect(result.value).toBeGreaterThanOrEqual(0);
					expect(result.value).toBeLessThanOrEqual(MAX_INPUT);
				}
			}),
			{ numRuns: 5000 },
		);
	});
});
