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
	/** The example on other choices (e.g. another platform's metrics); the fields the reader never changed follow it. */
	exampleFor?: (choices: Readonly<Record<C, string>>) => Readonly<Record<N, number | undefined>>;
}

/** The live state of a calculator form. */
export interface Scenario<N extends string, C extends string> {
	texts: Record<N, string>;
	choices: Record<C, string>;
	readings: Record<N, FieldReading>;
	values: Record<N, number | undefined>;
	/** True when some field holds text that could not be read. */
	invalid: boolean;
	/** The fields holding the reader's own numbers (typed, or from a link or a copy), not the example's. */
	own: Readonly<Partial<Record<N, true>>>;
	/** Fields whose URL values were rejected when the page opened, until the reader edits. */
	rejected: N[] | C[];
	setText: (name: N, text: string) => void;
	setChoice: (name: C, value: string) => void;
	/** The full link to this scenario, built from the current state (not from a pending URL write). */
	link: () => string;
}

/** Where a second scenario (B, see Comparison) comes from. */
export interface ScenarioOptions<N extends string, C extends string> {
	/** The prefix of this scenario's link parameters: `''` for A, `'b.'` for B. */
	prefix?: string;
	/** A copy of another scenario to start from (a reader choosing "Compare"), instead of the example. */
	from?: { texts: Readonly<Record<N, string>>; choices: Readonly<Record<C, string>> } | undefined;
}

/** A field's text for a number (empty for none), keeping every decimal a link may carry. */
const asText = (value: number | undefined, locale: Locale) =>
	value === undefined ? '' : formatNumber(value, locale, { maximumFractionDigits: 12 });

/** How long typing pauses before the URL follows: browsers throttle rapid history updates. */
const urlDelayMs = 300;

/**
 * Manages one calculator's form and, when `syncUrl`, its link state. A scenario B (`prefix: 'b.'`)
 * keeps its parameters beside A's and starts from A's copy, or from the link when it holds B.
 */
export function useScenario<N extends string, C extends string>(
	spec: ScenarioSpec<N, C>,
	locale: Locale,
	syncUrl: boolean,
	options: ScenarioOptions<N, C> = {},
): Scenario<N, C> {
	const { prefix = '', from } = options;
	const names = Object.keys(spec.fields) as N[];
	const choiceNames = Object.keys(spec.choices) as C[];
	const [texts, setTexts] = useState(() => {
		const out = {} as Record<N, string>;
		for (const name of names) {
			const value: number | undefined = spec.example[name];
			out[name] = from ? from.texts[name] : asText(value, locale);
		}
		return out;
	});
	const [choices, setChoices] = useState(() => {
		const out = {} as Record<C, string>;
		for (const name of choiceNames) out[name] = from ? from.choices[name] : spec.example[name];
		return out;
	});
	const [rejected, setRejected] = useState<(N | C)[]>([]);
	const all = () => Object.fromEntries(names.map((n) => [n, true])) as Record<N, true>;
	const [own, setOwn] = useState<Partial<Record<N, true>>>(() => (from ? all() : {}));
	// A copy the reader asked for goes into the link at once.
	const [touched, setTouched] = useState(from !== undefined);

	// After hydration, a link's scenario replaces the example. A link that names any of our fields
	// stands for the whole scenario: fields it leaves out start empty rather than from the example.
	useEffect(() => {
		if (!syncUrl || from) return;
		const params = new URLSearchParams(location.search);
		if (![...names, ...choiceNames].some((n) => params.has(prefix + n))) return;
		const numbers = Object.fromEntries(names.map((n) => [prefix + n, spec.fields[n].kind]));
		const allowed = Object.fromEntries(choiceNames.map((n) => [prefix + n, spec.choices[n]]));
		const state = readQuery(location.search, { numbers, choices: allowed });
		setTexts(() => {
			const out = {} as Record<N, string>;
			for (const name of names) {
				const value = state.numbers[prefix + name];
				out[name] = asText(value, locale);
			}
			return out;
		});
		setChoices((current) => {
			const out = { ...current };
			for (const name of choiceNames) {
				const value = state.choices[prefix + name];
				if (value !== undefined) out[name] = value;
			}
			return out;
		});
		setRejected(state.rejected.map((n) => n.slice(prefix.length)) as (N | C)[]);
		setOwn(all());
		// The spec, locale and options are fixed for the island's life: this runs once, after hydration.
	}, []);

	const readings = useMemo(
		() => readFields(texts, spec.fields, locale),
		[texts, spec.fields, locale],
	);
	const values = useMemo(() => valuesOf(readings), [readings]);
	const search = () => {
		const state: Record<string, number | string | undefined> = {};
		for (const name of names) state[prefix + name] = values[name];
		for (const name of choiceNames) state[prefix + name] = choices[name];
		return writeQuery(location.search, state);
	};

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
		own,
		rejected: rejected as N[] | C[],
		setText: (name, text) => {
			edit();
			setOwn((current) => ({ ...current, [name]: true }));
			setTexts((current) => ({ ...current, [name]: text }));
		},
		setChoice: (name, value) => {
			edit();
			const next = { ...choices, [name]: value };
			setChoices(next);
			const example = spec.exampleFor?.(next);
			if (example) {
				setTexts((current) => {
					const out = { ...current };
					for (const n of names) if (!own[n]) out[n] = asText(example[n], locale);
					return out;
				});
			}
		},
		link: () => `${location.origin}${location.pathname}${search()}${location.hash}`,
	};
}
