import type { Locale } from './parse.ts';

const INTL_LOCALES: Record<Locale, string> = { id: 'id-ID', en: 'en-US' };

// Building an Intl.NumberFormat is costly and calculators reformat on every keystroke.
const formatters = new Map<string, Intl.NumberFormat>();

/** Format a number for display on an `id` or `en` page, grouped, with 0–2 fraction digits by default. */
export function formatNumber(
	value: number,
	locale: Locale,
	options: { maximumFractionDigits?: number; minimumFractionDigits?: number } = {},
): string {
	if (!Number.isFinite(value)) return '—';
	const minimumFractionDigits = options.minimumFractionDigits ?? 0;
	// Intl throws when the minimum exceeds the maximum; a caller asking for 3 minimum means at least 3.
	const maximumFractionDigits = Math.max(options.maximumFractionDigits ?? 2, minimumFractionDigits);
	const key = `${locale}|${String(minimumFractionDigits)}|${String(maximumFractionDigits)}`;
	let formatter = formatters.get(key);
	if (formatter === undefined) {
		formatter = new Intl.NumberFormat(INTL_LOCALES[locale], {
			useGrouping: true,
			minimumFractionDigits,
			maximumFractionDigits,
		});
		formatters.set(key, formatter);
	}
	// -0, and a tiny negative that rounds to zero, would show as "-0" (signDisplay: 'negative' would
	// fix that in Intl itself, but throws in browsers from before 2023).
	const shown = Math.abs(value) < 0.5 * 10 ** -maximumFractionDigits ? 0 : value;
	return formatter.format(shown);
}

/**
 * A count of people or customers as the calculators show it: a whole number, the nearest one, with
 * a half rounded up (an average of 1.5 customers a week shows as 2), grouped in the page's locale.
 * Rates and ratios keep their decimals (formatNumber); the exact value stays in `data-value`.
 */
export function formatWhole(value: number, locale: Locale): string {
	// Intl rounds half away from zero ("halfExpand"): half up, as counts are never negative.
	return formatNumber(value, locale, { maximumFractionDigits: 0 });
}

/** plain machine form for URLs and data-value: no grouping, '.' decimal mark, no exponent, e.g. 1234.5 → "1234.5", 1e-7 → "0.0000001" */
export function toCanonical(value: number): string {
	if (!Number.isFinite(value)) return '';
	// String() already gives the shortest digits that round-trip; only its exponent form needs undoing.
	const shortest = String(value);
	const match = /^(-?)([0-9])(?:\.([0-9]+))?e([-+][0-9]+)$/.exec(shortest);
	if (match === null) return shortest;
	const [, sign = '', lead = '', rest = '', exponentText = '0'] = match;
	const digits = lead + rest;
	const exponent = Number(exponentText);
	if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
	const pointAt = exponent + 1;
	if (digits.length <= pointAt) return sign + digits + '0'.repeat(pointAt - digits.length);
	return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}
