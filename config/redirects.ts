/**
 * Renamed pages keep their old URLs. Add one line per rename, locale-free, old path → new path:
 * the English twin's redirect is derived, so both languages always move together.
 *
 *   '/panduan/kiat/': '/panduan/strategi/',
 *
 * Astro builds each old path as a small page that redirects to the new one; a section anchor in an
 * old link (`/panduan/kiat/#selektif`) is kept by the browser, so it must still exist on the new
 * page. `tests/permalinks.txt` keeps listing the old paths, and the site test checks they resolve.
 */
export const renamedPages: Readonly<Record<string, string>> = {};

/** Astro's `redirects` for every renamed page, in both languages. */
export function redirects(
	renamed: Readonly<Record<string, string>> = renamedPages,
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(renamed).flatMap(([from, to]) => [
			[from, to],
			[`/en${from}`, `/en${to}`],
		]),
	);
}
