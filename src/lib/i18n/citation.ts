/**
 * Sources as a page cites them: a link to the source's entry on the sources page and the words of
 * the citation. Resolved on the server, so islands get plain strings and no list of sources.
 */
import { sources, type Localized, type Source, type SourceId } from '../../data/sources.ts';
import type { Locale } from '../number/index.ts';

/** One source as cited on a page. */
export interface Citation {
	/** Its entry on the sources page, e.g. `/referensi/sumber/#x-batas-mengikuti`. */
	href: string;
	/** Publisher, title and date, e.g. `X Help Center, “About following on X”, 2019–2026`. */
	text: string;
}

/** The words for `locale`: a name or a published title is the same in both. */
const inLocale = (words: string | Localized, locale: Locale) =>
	typeof words === 'string' ? words : words[locale];

/**
 * How one source is cited on a page in `locale`: publisher, title (quoted when it is a published
 * title, plain when it says what the source is) and date; no date, and no dash, when the date is
 * unknown.
 */
export function citation(source: Source, locale: Locale): string {
	const title =
		typeof source.title === 'string' ? `“${source.title}”` : inLocale(source.title, locale);
	const parts = [inLocale(source.publisher, locale), title];
	if (source.asOf !== undefined) parts.push(inLocale(source.asOf, locale));
	return parts.join(', ');
}

/** Every source as cited on pages in `locale`, linking to `sourcesPath` (the sources page). */
export function citations(locale: Locale, sourcesPath: string): Record<SourceId, Citation> {
	return Object.fromEntries(
		Object.entries(sources).map(([id, source]) => [
			id,
			{ href: `${sourcesPath}#${source.anchor}`, text: citation(source, locale) },
		]),
	) as Record<SourceId, Citation>;
}
