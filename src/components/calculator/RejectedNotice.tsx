/** The notice shown when a link's values were rejected; names only, never the values themselves. */
import type { Dictionary } from '../../i18n/id.ts';
import { fill } from '../../lib/i18n/fill.ts';

export function RejectedNotice({
	names,
	common,
}: {
	names: readonly string[];
	common: Dictionary['common'];
}) {
	if (names.length === 0) return null;
	return (
		<p class="ib-notice" role="alert">
			{fill(common.rejectedNotice, { names: names.join(', ') })}
		</p>
	);
}
