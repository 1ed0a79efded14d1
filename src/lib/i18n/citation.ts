/**
 * Sources as a page cites them: a link to the source's entry on the sources page and the words of
 * the citation. Resolved on the server, so islands get plain strings and no list of sources.
 */
import { sources, type Source, type SourceId } from '../../data/sources.ts';

/** One source as cited on a page. */
export interface Citation {
	/** Its entry on the sources page, e.g. `/referensi/sumber/#x-batas-mengikuti`. */
	href: string;
	/** Publisher, title and date, e.g. `X Help Center, “About following on X”, 2019–2026`. */
	text: string;
}

/** How one source is cited on a page. */
export function citation(source: Source): string {
	return `${source.publisher}, “${source.title}”, ${source.asOf}`;
}

/** Every source as cited on pages, linking to `sourcesPath` (the sources page in their language). */
export function citations(sourcesPath: string): Record<SourceId, Citation> {
	return Object.fromEntries(
		Object.entries(sources).map(([id, source]) => [
			id,
			{ href: `${sourcesPath}#${source.anchor}`, text: citation(source) },
		]),
	) as Record<SourceId, Citation>;
}
