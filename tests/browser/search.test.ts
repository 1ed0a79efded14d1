/**
 * Site search finds the guide by the words readers actually type: the colloquial forms named on the
 * what-is page (facts sheet §8), in each language's own index.
 */
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './support/browser.ts';

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
