/** A fieldset of number fields bound to a calculator's scenario. */
import type { ComponentChildren } from 'preact';
import type { Dictionary } from '../../i18n/id.ts';
import type { Locale } from '../../lib/number/index.ts';
import { NumberField } from './NumberField.tsx';
import type { Scenario } from './useScenario.ts';

interface Props<N extends string> {
	uid: string;
	/** The prefix of the fields' names: `''` in scenario A, `'b.'` in scenario B. */
	prefix?: string;
	legend: string;
	names: readonly N[];
	scenario: Pick<Scenario<N, string>, 'texts' | 'readings' | 'setText'>;
	labels: Readonly<Record<N, { label: string; hint: string }>>;
	/** Messages from rules across fields, by the field they belong to. */
	crossErrors: Readonly<Partial<Record<N, string>>>;
	locale: Locale;
	common: Dictionary['common'];
	/** Placeholders of fields that stand for a default when empty. */
	placeholders?: Readonly<Partial<Record<N, string>>> | undefined;
	/** Extra controls at the end of the group (e.g. a slider beside its number field). */
	children?: ComponentChildren;
}

export function FieldGroup<N extends string>(props: Props<N>) {
	const { uid, scenario } = props;
	return (
		<fieldset>
			<legend>{props.legend}</legend>
			{props.names.map((name) => (
				<NumberField
					key={name}
					id={`${uid}-${name}`}
					name={(props.prefix ?? '') + name}
					label={props.labels[name].label}
					hint={props.labels[name].hint}
					text={scenario.texts[name]}
					reading={scenario.readings[name]}
					crossError={props.crossErrors[name]}
					locale={props.locale}
					common={props.common}
					placeholder={props.placeholders?.[name]}
					onInput={(text) => {
						scenario.setText(name, text);
					}}
				/>
			))}
			{props.children}
		</fieldset>
	);
}
