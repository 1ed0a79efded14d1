/** The props every calculator island gets from its `.astro` wrapper: plain, serialisable data. */
import type { Dictionary } from '../../i18n/id.ts';
import type { Locale } from '../../lib/number/index.ts';

export interface IslandProps<K extends 'reciprocity' | 'engagement' | 'reach'> {
	/** A page-unique prefix for element IDs (from the server: see `instance.ts`). */
	instance: string;
	/** Whether this calculator keeps its scenario in the URL (only the first on a page does). */
	syncUrl: boolean;
	locale: Locale;
	strings: Pick<Dictionary, 'common' | K>;
}
