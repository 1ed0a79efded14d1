/**
 * Reading a calculator's form: each field's text, parsed in the page's locale, becomes a value, an
 * error code, or nothing (an empty optional field). Shared by every calculator island.
 */
import {
	parseCount,
	parseNumber,
	type Locale,
	type NumberKind,
	type ParseError,
} from '../number/index.ts';

/** How a numeric field is read. */
export interface FieldDef {
	kind: NumberKind;
	/** A required field reports `empty`; an optional one leaves the results that need it as "—". */
	required?: boolean;
	/** The value an empty field stands for (e.g. a 50% split), shown as the field's placeholder. */
	fallback?: number;
}

/** One field's reading. */
export interface FieldReading {
	value: number | undefined;
	error: ParseError | undefined;
	/** A lone separator was taken as the decimal mark; the field says how it was read. */
	readAsDecimal: boolean;
	/** A compact form (`12,5 rb`) was expanded; the field says the app had rounded it. */
	compact: boolean;
}

/** Reads one field's text. */
export function readField(text: string, def: FieldDef, locale: Locale): FieldReading {
	// Counts are what the apps abbreviate (`12,5 rb`); rates and minutes are typed in full.
	const parsed =
		def.kind === 'integer' ? parseCount(text, locale) : parseNumber(text, locale, def.kind);
	if (parsed.ok) {
		const { value, readAsDecimal } = parsed;
		return { value, error: undefined, readAsDecimal, compact: parsed.compact === true };
	}
	if (parsed.error === 'empty' && def.fallback !== undefined) {
		return { value: def.fallback, error: undefined, readAsDecimal: false, compact: false };
	}
	if (parsed.error === 'empty' && !def.required) {
		return { value: undefined, error: undefined, readAsDecimal: false, compact: false };
	}
	return { value: undefined, error: parsed.error, readAsDecimal: false, compact: false };
}

/** Reads every field of a form. */
export function readFields<N extends string>(
	texts: Readonly<Record<N, string>>,
	defs: Readonly<Record<N, FieldDef>>,
	locale: Locale,
): Record<N, FieldReading> {
	const out = {} as Record<N, FieldReading>;
	for (const name of Object.keys(defs) as N[])
		out[name] = readField(texts[name], defs[name], locale);
	return out;
}

/** True when any field holds text that could not be read (results then point at the field). */
export function hasInvalid(readings: Readonly<Record<string, FieldReading>>): boolean {
	return Object.values(readings).some((r) => r.error !== undefined);
}

/** The values of the fields that read cleanly, for the calculator and the URL. */
export function valuesOf<N extends string>(
	readings: Readonly<Record<N, FieldReading>>,
): Record<N, number | undefined> {
	const out = {} as Record<N, number | undefined>;
	for (const name of Object.keys(readings) as N[]) out[name] = readings[name].value;
	return out;
}
