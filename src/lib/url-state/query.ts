/**
 * Calculator state in the query string, in canonical form (plain digits, `.` as the decimal mark),
 * so a trainer's link means the same numbers in both languages. Values from the URL are untrusted:
 * anything that is not a canonical number or a known choice is rejected and reported by name only.
 */
import { MAX_INPUT, toCanonical, type NumberKind } from '../number/index.ts';

/** The fields a calculator keeps in the URL. */
export interface QuerySpec {
	numbers: Readonly<Record<string, NumberKind>>;
	choices: Readonly<Record<string, readonly string[]>>;
}

/** What a query string held for a calculator. */
export interface QueryState {
	numbers: Record<string, number>;
	choices: Record<string, string>;
	/** Names of known parameters whose values were rejected, in spec order. */
	rejected: string[];
}

const canonical = /^\d{1,13}(?:\.\d{1,12})?$/;

/** Reads a canonical number, or `undefined` when `text` is not one or breaks the field's rules. */
export function parseCanonical(text: string, kind: NumberKind): number | undefined {
	if (!canonical.test(text)) return undefined;
	const value = Number(text);
	if (!Number.isFinite(value) || value > MAX_INPUT) return undefined;
	if (kind === 'integer' && !Number.isInteger(value)) return undefined;
	return value;
}

/** Reads the spec's fields from a query string (`?a=1&b=2` or `a=1&b=2`). */
export function readQuery(search: string, spec: QuerySpec): QueryState {
	const params = new URLSearchParams(search);
	const state: QueryState = { numbers: {}, choices: {}, rejected: [] };
	for (const [name, kind] of Object.entries(spec.numbers)) {
		const raw = params.get(name);
		if (raw === null || raw === '') continue;
		const value = parseCanonical(raw.trim(), kind);
		if (value === undefined) state.rejected.push(name);
		else state.numbers[name] = value;
	}
	for (const [name, options] of Object.entries(spec.choices)) {
		const raw = params.get(name);
		if (raw === null || raw === '') continue;
		if (options.includes(raw)) state.choices[name] = raw;
		else state.rejected.push(name);
	}
	return state;
}

/** Links keep 12 decimals, the most a link may carry, so a typed 0,1234567890123 still reloads. */
function toLinkPrecision(value: number): number {
	return Number.isInteger(value) ? value : Number(value.toFixed(12));
}

/**
 * Returns `search` with the given fields set (or removed, when `undefined`), leaving every other
 * parameter as it was, so two calculators on one page keep each other's state.
 */
export function writeQuery(
	search: string,
	values: Readonly<Record<string, number | string | undefined>>,
): string {
	const params = new URLSearchParams(search);
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined || value === '') params.delete(name);
		else params.set(name, typeof value === 'number' ? toCanonical(toLinkPrecision(value)) : value);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
