import { describe, expect, test } from 'vitest';
import type {
	Locale,
	NumberKind,
	ParseError,
	ParseResult,
} from '../../../../src/lib/number/index.ts';
import { MAX_INPUT, parseNumber } from '../../../../src/lib/number/index.ts';

type Row = [input: string, locale: Locale, kind: NumberKind, expected: ParseResult];

const value = (n: number): ParseResult => ({ ok: true, value: n, readAsDecimal: false });
const readAsDecimal = (n: number): ParseResult => ({ ok: true, value: n, readAsDecimal: true });
const error = (e: ParseError): ParseResult => ({ ok: false, error: e });

/** Runs one table; `%j` keeps invisible spaces and control characters visible in test names. */
function check(rows: Row[]): void {
	test.each(rows)('%j on an %s page as %s → %o', (input, locale, kind, expected) => {
		expect(parseNumber(input, locale, kind)).toEqual(expected);
	});
}

describe('parseNumber: surrounding whitespace and empty input', () => {
	check([
		['', 'id', 'decimal', error('empty')],
		['', 'en', 'decimal', error('empty')],
		['   ', 'id', 'decimal', error('empty')],
		['\t\n ', 'en', 'decimal', error('empty')],
		['\u00a0\u202f\u2009', 'id', 'integer', error('empty')],
		['', 'en', 'percent', error('empty')],
		['  12  ', 'id', 'decimal', value(12)],
		['\n12\t', 'en', 'decimal', value(12)],
		[' 1.234 ', 'id', 'decimal', value(1234)],
		['\u00a01,234\u202f', 'en', 'decimal', value(1234)],
	]);

	test('the kind defaults to decimal', () => {
		expect(parseNumber('1,5', 'id')).toEqual(parseNumber('1,5', 'id', 'decimal'));
		expect(parseNumber('12%', 'en')).toEqual(error('not-a-number'));
	});
});

describe('parseNumber: plain digits and the locale marks', () => {
	check([
		['0', 'id', 'decimal', value(0)],
		['42', 'en', 'decimal', value(42)],
		['007', 'id', 'decimal', value(7)],
		['1234567', 'en', 'decimal', value(1234567)],
		['1.234', 'id', 'decimal', value(1234)],
		['1.234,5', 'id', 'decimal', value(1234.5)],
		['0,5', 'id', 'decimal', value(0.5)],
		['1.234.567', 'id', 'decimal', value(1234567)],
		['1.234.567,89', 'id', 'decimal', value(1234567.89)],
		['1234,5', 'id', 'decimal', value(1234.5)],
		['1,234', 'en', 'decimal', value(1234)],
		['1,234.5', 'en', 'decimal', value(1234.5)],
		['0.5', 'en', 'decimal', value(0.5)],
		['1,234,567', 'en', 'decimal', value(1234567)],
		['1,234,567.89', 'en', 'decimal', value(1234567.89)],
		['1234.5', 'en', 'decimal', value(1234.5)],
	]);
});

describe('parseNumber: spaces as grouping', () => {
	check([
		['1 234', 'id', 'decimal', value(1234)],
		['1 234', 'en', 'decimal', value(1234)],
		['1 234 567,5', 'id', 'decimal', value(1234567.5)],
		['1 234 567.5', 'en', 'decimal', value(1234567.5)],
		['1\u00a0234', 'id', 'decimal', value(1234)],
		['1\u202f234', 'en', 'decimal', value(1234)],
		['1\u2009234', 'id', 'decimal', value(1234)],
		['12\u00a0345\u202f678', 'en', 'decimal', value(12345678)],
		['1 23', 'id', 'decimal', error('bad-grouping')],
		['1 23', 'en', 'decimal', error('bad-grouping')],
		['1234 567', 'id', 'decimal', error('bad-grouping')],
		['12 3456', 'en', 'decimal', error('bad-grouping')],
		['1  234', 'id', 'decimal', error('bad-grouping')],
		['1 234 56', 'en', 'decimal', error('bad-grouping')],
		// Grouping belongs before the decimal mark only.
		['1,234 5', 'id', 'decimal', error('bad-grouping')],
		['1.234 5', 'en', 'decimal', error('bad-grouping')],
		['1 ,5', 'id', 'decimal', error('bad-grouping')],
		['1 .5', 'en', 'decimal', error('bad-grouping')],
		// Mixing space grouping with the locale's group mark.
		['1 234.567', 'id', 'decimal', error('bad-grouping')],
		['1.234 567', 'id', 'decimal', error('bad-grouping')],
		['1 234,567', 'en', 'decimal', error('bad-grouping')],
		['1,234 567.5', 'en', 'decimal', error('bad-grouping')],
		// Even a lone mark that would be read as the decimal mark does not excuse the mix.
		['1 234.5', 'id', 'decimal', error('bad-grouping')],
		['1 234,5', 'en', 'decimal', error('bad-grouping')],
	]);
});

