import { describe, expect, test } from 'vitest';
import type { Locale } from '../../../../src/lib/number/index.ts';
import { formatNumber, formatWhole, toCanonical } from '../../../../src/lib/number/index.ts';

type Options = Parameters<typeof formatNumber>[2];

describe('formatNumber()', () => {
	test.each([
		[1234.5, 'id', {}, '1.234,5'],
		[1234.5, 'en', {}, '1,234.5'],
		[0, 'id', {}, '0'],
		[0, 'en', {}, '0'],
		[0.5, 'id', {}, '0,5'],
		[0.5, 'en', {}, '0.5'],
		[1000, 'id', {}, '1.000'],
		[1000, 'en', {}, '1,000'],
		[1234567.891, 'id', {}, '1.234.567,89'],
		[1234567.891, 'en', {}, '1,234,567.89'],
		[1e12, 'id', {}, '1.000.000.000.000'],
		[1e12, 'en', {}, '1,000,000,000,000'],
		[1.239, 'id', {}, '1,24'],
		[1.239, 'en', {}, '1.24'],
		[1234.5, 'id', { maximumFractionDigits: 0 }, '1.235'],
		[1234.5, 'en', { maximumFractionDigits: 0 }, '1,235'],
		[5, 'id', { minimumFractionDigits: 2 }, '5,00'],
		[5, 'en', { minimumFractionDigits: 2 }, '5.00'],
		// A minimum above the default maximum raises the maximum instead of throwing.
		[5, 'id', { minimumFractionDigits: 3 }, '5,000'],
		[5, 'en', { minimumFractionDigits: 3 }, '5.000'],
		[0.12345, 'id', { maximumFractionDigits: 4 }, '0,1235'],
		[0.12345, 'en', { maximumFractionDigits: 4 }, '0.1235'],
		[-0, 'id', {}, '0'],
		[-0.001, 'en', {}, '0'],
	] satisfies [number, Locale, Options, string][])(
		'formats %d on an %s page with %o as %j',
		(value, locale, options, expected) => {
			expect(formatNumber(value, locale, options)).toBe(expected);
		},
	);

	test.each([
		[Number.NaN, 'id'],
		[Number.NaN, 'en'],
		[Number.POSITIVE_INFINITY, 'id'],
		[Number.NEGATIVE_INFINITY, 'en'],
	] satisfies [number, Locale][])('shows %d on an %s page as a dash', (value, locale) => {
		expect(formatNumber(value, locale)).toBe('—');
	});
});

describe('formatWhole(): people and customers are whole', () => {
	test.each([
		// [value, locale, shown, where the value comes from]
		[15, 'id', '15', 'the reach example: 5 × 60 × 0.5 ÷ 10 people'],
		[333.3333333333333, 'id', '333', 'the outlines: 60 ÷ 45 × 250 people reached by posting'],
		[1666.6666666666667, 'id', '1.667', 'the 50 % variant: 300 ÷ 45 × 250'],
		[1666.6666666666667, 'en', '1,667', 'the same on an English page'],
		[1.5, 'id', '2', '15 people × 10 %: a half is rounded up'],
		[21.5, 'en', '22', '1.5 + 20 customers'],
		[22.5, 'id', '23', 'an average of 22.5 conversations a week'],
		[0.4, 'id', '0', 'less than half a customer'],
		[0.5, 'en', '1', 'exactly half a customer'],
		[2.4999999999999996, 'id', '2', 'just under a half stays down'],
		[12345.5, 'id', '12.346', 'grouped in the page’s locale'],
	] as [number, Locale, string, string][])(
		'%d on a page in %s shows as %s (%s)',
		(value, locale, shown) => {
			expect(formatWhole(value, locale)).toBe(shown);
		},
	);
});

describe('toCanonical()', () => {
	test.each([
		[1234.5, '1234.5'],
		[1e-7, '0.0000001'],
		[0, '0'],
		[-0, '0'],
		[0.1, '0.1'],
		[1e-6, '0.000001'],
		[1.2345e-10, '0.00000000012345'],
		[1e12, '1000000000000'],
		[999999999999.99, '999999999999.99'],
		[123456789.123, '123456789.123'],
		[1e21, '1000000000000000000000'],
		[1.5e21, '1500000000000000000000'],
		[5e-324, `0.${'0'.repeat(323)}5`],
		[-1.5, '-1.5'],
		[-1e-7, '-0.0000001'],
	])('writes %d as %j', (value, expected) => {
		expect(toCanonical(value)).toBe(expected);
	});

	test('writes Number.MAX_VALUE as 309 plain digits', () => {
		expect(toCanonical(Number.MAX_VALUE)).toMatch(/^17976931348623157[0-9]{292}$/);
	});

	test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
		'writes %d as an empty string',
		(value) => {
			expect(toCanonical(value)).toBe('');
		},
	);
});
