/** Page language; it decides whether '.' or ',' is the decimal mark. */
export type Locale = 'id' | 'en';

/** decimal: any non-negative number; integer: counts of accounts/posts; percent: accepts a trailing % */
export type NumberKind = 'decimal' | 'integer' | 'percent';

/** Why an input was rejected; parseNumber reports the first of: empty, negative, exponent, not-a-number, two-decimal-marks, bad-grouping, too-large, fraction-in-count. `ambiguous-m` comes from parseCount only. */
export type ParseError =
	| 'empty'
	| 'ambiguous-m'
	| 'not-a-number'
	| 'two-decimal-marks'
	| 'bad-grouping'
	| 'exponent'
	| 'negative'
	| 'fraction-in-count'
	| 'too-large';

/** The number read from user input, or the reason it could not be read. */
export type ParseResult =
	| {
			ok: true;
			value: number;
			/** set when a lone separator was read as the decimal mark */
			readAsDecimal: boolean;
			/** set when a compact form (`12,5 rb`, `1.2M`) was expanded: the app had rounded it */
			compact?: true;
	  }
	| { ok: false; error: ParseError };

/** Largest accepted input (10^12): beyond it a value is a typo, not a follower count. */
export const MAX_INPUT = 1e12;

// Compared as digits, not as a double, so 1000000000000,0000001 is still too large.
const MAX_INPUT_DIGITS = '1000000000000';

const MARKS: Record<Locale, { group: string; decimal: string }> = {
	id: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' },
};

// Space, no-break, narrow no-break and thin space: what formatters and people put between groups.
const SPACES = ' \u00a0\u202f\u2009';
const HAS_SPACE = new RegExp(`[${SPACES}]`);
// Grouping never starts with 0: `0.500` is a half written with the wrong mark, not five hundred.
const SPACE_GROUPED = new RegExp(`^[1-9][0-9]{0,2}(?:[${SPACES}][0-9]{3})+$`);
const TRAILING_PERCENT = new RegExp(`[${SPACES}]*%$`);
const ONLY_NUMBER_CHARACTERS = new RegExp(`^[0-9.,${SPACES}]*$`);
// Hyphen-minus, minus sign and en dash: all three are typed (or pasted) as a minus.
const LEADING_MINUS = /^[-\u2212\u2013]/;
// A mantissa must hold a digit so that a bare "e5" is plain nonsense rather than an exponent.
const EXPONENT = new RegExp(`^(?=[^eE]*[0-9])[0-9.,${SPACES}]+[eE][-+\u2212]?[0-9]+$`);
const DIGITS = /^[0-9]*$/;
const ANY_DIGIT = /[0-9]/;
const NONZERO_DIGIT = /[1-9]/;

const GROUPED: Record<Locale, RegExp> = {
	id: /^[1-9][0-9]{0,2}(?:\.[0-9]{3})+$/,
	en: /^[1-9][0-9]{0,2}(?:,[0-9]{3})+$/,
};
const SINGLE_GROUP: Record<Locale, RegExp> = {
	id: /^[1-9][0-9]{0,2}\.[0-9]{3}$/,
	en: /^[1-9][0-9]{0,2},[0-9]{3}$/,
};

function fail(error: ParseError): ParseResult {
	return { ok: false, error };
}

function countOf(text: string, mark: string): number {
	return text.split(mark).length - 1;
}

/** Read a non-negative number typed on an `id` or `en` page, accepting that locale's grouping. */
export function parseNumber(
	text: string,
	locale: Locale,
	kind: NumberKind = 'decimal',
): ParseResult {
	const trimmed = text.trim();
	if (trimmed === '') return fail('empty');
	if (LEADING_MINUS.test(trimmed)) return fail('negative');

	// The exponent check ignores a trailing % in every kind so `1e5%` gets the more useful error.
	const withoutPercent = trimmed.replace(TRAILING_PERCENT, '');
	if (EXPONENT.test(withoutPercent)) return fail('exponent');

	const body = kind === 'percent' ? withoutPercent : trimmed;
	if (!ONLY_NUMBER_CHARACTERS.test(body) || !ANY_DIGIT.test(body)) return fail('not-a-number');

	const { group, decimal } = MARKS[locale];
	const decimalCount = countOf(body, decimal);
	if (decimalCount > 1) return fail('two-decimal-marks');

	const groupCount = countOf(body, group);
	// Mixed grouping is ambiguous (is `1 234.5` on an id page 1234.5 or a typo?), so refuse it.
	if (groupCount > 0 && HAS_SPACE.test(body)) return fail('bad-grouping');

	let integerPart = body;
	let fractionPart = '';
	let readAsDecimal = false;
	if (decimalCount === 1) {
		const at = body.indexOf(decimal);
		integerPart = body.slice(0, at);
		fractionPart = body.slice(at + 1);
	} else if (groupCount === 1 && !SINGLE_GROUP[locale].test(body)) {
		// People type `1.5` on an id page meaning one and a half; it cannot be grouping, so honour it.
		const at = body.indexOf(group);
		integerPart = body.slice(0, at);
		fractionPart = body.slice(at + 1);
		readAsDecimal = true;
	}

	if (!DIGITS.test(fractionPart)) return fail('bad-grouping');
	if (
		!DIGITS.test(integerPart) &&
		!GROUPED[locale].test(integerPart) &&
		!SPACE_GROUPED.test(integerPart)
	) {
		return fail('bad-grouping');
	}

	const integerDigits = integerPart.replace(/[^0-9]/g, '').replace(/^0+/, '');
	const hasFraction = NONZERO_DIGIT.test(fractionPart);
	if (
		integerDigits.length > MAX_INPUT_DIGITS.length ||
		(integerDigits.length === MAX_INPUT_DIGITS.length &&
			(integerDigits !== MAX_INPUT_DIGITS || hasFraction))
	) {
		return fail('too-large');
	}
	if (kind === 'integer' && hasFraction) return fail('fraction-in-count');

	// Number() on a plain decimal string rounds correctly and, with no sign, can never give -0.
	const value = Number(`${integerDigits === '' ? '0' : integerDigits}.${fractionPart}`);
	return { ok: true, value, readAsDecimal };
}
