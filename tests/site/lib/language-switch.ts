/**
 * Checks on the header's language switch (`a.ib-lang-switch`) in a built site: every page has one,
 * and it leads to the page's twin in the other language, named in that language, with a hint in
 * the page's own language.
 */
import { localeOf, twinOf, type BuiltPage } from './dist.ts';

/** How each language names itself on the switch (config/locales.ts). */
const ownNames = { id: 'Bahasa Indonesia', en: 'English' } as const;

/**
 * The file under `dist/` that a root-relative link points at, or `undefined` when it points
 * elsewhere: outside `base`, at an address with a query or hash, or at a path that is neither a
 * folder (`/x/` → `x/index.html`) nor an HTML file (`/404.html`).
 */
export function fileOfHref(href: string, base: string): string | undefined {
	const prefix = base.replace(/\/+$/, '');
	if (!href.startsWith(`${prefix}/`) || /[?#]/.test(href)) return undefined;
	const path = href.slice(prefix.length + 1);
	if (path.endsWith('.html')) return path;
	if (path !== '' && !path.endsWith('/')) return undefined;
	return `${path}index.html`;
}

/**
 * Pages whose header lacks exactly one language switch, or whose switch does not point at the
 * page's twin (`twinOf`) under `base`, does not name the other language in that language, or lacks
 * the page language's hint (`hints`, from `src/content/i18n/*.json`).
 */
export function findLanguageSwitchProblems(
	pages: readonly BuiltPage[],
	base: string,
	hints: Readonly<Record<'id' | 'en', string>>,
): string[] {
	return pages.flatMap(({ file, document }) => {
		const links = document.querySelectorAll('header a.ib-lang-switch');
		const [link] = links;
		if (!link || links.length > 1) {
			return [`${file} has ${String(links.length)} language switches in its header, expected 1`];
		}
		const lang = localeOf(file);
		const other = lang === 'id' ? 'en' : 'id';
		const problems: string[] = [];
		const href = link.getAttribute('href') ?? '';
		if (fileOfHref(href, base) !== twinOf(file)) {
			problems.push(`${file}: the language switch points at "${href}", not at ${twinOf(file)}`);
		}
		const hreflang = link.getAttribute('hreflang') ?? '';
		if (hreflang !== other) {
			problems.push(
				`${file}: the language switch says hreflang="${hreflang}", expected "${other}"`,
			);
		}
		if (link.querySelector(`[lang="${other}"]`)?.text.trim() !== ownNames[other]) {
			problems.push(
				`${file}: the language switch does not show "${ownNames[other]}" in lang="${other}"`,
			);
		}
		const hint = link.querySelector('.sr-only');
		// Its language is the nearest `lang` up the tree: the page's own, not the other language's.
		const hintLang = hint?.closest('[lang]')?.getAttribute('lang');
		if (hint?.text.trim() !== `(${hints[lang]})` || hintLang !== lang) {
			problems.push(
				`${file}: the language switch lacks the hint "${hints[lang]}" in the page's language`,
			);
		}
		return problems;
	});
}
