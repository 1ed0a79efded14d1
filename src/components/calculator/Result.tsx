/**
 * One result: its label, an <output name data-value> with the number in the page's format (or "—"),
 * the reason it is missing, and optionally the formula with the reader's numbers substituted and,
 * in a comparison's scenario B, its difference from scenario A.
 */
import type { Value } from '../../lib/calculators/value.ts';
import { toCanonical } from '../../lib/number/index.ts';

interface Props<M extends string> {
	uid: string;
	name: string;
	label: string;
	value: Value<M>;
	/** Formats a computed value for display in the page's locale. */
	render: (value: number) => string;
	/** The reason for each missing code, in the page's language. */
	missing: Readonly<Record<M, string>>;
	notComputable: string;
	/** Shown instead of a "fill in …" hint while some field holds text that could not be read. */
	fixMarked?: string | undefined;
	/** The formula with the reader's numbers, when the value is computed. */
	formula?: string | undefined;
	/** In scenario B: its difference from A (B − A), and how the page says it. */
	difference?: { value: number; text: string } | undefined;
}

export function Result<M extends string>(props: Props<M>) {
	const { uid, name, value } = props;
	const labelId = `${uid}-${name}-label`;
	return (
		<div class="ib-result">
			<dt id={labelId}>{props.label}</dt>
			<dd>
				<output
					name={name}
					aria-labelledby={labelId}
					data-value={'value' in value ? toCanonical(value.value) : ''}
					data-difference={props.difference ? toCanonical(props.difference.value) : undefined}
				>
					{'value' in value ? props.render(value.value) : props.notComputable}
				</output>
				{props.difference && <small class="ib-difference">{props.difference.text}</small>}
				{'missing' in value && (
					<small class="ib-hint">
						{props.fixMarked && value.missing.startsWith('needs-')
							? props.fixMarked
							: props.missing[value.missing]}
					</small>
				)}
				{'value' in value && props.formula && <small class="ib-formula">{props.formula}</small>}
			</dd>
		</div>
	);
}
