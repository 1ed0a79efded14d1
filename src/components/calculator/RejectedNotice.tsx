/** The notice shown when a link's values were rejected: field labels only, never the values. */
import type { Dictionary } from '../../i18n/id.ts';
import { fill } from '../../lib/i18n/fill.ts';

interface Props {
	names: readonly string[];
	/** The page-language label of each field or choice, by parameter name. */
	labels: Readonly<Record<string, string>>;
	common: Dictionary['common'];
}

export function RejectedNotice({ names, labels, common }: Props) {
	if (names.length === 0) return null;
	const shown = names.map((name) => labels[name] ?? name).join(', ');
	return (
		<p class="ib-notice" role="alert">
			{fill(common.rejectedNotice, { names: shown })}
		</p>
	);
}
