/**
 * What the search dialog says around its results, for the tests that check it speaks the page's
 * language (online in search.test.ts, from the service worker in offline.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from '../../support/paths.ts';

/**
 * Pagefind's own English interface strings (its `translations/en.json`), which an Indonesian page
 * must not show: each is matched case-sensitively in the dialog's text and labels.
 */
export const englishPagefindStrings = [
	'results for',
	'result for',
	'No results for',
	'Clear',
	'Load more results',
	'Search this site',
	'Filters',
	'Searching for',
	'Showing results for',
	'Try one of the following searches',
] as const;

/** The `pagefind.*` strings of a language's Starlight UI dictionary (`src/content/i18n/`). */
export function pagefindStrings(lang: 'id' | 'en'): Record<string, string> {
	const dictionary = JSON.parse(
		readFileSync(join(root, `src/content/i18n/${lang}.json`), 'utf8'),
	) as Record<string, string>;
	return Object.fromEntries(
		Object.entries(dictionary)
			.filter(([key]) => key.startsWith('pagefind.'))
			.map(([key, value]) => [key.slice('pagefind.'.length), value]),
	);
}

/** The words of a dictionary's Pagefind strings without their `[PLACEHOLDERS]`, for absence checks. */
export function pagefindFragments(lang: 'id' | 'en'): string[] {
	return Object.values(pagefindStrings(lang))
		.flatMap((value) => value.split(/\[[A-Z_]+\]|[.:…]/))
		.map((part) => part.trim())
		.filter((part) => part.length > 2);
}

/** A pattern for a Pagefind template such as `[COUNT] hasil untuk [SEARCH_TERM]` with `term` filled in. */
export function templatePattern(template: string, term: string): RegExp {
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const parts = template.split(/(\[COUNT\]|\[SEARCH_TERM\])/).map((part) => {
		if (part === '[COUNT]') return '[\\d.,]+';
		if (part === '[SEARCH_TERM]') return escape(term);
		return escape(part);
	});
	return new RegExp(`^${parts.join('')}$`);
}

/** The search dialog's interface, its results left out: visible text and accessible labels. */
export interface SearchChrome {
	/** The text of the dialog without the result titles and excerpts (page content). */
	text: string;
	/** Every `aria-label`, `placeholder` and `title` in the dialog. */
	labels: string[];
	/** Pagefind's message line ("3 results for folbek"). */
	message: string;
	/** The clear button's text. */
	clear: string;
	/** The "load more" button's text, or `null` when all results are shown. */
	loadMore: string | null;
	/** The search form's accessible name. */
	formLabel: string | null;
}

/** Reads the open search dialog of `page` once Pagefind has shown a message. */
export async function searchChrome(page: Page): Promise<SearchChrome> {
	await page.locator('dialog[open] .pagefind-ui__message').first().waitFor({ timeout: 15_000 });
	return page.locator('dialog[open]').evaluate((dialog) => {
		const copy = dialog.cloneNode(true) as HTMLElement;
		for (const result of copy.querySelectorAll('.pagefind-ui__result')) result.remove();
		const labels = [...dialog.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap(
			(element) =>
				['aria-label', 'placeholder', 'title'].flatMap((name) => {
					const value = element.getAttribute(name);
					return value === null ? [] : [value];
				}),
		);
		const text = (selector: string) => dialog.querySelector(selector)?.textContent.trim() ?? null;
		return {
			text: copy.textContent,
			labels,
			message: text('.pagefind-ui__message') ?? '',
			clear: text('.pagefind-ui__search-clear') ?? '',
			loadMore: text('.pagefind-ui__button'),
			formLabel: dialog.querySelector('form[role="search"]')?.getAttribute('aria-label') ?? null,
		};
	});
}

/**
 * The strings of `forbidden` that occur as whole words in the dialog's interface text or labels
 * ("Filter" is not found in "Filters").
 */
export function foundStrings(chrome: SearchChrome, forbidden: readonly string[]): string[] {
	const all = [chrome.text, ...chrome.labels].join('\n');
	const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return forbidden.filter((s) => new RegExp(`(?<!\\p{L})${escape(s)}(?!\\p{L})`, 'u').test(all));
}
