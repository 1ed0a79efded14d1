/**
 * The state of a calculator form: the text of each field and the choices, started from the worked
 * example (identical to the server render) and then from the URL, and written back to the URL as
 * the reader types. The URL only ever holds canonical values; nothing from it is rendered as markup.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
	hasInvalid,
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
	/** The worked example (a field it leaves `undefined` starts empty); typed from `fields` and `choices`. */
	example: NoInfer<Readonly<Record<N, number | undefined>> & Readonly<Record<C, string>>>;
}

/** The live state of a calculator form. */
export interface Scenario<N extends string, C extends string> {
	texts: Record<N, string>;
	choices: Record<C, string>;
	readings: Record<N, FieldReading>;
	values: Record<N, number | undefined>;
	/** True when some field holds text that could not be read. */
	invalid: boolean;
	/** Fields whose URL values were rejected when the page opened, until the reader edits. */
	rejected: N[] | C[];
	setText: (name: N, text: string) => void;
	setChoice: (name: C, value: string) => void;
	/** The full link to this scenario, built from the current state (not from a pending URL write). */
	link: () => string;
}

/** Formats a number for a field's text, keeping every decimal a link may carry. */
const asText = (value: number, locale: Locale) =>
	formatNumber(value, locale, { maximumFractionDigits: 12 });

/** How long typing pauses before the URL follows: browsers throttle rapid history updates. */
const urlDelayMs = 300;

/** Manages one calculator's form and, when `syncUrl`, its link state. */
export function useScenario<N extends string, C extends string>(
	spec: ScenarioSpec<N, C>,
	locale: Locale,
	syncUrl: boolean,
): Scenario<N, C> {
	const names = Object.keys(spec.fields) as N[];
	const choiceNames = Object.keys(spec.choices) as C[];
	const [texts, setTexts] = useState(() => {
		const out = {} as Record<N, string>;
		for (const name of names) {
			const value: number | undefined = spec.example[name];
			out[name] = value === undefined ? '' : asText(value, locale);
		}
		return out;
	});
	const [choices, setChoices] = useState(() => {
		const out = {} as Record<C, string>;
		for (const name of choiceNames) out[name] = spec.example[name];
		return out;
	});
	const [rejected, setRejected] = useState<(N | C)[]>([]);
	const [touched, setTouched] = useState(false);

	// After hydration, a link's scenario replaces the example. A link that names any of our fields
	// stands for the whole scenario: fields it leaves out start empty rather than from the example.
	useEffect(() => {
		if (!syncUrl) return;
		const params = new URLSearchParams(location.search);
		if (![...names, ...choiceNames].some((n) => params.has(n))) return;
		const numbers = Object.fromEntries(names.map((n) => [n, spec.fields[n].kind]));
		const state = readQuery(location.search, { numbers, choices: spec.choices });
		setTexts(() => {
			const out = {} as Record<N, string>;
			for (const name of names) {
				const value = state.numbers[name];
				out[name] = value === undefined ? '' : asText(value, locale);
			}
			return out;
		});
		setChoices((current) => ({ ...current, ...(state.choices as Partial<Record<C, string>>) }));
		setRejected(state.rejected as (N | C)[]);
		// The spec, locale and syncUrl are fixed for the island's life: this runs once, after hydration.
	}, []);

	const readings = useMemo(
		() => readFields(texts, spec.fields, locale),
		[texts, spec.fields, locale],
	);
	const values = useMemo(() => valuesOf(readings), [readings]);
	const search = () => writeQuery(location.search, { ...values, ...choices });

	// Keep the URL current once the reader has changed something; other parameters are kept.
	useEffect(() => {
		if (!syncUrl || !touched) return;
		const timer = setTimeout(() => {
			history.replaceState(history.state, '', `${location.pathname}${search()}${location.hash}`);
		}, urlDelayMs);
		return () => {
			clearTimeout(timer);
		};
	}, [touched, values, choices]);

	const edit = () => {
		setTouched(true);
		setRejected([]);
	};
	return {
		texts,
		choices,
		readings,
		values,
		invalid: hasInvalid(readings),
		rejected: rejected as N[] | C[],
		setText: (name, text) => {
			edit();
			setTexts((current) => ({ ...current, [name]: text }));
		},
		setChoice: (name, value) => {
			edit();
			setChoices((current) => ({ ...current, [name]: value }));
		},
		link: () => `${location.origin}${location.pathname}${search()}${location.hash}`,
	};
}
