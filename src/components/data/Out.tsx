/** One named result of the “Your data” page: `<output name data-value>` with its label. */
import { toCanonical } from '../../lib/number/index.ts';

export interface OutProps {
	name: string;
	label: string;
	value: number | undefined;
	text: string;
}

export default function Out({ name, label, value, text }: OutProps) {
	return (
		<div class="ib-result">
			<dt id={`data-${name}-label`}>{label}</dt>
			<dd>
				<output
					name={name}
					aria-labelledby={`data-${name}-label`}
					data-value={value === undefined ? '' : toCanonical(value)}
				>
					{text}
				</output>
			</dd>
		</div>
	);
}
