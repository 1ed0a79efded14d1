/**
 * Checks on the pages a reader lands on first: the home pages (a first step, an illustration) and
 * the not-found pages (ways back into the site).
 */
import type { HTMLElement } from 'node-html-parser';

/** What a home page must offer: two or three hero actions into the site and the illustration. */
export function findHomeProblems(file: string, document: HTMLElement, base: string): string[] {
	const problems: string[] = [];
	const actions = document.querySelectorAll('.ib-home-actions a');
	if (actions.length < 2 || actions.length > 3) {
		problems.push(`${file}: ${String(actions.length)} hero actions (want 2–3)`);
	}
	const prefix = base === '/' ? '' : base;
	for (const a of actions) {
		const href = a.getAttribute('href') ?? '';
		if (!href.startsWith(`${prefix}/`) || href.startsWith('//')) {
			problems.push(`${file}: hero action “${a.textContent.trim()}” leaves the site (${href})`);
		}
	}
	const art = document.querySelector('.ib-hero-art svg[role="img"]');
	const titleId = art?.getAttribute('aria-labelledby') ?? '';
	const title = titleId ? document.getElementById(titleId)?.textContent.trim() : '';
	if (!art || !title) problems.push(`${file}: no named illustration in the hero`);
	if (art?.querySelectorAll('text').length === 0) {
		problems.push(`${file}: the illustration has no real text`);
	}
	return problems;
}

/** Where a not-found page must lead: the guide, the calculators, the trainers' page and search. */
export function findNotFoundProblems(
	file: string,
	document: HTMLElement,
	lang: 'id' | 'en',
): string[] {
	const prefix = lang === 'en' ? '/en' : '';
	const hrefs = document.querySelectorAll('main a[href]').map((a) => a.getAttribute('href') ?? '');
	const wanted = [
		`${prefix}/panduan/`,
		`${prefix}/kalkulator/ikuti-balik/`,
		`${prefix}/kalkulator/engagement/`,
		`${prefix}/kalkulator/jangkauan/`,
		`${prefix}/pelatihan/`,
	];
	const problems = wanted
		.filter((w) => !hrefs.some((h) => h.includes(w)))
		.map((w) => `${file}: no link to ${w}`);
	if (!document.querySelector('main button[data-open-search]')) {
		problems.push(`${file}: no search button`);
	}
	return problems;
}