describe('parseNumber: a lone group mark that cannot be grouping is the decimal mark', () => {
	check([
		['1.5', 'id', 'decimal', readAsDecimal(1.5)],
		['12.34', 'id', 'decimal', readAsDecimal(12.34)],
		['1234.567', 'id', 'decimal', readAsDecimal(1234.567)],
		['.5', 'id', 'decimal', readAsDecimal(0.5)],
		['5.', 'id', 'decimal', readAsDecimal(5)],
		['1.2345', 'id', 'decimal', readAsDecimal(1.2345)],
		['1,5', 'en', 'decimal', readAsDecimal(1.5)],
		['12,34', 'en', 'decimal', readAsDecimal(12.34)],
		['1234,567', 'en', 'decimal', readAsDecimal(1234.567)],
		[',5', 'en', 'decimal', readAsDecimal(0.5)],
		['5,', 'en', 'decimal', readAsDecimal(5)],
		['1,2345', 'en', 'decimal', readAsDecimal(1.2345)],
		// Exactly ^\d{1,3}<mark>\d{3}$ is grouping, so readAsDecimal stays false.
		['1.234', 'id', 'decimal', value(1234)],
		['123.456', 'id', 'decimal', value(123456)],
		// A first group of 0 is never grouping: read as the decimal mark.
		['0.500', 'id', 'decimal', readAsDecimal(0.5)],
		['0,500', 'en', 'decimal', readAsDecimal(0.5)],
		['1,234', 'en', 'decimal', value(1234)],
		['999,999', 'en', 'decimal', value(999999)],
		// The real decimal mark never sets readAsDecimal.
		['1,5', 'id', 'decimal', value(1.5)],
		['1.5', 'en', 'decimal', value(1.5)],
	]);
});

describe('parseNumber: two or more group marks without a decimal mark', () => {
	check([
		['1.23.4', 'id', 'decimal', error('bad-grouping')],
		['1,23,4', 'en', 'decimal', error('bad-grouping')],
		['1.234.56', 'id', 'decimal', error('bad-grouping')],
		['1,234,56', 'en', 'decimal', error('bad-grouping')],
		['1234.567.890', 'id', 'decimal', error('bad-grouping')],
		['1234,567,890', 'en', 'decimal', error('bad-grouping')],
		['.234.567', 'id', 'decimal', error('bad-grouping')],
		['1..234', 'id', 'decimal', error('bad-grouping')],
		['1,,234', 'en', 'decimal', error('bad-grouping')],
		['12.345.678', 'id', 'decimal', value(12345678)],
		['12,345,678', 'en', 'decimal', value(12345678)],
	]);
});

describe('parseNumber: with the decimal mark present', () => {
	check([
		['1,2,3', 'id', 'decimal', error('two-decimal-marks')],
		['1.2.3', 'en', 'decimal', error('two-decimal-marks')],
		['1.234,5,6', 'id', 'decimal', error('two-decimal-marks')],
		['1,234.5.6', 'en', 'decimal', error('two-decimal-marks')],
		['1,,5', 'id', 'decimal', error('two-decimal-marks')],
		['1..5', 'en', 'decimal', error('two-decimal-marks')],
		// Group mark after the decimal mark, i.e. the other locale's format.
		['1,234.5', 'id', 'decimal', error('bad-grouping')],
		['1.234,5', 'en', 'decimal', error('bad-grouping')],
		['1,5.5', 'id', 'decimal', error('bad-grouping')],
		['1.5,5', 'en', 'decimal', error('bad-grouping')],
		// Grouping in the integer part must be valid.
		['12.34,5', 'id', 'decimal', error('bad-grouping')],
		['12,34.5', 'en', 'decimal', error('bad-grouping')],
		['1234.567,5', 'id', 'decimal', error('bad-grouping')],
		['1234,567.5', 'en', 'decimal', error('bad-grouping')],
		['.234,5', 'id', 'decimal', error('bad-grouping')],
		// Leading and trailing decimal marks.
		[',5', 'id', 'decimal', value(0.5)],
		['5,', 'id', 'decimal', value(5)],
		['.5', 'en', 'decimal', value(0.5)],
		['5.', 'en', 'decimal', value(5)],
		['1.234,', 'id', 'decimal', value(1234)],
		['1,234.', 'en', 'decimal', value(1234)],
		// A mark alone holds no digit.
		[',', 'id', 'decimal', error('not-a-number')],
		['.', 'en', 'decimal', error('not-a-number')],
		['.', 'id', 'decimal', error('not-a-number')],
		[',.', 'en', 'decimal', error('not-a-number')],
	]);
});

