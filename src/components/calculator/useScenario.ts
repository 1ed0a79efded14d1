/**
 * The state of a calculator form: the text of each field and the choices, started from the worked
 * example (identical to the server render) and then from the URL, and written back to the URL as
 * the reader types. The URL only ever holds canonical values; nothing from it is rendered as markup.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	readFields,
	valuesOf,
	type FieldDef,
	type FieldReading,
} from '../../lib/calculators/fields.ts';
import { formatNumber, type Locale } from '../../lib/number/index.ts';
import { readQuery, writeQuery } from '../../lib/url-state/query.ts';

/** What a calculator keeps in its form. */
export interface ScenarioSpec<N extends string, C extends string> {
	fields: Readonly<Record<N, FieldDef>>;
	choices: Readonly<Record<C, readonly string[]>>;
	/** The worked example; typed from `fields` and `choices`, not inferred from itself. */
	example: NoInfer<Readonly<Record<N, number>> & Readonly<Record<C, string>>>;
}

/** The live state of a calculator form. */
export interface Scenario<N extends string, C extends string> {
	texts: Record<N, string>;
	choices: Record<C, string>;
	readings: Record<N, FieldReading>;
	values: Record<N, number | undefined>;
	/** Names of URL parameters that were rejected when the page opened. */
	rejected: string[];
	setText: (name: N, text: string) => void;
	setChoice: (name: C, value: string) => void;
}

/** Formats a number for a field's text, keeping every decimal a link gave. */
const asText = (value: number, locale: Locale) =>
	formatNumber(value, locale, { maximumFractionDigits: 12 });

/** Manages one calculator's form and its link state. */
export function useScenario<N extends string, C extends string>(
	spec: ScenarioSpec<N, C>,
	locale: Locale,
): Scenario<N, C> {
	const names = Object.keys(spec.fields) as N[];
	const choiceNames = Object.keys(spec.choices) as C[];
	const [texts, setTexts] = useState(() => {
		const out = {} as Record<N, string>;
		for (const name of names) out[name] = asText(spec.example[name], locale);
		return out;
	});
	const [choices, setChoices] = useState(() => {
		const out = {} as Record<C, string>;
		for (const name of choiceNames) out[name] = spec.example[name];
		return out;
	});
	const [rejected, setRejected] = useState<string[]>([]);
	const [touched, setTouched] = useState(false);

	// After hydration, a link's scenario replaces the example. A link that names any of our fields
	// stands for the whole scenario: fields it leaves out start empty rather than from the example.
	useEffect(() => {
		const numbers = Object.fromEntries(names.map((n) => [n, spec.fields[n].kind]));
		const state = readQuery(location.search, { numbers, choices: spec.choices });
		const mentioned = [...names, ...choiceNames].some((n) =>
			new URLSearchParams(location.search).has(n),
		);
		if (!mentioned) return;
		setTexts(() => {
			const out = {} as Record<N, string>;
			for (const name of names) {
				const value = state.numbers[name];
				out[name] = value === undefined ? '' : asText(value, locale);
			}
			return out;
		});
		setChoices((current) => ({ ...current, ...(state.choices as Partial<Record<C, string>>) }));
		setRejected(state.rejected);
		// The spec and locale are fixed for the island's life: this runs once, after hydration.
	}, []);

	const readings = useMemo(
		() => readFields(texts, spec.fields, locale),
		[texts, spec.fields, locale],
	);
	const values = useMemo(() => valuesOf(readings), [readings]);

	// Keep the URL current once the reader has changed something; other parameters are kept.
	useEffect(() => {
		if (!touched) return;
		const search = writeQuery(location.search, { ...values, ...choices });
		history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
	}, [touched, values, choices]);

	return {
		texts,
		choices,
		readings,
		values,
		rejected,
		setText: (name, text) => {
			setTouched(true);
			setTexts((current) => ({ ...current, [name]: text }));
		},
		setChoice: (name, value) => {
			setTouched(true);
			setChoices((current) => ({ ...current, [name]: value }));
		},
	};
}
