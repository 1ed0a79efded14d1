/** One labelled number input, with its hint, its error and how an ambiguous separator was read. */
import type { FieldReading } from '../../lib/calculators/fields.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber, type Locale } from '../../lib/number/index.ts';
import type { Dictionary } from '../../i18n/id.ts';

interface Props {
	id: string;
	name: string;
	label: string;
	hint: string;
	text: string;
	reading: FieldReading;
	/** A message from a rule across fields (e.g. more followed back than followed). */
	crossError?: string | undefined;
	locale: Locale;
	common: Dictionary['common'];
	/** Shown when the field is empty and stands for a default value. */
	placeholder?: string | undefined;
	onInput: (text: string) => void;
}

export function NumberField(props: Props) {
	const { id, reading, common } = props;
	const error = reading.error ? common.parseErrors[reading.error] : props.crossError;
	const readAs = reading.compact
		? common.readAsCompact
		: reading.readAsDecimal
			? common.readAsDecimal
			: undefined;
	const note =
		!error && readAs !== undefined && reading.value !== undefined
			? fill(readAs, {
					value: formatNumber(reading.value, props.locale, { maximumFractionDigits: 12 }),
				})
			: undefined;
	const described = [`${id}-hint`, note && `${id}-note`, error && `${id}-error`]
		.filter(Boolean)
		.join(' ');
	return (
		<div class="ib-field" data-invalid={error ? '' : undefined}>
			<label for={id}>{props.label}</label>
			<input
				id={id}
				name={props.name}
				type="text"
				inputMode="decimal"
				autoComplete="off"
				spellcheck={false}
				value={props.text}
				placeholder={props.placeholder}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={described}
				onInput={(event) => {
					props.onInput(event.currentTarget.value);
				}}
			/>
			<small id={`${id}-hint`} class="ib-hint">
				{props.hint}
			</small>
			{note && (
				<small id={`${id}-note`} class="ib-note">
					{note}
				</small>
			)}
			{/* Always present, so a message that appears while typing is announced. */}
			<small id={`${id}-error`} class="ib-error" aria-live="polite">
				{error}
			</small>
		</div>
	);
}
