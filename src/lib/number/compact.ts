/**
 * Counts as the apps display them: `12,5 rb`, `1,2 jt`, `12 ribu` on Indonesian pages and `12.5K`,
 * `1.2M` on English ones. The number before the suffix is read in the page's locale; the result is
 * the plain count it abbreviates, computed on the decimal digits so `1,15 rb` is exactly 1150.
 */
import { toCanonical } from './format.ts';
import { MAX_INPUT, parseNumber, type Locale, type ParseResult } from './parse.ts';

/** Powers of ten each suffix stands for, by page language (matched case-insensitively). */
export const compactSuffixes: Readonly<Record<Locale, Readonly<Record<string, number>>>> = {
	id: { rb: 3, ribu: 3, k: 3, jt: 6, juta: 6 },
	en: { k: 3, m: 6 },
};

// Space, no-break, narrow no-break and thin space may stand between the number and its suffix.
const SUFFIX = /^(.*?[0-9.,])[ \u00a0\u202f\u2009]*([a-z]+)\.?$/i;

/** `digits` (canonical, e.g. "12.5") times 10^shift, computed on the digits rather than in binary. */
function shiftDecimal(digits: string, shift: number): number {
	const [whole = '0', fraction = ''] = digits.split('.');
	const padded = fraction.padEnd(shift, '0');
	return Number(`${whole}${padded.slice(0, shift)}.${padded.slice(shift) || '0'}`);
}

/**
 * Reads a count that may carry a compact suffix. Without a suffix it is {@link parseNumber} with
 * kind `integer`. On Indonesian pages a lone `M` is refused (`ambiguous-m`): it may mean juta or miliar.
 */
export function parseCount(text: string, locale: Locale): ParseResult {
	const match = SUFFIX.exec(text.trim());
	if (match === null) return parseNumber(text, locale, 'integer');
	const [, mantissa = '', suffix = ''] = match;
	const lower = suffix.toLowerCase();
	if (locale === 'id' && lower === 'm') return { ok: false, error: 'ambiguous-m' };
	const shift = compactSuffixes[locale][lower];
	if (shift === undefined) return parseNumber(text, locale, 'integer');
	const parsed = parseNumber(mantissa, locale, 'decimal');
	if (!parsed.ok) return parsed;
	const value = shiftDecimal(toCanonical(parsed.value), shift);
	if (value > MAX_INPUT) return { ok: false, error: 'too-large' };
	if (!Number.isInteger(value)) return { ok: false, error: 'fraction-in-count' };
	return { ok: true, value, readAsDecimal: false, compact: true };
}
