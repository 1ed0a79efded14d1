/**
 * The frame every calculator island shares: the notice about a rejected link, the form (an optional
 * choice such as the platform, then groups of number fields), the results region announced politely,
 * and the copy-link button when the calculator keeps its scenario in the URL.
 */
import type { ComponentChildren } from 'preact';
import type { Dictionary } from '../../i18n/id.ts';
import type { Value } from '../../lib/calculators/value.ts';
import type { Locale } from '../../lib/number/index.ts';
import { CopyLink } from './CopyLink.tsx';
import { FieldGroup } from './FieldGroup.tsx';
import { RejectedNotice } from './RejectedNotice.tsx';
import { Result } from './Result.tsx';
import { Summary } from './Summary.tsx';
import type { Scenario } from './useScenario.ts';

/**
 * Where a calculator's form and results stand in a comparison (see Comparison.tsx): scenario A
 * (prefix `''`, the only one before the reader chooses "Compare") or scenario B (prefix `'b.'`).
 */
export interface CompareView {
	/** A page-unique prefix for element IDs. */
	uid: string;
	/** The prefix of this scenario's link parameters and `<output name>`s. */
	prefix: string;
	/** Shown above the form while two scenarios are compared: "Skenario A" / "Skenario B". */
	heading?: string | undefined;
	/** In B: a result's difference from A, and how the page says it (from ScenarioB.tsx). */
	differ?:
		| ((
				name: string,
				value: Value<string>,
				render: (x: number) => string,
		  ) => { value: number; text: string } | undefined)
		| undefined;
	/** Controls after the copy-link button ("Compare" in A, "Stop comparing" in B). */
	actions?: ComponentChildren;
}

/** One headline result: its name, short label, value and how the results write it. */
export interface Headline {
	name: string;
	label: string;
	value: Value<string>;
	render: (x: number) => string;
}

/** A group of fields under one legend, with optional extra controls (e.g. a slider). */
export interface ShellGroup<N extends string> {
	legend: string;
	names: readonly N[];
	extra?: ComponentChildren;
	placeholders?: Readonly<Partial<Record<N, string>>>;
}

/** A choice among a few options, shown as a select. */
export interface ShellChoice<C extends string> {
	name: C;
	label: string;
	options: readonly { value: string; label: string }[];
	hint?: string | undefined;
	/** Left out of the form (e.g. LinkedIn's follow-or-connect while another platform is chosen). */
	hidden?: boolean;
}

interface Props<N extends string, C extends string> {
	compare: CompareView;
	label: string;
	locale: Locale;
	common: Dictionary['common'];
	scenario: Scenario<N, C>;
	syncUrl: boolean;
	groups: readonly ShellGroup<N>[];
	fields: Readonly<Record<N, { label: string; hint: string }>>;
	crossErrors: Readonly<Partial<Record<N, string>>>;
	/** The headline results, pinned to the viewport while the form is edited (see Summary). */
	headline: readonly Headline[];
	/** Choices shown before the fields, such as the platform; a `hidden` one is not shown. */
	choices?: readonly ShellChoice<C>[] | undefined;
	children: ComponentChildren;
}

export function CalculatorShell<N extends string, C extends string>(props: Props<N, C>) {
	const { scenario, common } = props;
	const { uid, prefix, heading } = props.compare;
	const choices = props.choices ?? [];
	const labels: Record<string, string> = Object.fromEntries(
		Object.entries<{ label: string }>(props.fields).map(([name, f]) => [name, f.label]),
	);
	for (const choice of choices) labels[choice.name] = choice.label;
	return (
		<section
			class="ib-calculator not-content"
			id={uid}
			aria-label={heading ? `${props.label}: ${heading}` : props.label}
			data-scenario={prefix ? 'b' : 'a'}
		>
			{heading && (
				<h3 class="ib-heading ib-scenario-heading" tabIndex={-1}>
					{heading}
				</h3>
			)}
			<RejectedNotice names={scenario.rejected} labels={labels} common={common} />
			<form
				class="ib-form"
				onSubmit={(e) => {
					e.preventDefault();
				}}
				noValidate
			>
				{choices
					.filter((choice) => !choice.hidden)
					.map((choice) => (
						<div class="ib-field" key={choice.name}>
							<label for={`${uid}-${choice.name}`}>{choice.label}</label>
							<select
								id={`${uid}-${choice.name}`}
								name={prefix + choice.name}
								value={scenario.choices[choice.name]}
								aria-describedby={choice.hint ? `${uid}-${choice.name}-hint` : undefined}
								onChange={(e) => {
									scenario.setChoice(choice.name, e.currentTarget.value);
								}}
							>
								{choice.options.map((o) => (
									<option value={o.value} key={o.value}>
										{o.label}
									</option>
								))}
							</select>
							{choice.hint && (
								<small id={`${uid}-${choice.name}-hint`} class="ib-hint">
									{choice.hint}
								</small>
							)}
						</div>
					))}
				{props.groups.map((group) => (
					<FieldGroup
						key={group.legend}
						uid={uid}
						prefix={prefix}
						legend={group.legend}
						names={group.names}
						scenario={scenario}
						labels={props.fields}
						crossErrors={props.crossErrors}
						locale={props.locale}
						common={common}
						placeholders={group.placeholders}
					>
						{group.extra}
					</FieldGroup>
				))}
			</form>
			<div class="ib-results" id={`${uid}-results`} aria-live="polite">
				<h3 class="ib-heading">{common.results}</h3>
				{props.children}
			</div>
			{props.syncUrl && !prefix && <CopyLink id={uid} common={common} link={scenario.link} />}
			{props.compare.actions}
			<Summary
				uid={uid}
				label={common.summary}
				allResults={common.allResults}
				items={props.headline.map(({ name, label, value, render }) => ({
					name: prefix + name,
					label,
					text: 'value' in value ? render(value.value) : common.notComputable,
					difference: props.compare.differ?.(name, value, render)?.text,
				}))}
			/>
		</section>
	);
}

/**
 * Returns a function that renders one result of a calculator, with its labels, its missing-value
 * hints and, while a field holds unreadable text, the hint to fix the marked field; in scenario B,
 * its `b.` name and its difference from A.
 */
export function resultRenderer<M extends string, R extends string>(options: {
	compare: CompareView;
	labels: Readonly<Record<R, string>>;
	missing: Readonly<Record<M, string>>;
	common: Dictionary['common'];
	invalid: boolean;
}) {
	const { uid, prefix, differ } = options.compare;
	return (name: R, value: Value<M>, render: (x: number) => string, formula?: string) => (
		<Result
			key={name}
			uid={uid}
			name={prefix + name}
			difference={differ?.(name, value, render)}
			label={options.labels[name]}
			value={value}
			render={render}
			missing={options.missing}
			notComputable={options.common.notComputable}
			fixMarked={options.invalid ? options.common.fixMarked : undefined}
			formula={formula}
		/>
	);
}
