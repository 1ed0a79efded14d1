import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCanonical, readQuery, writeQuery } from '../../../../src/lib/url-state/query.ts';

const spec = {
	numbers: { followed: 'integer', minutesEach: 'decimal', share: 'percent' },
	choices: { platform: ['x', 'instagram'] },
} as const;

describe('parseCanonical()', () => {
	test.each([
		['200', 'integer', 200],
		['1.5', 'decimal', 1.5],
		['0', 'integer', 0],
		['1000000000000', 'integer', 1e12],
		['1000000000001', 'integer', undefined], // above 10^12
		['1.5', 'integer', undefined], // a fraction in a count
		['1,5', 'decimal', undefined], // not canonical: comma
		['1.234,5', 'decimal', undefined],
		['-1', 'integer', undefined],
		['1e308', 'decimal', undefined],
		['Infinity', 'decimal', undefined],
		['<script>', 'decimal', undefined],
		['', 'decimal', undefined],
		[' 5', 'decimal', undefined],
		['50%', 'percent', undefined],
	] as const)('parseCanonical(%j, %s) is %s', (text, kind, expected) => {
		expect(parseCanonical(text, kind)).toBe(expected);
	});
});

describe('readQuery()', () => {
	test('reads valid fields and choices, and ignores unknown parameters', () => {
		expect(readQuery('?followed=200&minutesEach=1.5&platform=x&utm_source=slide', spec)).toEqual({
			numbers: { followed: 200, minutesEach: 1.5 },
			choices: { platform: 'x' },
			rejected: [],
		});
	});

	test('rejects hostile and malformed values by name only', () => {
		const state = readQuery(
			'?followed=%3Cscript%3Ealert(1)%3C/script%3E&minutesEach=1e308&share=-5&platform=%22%3E%3Cimg',
			spec,
		);
		expect(state).toEqual({
			numbers: {},
			choices: {},
			rejected: ['followed', 'minutesEach', 'share', 'platform'],
		});
	});

	test('treats an empty value as absent', () => {
		expect(readQuery('followed=&platform=', spec)).toEqual({
			numbers: {},
			choices: {},
			rejected: [],
		});
	});
});

describe('writeQuery()', () => {
	test('sets canonical values and keeps other parameters', () => {
		expect(
			writeQuery('?utm=a&followed=1', { followed: 1234.5, platform: 'x', share: undefined }),
		).toBe('?utm=a&followed=1234.5&platform=x');
	});

	test('keeps at most 12 decimals, so every link it writes reads back', () => {
		const search = writeQuery('', { minutesEach: 1.1234567890123 });
		expect(search).toBe('?minutesEach=1.123456789012');
		expect(readQuery(search, spec).numbers).toEqual({ minutesEach: 1.123456789012 });
		expect(readQuery(writeQuery('', { minutesEach: 1e-300 }), spec).rejected).toEqual([]);
	});

	test('removes cleared fields, down to an empty query', () => {
		expect(writeQuery('?followed=1', { followed: undefined })).toBe('');
	});

	test('round-trips any valid value through the URL (fast-check)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e12 }),
				fc.integer({ min: 0, max: 99 }),
				(whole, cents) => {
					const decimal = Number(
						`${String(Math.min(whole, 1e12 - 1))}.${String(cents).padStart(2, '0')}`,
					);
					const search = writeQuery('', { followed: whole, minutesEach: decimal });
					expect(readQuery(search, spec).numbers).toEqual({
						followed: whole,
						minutesEach: decimal,
					});
				},
			),
			{ numRuns: 1000 },
		);
	});
});