describe('parseNumber: negative numbers', () => {
	check([
		['-1', 'id', 'decimal', error('negative')],
		['-1', 'en', 'decimal', error('negative')],
		['\u22125', 'id', 'decimal', error('negative')],
		['\u22125', 'en', 'integer', error('negative')],
		['\u20131,5', 'id', 'decimal', error('negative')],
		['\u20131.5', 'en', 'decimal', error('negative')],
		['-0', 'id', 'decimal', error('negative')],
		['-0', 'en', 'decimal', error('negative')],
		['  -12', 'id', 'decimal', error('negative')],
		['-5%', 'en', 'percent', error('negative')],
		['+1', 'id', 'decimal', error('not-a-number')],
		['+0', 'en', 'decimal', error('not-a-number')],
		['5-', 'id', 'decimal', error('not-a-number')],
		['1-2', 'en', 'decimal', error('not-a-number')],
	]);
});

describe('parseNumber: exponent notation', () => {
	check([
		['1e5', 'id', 'decimal', error('exponent')],
		['1e5', 'en', 'decimal', error('exponent')],
		['1E-3', 'id', 'decimal', error('exponent')],
		['1E-3', 'en', 'decimal', error('exponent')],
		['2,5e3', 'id', 'decimal', error('exponent')],
		['2.5e3', 'en', 'decimal', error('exponent')],
		['1e308', 'id', 'decimal', error('exponent')],
		['1e308', 'en', 'integer', error('exponent')],
		['1e+5', 'en', 'decimal', error('exponent')],
		['1.234e5', 'id', 'decimal', error('exponent')],
		['1e5%', 'en', 'percent', error('exponent')],
		// Without a mantissa or an exponent digit, it is just text.
		['e5', 'id', 'decimal', error('not-a-number')],
		['1e', 'en', 'decimal', error('not-a-number')],
		['1e5e5', 'id', 'decimal', error('not-a-number')],
	]);
});

describe('parseNumber: letters, symbols and hostile input', () => {
	check([
		['Infinity', 'id', 'decimal', error('not-a-number')],
		['Infinity', 'en', 'decimal', error('not-a-number')],
		['NaN', 'id', 'decimal', error('not-a-number')],
		['NaN', 'en', 'decimal', error('not-a-number')],
		['0x10', 'id', 'decimal', error('not-a-number')],
		['0x10', 'en', 'decimal', error('not-a-number')],
		['<script>alert(1)</script>', 'id', 'decimal', error('not-a-number')],
		['<script>alert(1)</script>', 'en', 'percent', error('not-a-number')],
		['12abc', 'id', 'decimal', error('not-a-number')],
		['12abc', 'en', 'integer', error('not-a-number')],
		['1/2', 'id', 'decimal', error('not-a-number')],
		['1/2', 'en', 'decimal', error('not-a-number')],
		['$5', 'id', 'decimal', error('not-a-number')],
		['$5', 'en', 'decimal', error('not-a-number')],
		["'; DROP TABLE users; --", 'id', 'decimal', error('not-a-number')],
		["1'; DROP", 'en', 'decimal', error('not-a-number')],
		['😀', 'id', 'decimal', error('not-a-number')],
		['1😀', 'en', 'decimal', error('not-a-number')],
		['\u0661\u0662\u0663', 'id', 'decimal', error('not-a-number')],
		['\u0661\u0662\u0663', 'en', 'integer', error('not-a-number')],
		['\uff15', 'id', 'decimal', error('not-a-number')],
		['1\t234', 'en', 'decimal', error('not-a-number')],
		['1_000', 'id', 'decimal', error('not-a-number')],
		['(5)', 'en', 'decimal', error('not-a-number')],
		['5\u0000', 'id', 'decimal', error('not-a-number')],
		['Rp 5.000', 'id', 'decimal', error('not-a-number')],
	]);
});

describe('parseNumber: percent', () => {
	check([
		['12,5%', 'id', 'percent', value(12.5)],
		['12.5%', 'en', 'percent', value(12.5)],
		['12,5 %', 'id', 'percent', value(12.5)],
		['12.5 %', 'en', 'percent', value(12.5)],
		['12,5\u00a0%', 'id', 'percent', value(12.5)],
		['12.5\u202f%', 'en', 'percent', value(12.5)],
		['12,5', 'id', 'percent', value(12.5)],
		['12.5', 'en', 'percent', value(12.5)],
		['1.234,5%', 'id', 'percent', value(1234.5)],
		['1,234.5%', 'en', 'percent', value(1234.5)],
		// No range check: 150% is a fine growth rate.
		['150%', 'id', 'percent', value(150)],
		['150%', 'en', 'percent', value(150)],
		['1.5%', 'id', 'percent', readAsDecimal(1.5)],
		['%', 'id', 'percent', error('not-a-number')],
		['%', 'en', 'percent', error('not-a-number')],
		['5%%', 'id', 'percent', error('not-a-number')],
		['%5', 'en', 'percent', error('not-a-number')],
		['5 % 5', 'id', 'percent', error('not-a-number')],
		['12,5%', 'id', 'decimal', error('not-a-number')],
		['12.5%', 'en', 'decimal', error('not-a-number')],
		['12%', 'id', 'integer', error('not-a-number')],
		['12 %', 'en', 'integer', error('not-a-number')],
	]);
});

