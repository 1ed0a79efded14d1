/**
 * Site search finds the guide by the words readers actually type: the colloquial forms named on the
 * what-is page (facts sheet §8), in each language's own index; and its dialog speaks the page's
 * language, not Pagefind's English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './support/browser.ts';
import {
	englishPagefindStrings,
	foundStrings,
	pagefindFragments,
	pagefindStrings,
	searchChrome,
	templatePattern,
	type SearchChrome,
} from './support/search-ui.ts';

const browser = useBrowser();

/** Runs a search from the page at `prefix` and returns the result links' paths. */
async function search(prefix: string, query: string): Promise<string[]> {
	const page = await browser().newPage();
	await page.goto(urlOf(prefix));
	await page
		.getByRole('button', { name: prefix ? 'Search' : 'Pencarian' })
		.first()
		.click();
	await page.locator('dialog input').first().fill(query);
	const results = page.locator('.pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	const hrefs = await results.evaluateAll((links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
	await page.close();
	return hrefs;
}

describe('search by the words readers use', () => {
	test.each([
		['', 'folbek', '/panduan/apa-itu-ikuti-balik/'],
		['', 'mutualan', '/panduan/apa-itu-ikuti-balik/'],
		['en/', 'folbek', '/en/panduan/apa-itu-ikuti-balik/'],
	])('/%s: “%s” finds %s', async (prefix, query, expected) => {
		const hrefs = await search(prefix, query);
		expect(hrefs.some((href) => href.endsWith(expected))).toBe(true);
		// Each language searches its own index only.
		expect(hrefs.every((href) => href.includes('/en/') === (prefix === 'en/'))).toBe(true);
	});
});

/** Opens the search dialog on the page at `prefix` and types `query`; returns what it says. */
async function dialogAfter(page: Page, prefix: string, query: string): Promise<SearchChrome> {
	await page.goto(urlOf(prefix));
	await page
		.getByRole('button', { name: prefix ? 'Search' : 'Pencarian' })
		.first()
		.click();
	await page.locator('dialog input').first().fill(query);
	// Pagefind says "searching" until the results are in.
	const searching = /^(Searching for|Mencari) /;
	await expect
		.poll(async () => (await searchChrome(page)).message, { timeout: 15_000 })
		.not.toMatch(searching);
	return searchChrome(page);
}

describe('the search dialog speaks the page’s language', () => {
	test.each([
		// More than one page of results (a "load more" button), then none. Pagefind also matches
		// prefixes (a one-letter word "X" answers "xyz"), so the word that finds nothing is a run of
		// a letter that no one-letter word on the site begins.
		{ lang: 'id', prefix: '', many: 'ikuti', other: 'en' },
		{ lang: 'en', prefix: 'en/', many: 'followers', other: 'id' },
	] as const)(
		'/$prefix: results, load more and no results',
		async ({ lang, prefix, many, other }) => {
			const strings = pagefindStrings(lang);
			// The other language's words, and on Indonesian pages Pagefind's own English.
			const foreign = [
				...pagefindFragments(other),
				...(lang === 'id' ? englishPagefindStrings : []),
			];
			expect(foreign.length).toBeGreaterThan(5);
			const page = await browser().newPage();
			try {
				const found = await dialogAfter(page, prefix, many);
				expect(foundStrings(found, foreign)).toEqual([]);
				expect(found.message).toMatch(templatePattern(strings['many_results'] ?? '', many));
				expect(found.clear).toBe(strings['clear_search']);
				expect(found.loadMore).toBe(strings['load_more']);
				expect(found.formLabel).toBe(strings['search_label']);

				const none = await dialogAfter(page, prefix, 'jjjjjjjj');
				expect(foundStrings(none, foreign)).toEqual([]);
				expect(none.message).toMatch(templatePattern(strings['zero_results'] ?? '', 'jjjjjjjj'));
			} finally {
				await page.close();
			}
		},
	);

	test('the check catches Pagefind’s English on an Indonesian page', () => {
		const english: SearchChrome = {
			text: 'Clear 21 results for ikuti Load more results',
			labels: ['Search this site', 'Pencarian'],
			message: '21 results for ikuti',
			clear: 'Clear',
			loadMore: 'Load more results',
			formLabel: 'Search this site',
		};
		expect(foundStrings(english, englishPagefindStrings)).toEqual([
			'results for',
			'Clear',
			'Load more results',
			'Search this site',
		]);
		expect(foundStrings(english, pagefindFragments('id'))).toEqual([]);
	});
});
