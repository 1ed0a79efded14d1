import { describe, expect, test } from 'vitest';
import {
	hasInvalid,
	readField,
	readFields,
	valuesOf,
} from '../../../../src/lib/calculators/fields.ts';
import { ceilDiv, ceilMulDiv } from '../../../../src/lib/calculators/arithmetic.ts';
import { fill } from '../../../../src/lib/i18n/fill.ts';

describe('readField()', () => {
	test.each([
		[
			'1.234',
			{ kind: 'integer' },
			'id',
			{ value: 1234, error: undefined, readAsDecimal: false, compact: false },
		],
		[
			'1,5',
			{ kind: 'decimal' },
			'en',
			{ value: 1.5, error: undefined, readAsDecimal: true, compact: false },
		],
		[
			'',
			{ kind: 'integer' },
			'id',
			{ value: undefined, error: undefined, readAsDecimal: false, compact: false },
		],
		[
			'',
			{ kind: 'integer', required: true },
			'id',
			{ value: undefined, error: 'empty', readAsDecimal: false, compact: false },
		],
		[
			'1,5',
			{ kind: 'integer' },
			'id',
			{ value: undefined, error: 'fraction-in-count', readAsDecimal: false, compact: false },
		],
		[
			'abc',
			{ kind: 'decimal' },
			'en',
			{ value: undefined, error: 'not-a-number', readAsDecimal: false, compact: false },
		],
		// A count may be typed as the app shows it; a rate may not.
		[
			'12,5 rb',
			{ kind: 'integer' },
			'id',
			{ value: 12500, error: undefined, readAsDecimal: false, compact: true },
		],
		[
			'1.2M',
			{ kind: 'integer' },
			'en',
			{ value: 1200000, error: undefined, readAsDecimal: false, compact: true },
		],
		[
			'1,2 M',
			{ kind: 'integer' },
			'id',
			{ value: undefined, error: 'ambiguous-m', readAsDecimal: false, compact: false },
		],
		[
			'12,5 rb',
			{ kind: 'percent' },
			'id',
			{ value: undefined, error: 'not-a-number', readAsDecimal: false, compact: false },
		],
	] as const)('reads %j (%j, %s)', (text, def, locale, expected) => {
		expect(readField(text, def, locale)).toEqual(expected);
	});

	test('readFields() and valuesOf() read a whole form', () => {
		const readings = readFields(
			{ a: '2.000', b: '' },
			{ a: { kind: 'integer' }, b: { kind: 'decimal' } },
			'id',
		);
		expect(valuesOf(readings)).toEqual({ a: 2000, b: undefined });
		expect(hasInvalid(readings)).toBe(false);
		expect(hasInvalid(readFields({ a: 'x' }, { a: { kind: 'integer' } }, 'id'))).toBe(true);
	});
});

describe('ceilDiv() and ceilMulDiv()', () => {
	test.each([
		[10, 3, 4],
		[9, 3, 3],
		[0, 7, 0],
		[2 ** 53 + 2, 2, 2 ** 52 + 1],
	])('ceilDiv(%d, %d) = %d', (a, b, expected) => {
		expect(ceilDiv(a, b)).toBe(expected);
	});

	test('ceilMulDiv() is exact where floating point is not', () => {
		// 10 × 3 ÷ 1 would be fine, but 0.1-style rates are not: 500 ÷ (30 ÷ 200) = 3,333.33…
		expect(ceilMulDiv(500, 200, 30)).toBe(3334);
		expect(ceilMulDiv(10, 3, 1)).toBe(30);
		expect(ceilMulDiv(1e12, 1e12, 1)).toBe(1e24);
	});
});

describe('fill()', () => {
	test('fills known placeholders and leaves unknown ones visible', () => {
		expect(fill('{a} dari {b}, {c}', { a: 1, b: 'dua' })).toBe('1 dari dua, {c}');
	});
});