describe('parseNumber: integer counts', () => {
	check([
		['1,5', 'id', 'integer', error('fraction-in-count')],
		['1.5', 'id', 'integer', error('fraction-in-count')],
		['1.5', 'en', 'integer', error('fraction-in-count')],
		['1,5', 'en', 'integer', error('fraction-in-count')],
		['1,0', 'id', 'integer', value(1)],
		['1.0', 'en', 'integer', value(1)],
		['1.0', 'id', 'integer', readAsDecimal(1)],
		['1,00', 'en', 'integer', readAsDecimal(1)],
		['1.234', 'id', 'integer', value(1234)],
		['1,234', 'en', 'integer', value(1234)],
		['1.234,00', 'id', 'integer', value(1234)],
		['1,234.00', 'en', 'integer', value(1234)],
		// A tiny fraction that a double would round away is still a fraction.
		['1,000000000000000001', 'id', 'integer', error('fraction-in-count')],
		['1.000000000000000001', 'en', 'integer', error('fraction-in-count')],
	]);
});

describe('parseNumber: the MAX_INPUT limit', () => {
	const digits400 = '9'.repeat(400);
	check([
		['1000000000000', 'id', 'decimal', value(MAX_INPUT)],
		['1000000000000', 'en', 'integer', value(MAX_INPUT)],
		['1.000.000.000.000', 'id', 'decimal', value(MAX_INPUT)],
		['1,000,000,000,000', 'en', 'decimal', value(MAX_INPUT)],
		['1 000 000 000 000', 'en', 'decimal', value(MAX_INPUT)],
		['1000000000000,000', 'id', 'decimal', value(MAX_INPUT)],
		['999.999.999.999,99', 'id', 'decimal', value(999999999999.99)],
		['999,999,999,999.99', 'en', 'decimal', value(999999999999.99)],
		['1000000000001', 'id', 'decimal', error('too-large')],
		['1000000000001', 'en', 'decimal', error('too-large')],
		['1000000000000,0000001', 'id', 'decimal', error('too-large')],
		['1000000000000.0000001', 'en', 'decimal', error('too-large')],
		['1.000.000.000.001', 'id', 'decimal', error('too-large')],
		['2,000,000,000,000', 'en', 'decimal', error('too-large')],
		[digits400, 'id', 'decimal', error('too-large')],
		[digits400, 'en', 'integer', error('too-large')],
		[`1${'0'.repeat(400)}`, 'en', 'decimal', error('too-large')],
		[`${digits400}%`, 'id', 'percent', error('too-large')],
		[`${'0'.repeat(400)}5`, 'id', 'decimal', value(5)],
		[`0,${'0'.repeat(400)}1`, 'id', 'decimal', value(0)],
		[`0.${digits400}`, 'en', 'decimal', value(1)],
	]);
});

describe('parseNumber: check order when several problems apply', () => {
	check([
		['-1e5', 'id', 'decimal', error('negative')],
		['-abc', 'en', 'decimal', error('negative')],
		['1e5%', 'id', 'decimal', error('exponent')],
		['1e5%', 'en', 'integer', error('exponent')],
		['1,2,3x', 'id', 'decimal', error('not-a-number')],
		['1.2.3x', 'en', 'decimal', error('not-a-number')],
		['1.23,4,5', 'id', 'decimal', error('two-decimal-marks')],
		['1,23.4.5', 'en', 'decimal', error('two-decimal-marks')],
		['1 23,4,5', 'id', 'decimal', error('two-decimal-marks')],
		['1.2345.678.901.234.567', 'id', 'decimal', error('bad-grouping')],
		['1,2345,678,901,234,567', 'en', 'decimal', error('bad-grouping')],
		['1000000000000,5', 'id', 'integer', error('too-large')],
		['1000000000000.5', 'en', 'integer', error('too-large')],
	]);
});

describe('parseNumber: never -0, NaN or Infinity', () => {
	test.each([
		['0', 'id'],
		['0,0', 'id'],
		['000', 'en'],
		['.0', 'en'],
		['0,000', 'en'],
	] as const)('%j on an %s page is +0', (input, locale) => {
		const result = parseNumber(input, locale);
		expect(result.ok).toBe(true);
		if (result.ok) expect(Object.is(result.value, 0)).toBe(true);
	});
});
