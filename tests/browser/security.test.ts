/**
 * Privacy and the Content-Security-Policy, as a reader's browser sees them: every built page makes
 * requests to its own origin only, sets no cookie, keeps nothing a reader types, and breaks no rule
 * of its CSP, with search and the calculators in use.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtPaths, openCalculator, urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** A context that records every request and every CSP violation on its pages. */
async function watchedContext(): Promise<{
	context: BrowserContext;
	requests: string[];
	violations: () => Promise<string[]>;
}> {
	const context = await browser().newContext();
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) => {
			seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`);
		});
	});
	const pages: Page[] = [];
	context.on('page', (page) => pages.push(page));
	return {
		context,
		requests,
		violations: async () =>
			(
				await Promise.all(
					pages.map((p) => p.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
				)
			).flat(),
	};
}

const ownOrigin = () => new URL(urlOf('')).origin;
const foreign = (requests: string[]) =>
	requests.filter(
		(url) =>
			!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ownOrigin(),
	);

describe.concurrent('every built page', () => {
	test.each(builtPaths())(
		'/%s requests nothing from another origin, sets no cookie, breaks no CSP rule',
		async (path) => {
			const { context, requests, violations } = await watchedContext();
			const page = await context.newPage();
			await page.goto(urlOf(path), { waitUntil: 'networkidle' });
			expect(foreign(requests)).toEqual([]);
			expect(await violations()).toEqual([]);
			expect(await context.cookies()).toEqual([]);
			await context.close();
		},
	);
});

describe.concurrent('in use', () => {
	test.each(['', 'en/'])(
		'search (/%s) runs under the CSP and stays on this origin',
		async (prefix) => {
			const { context, requests, violations } = await watchedContext();
			const page = await context.newPage();
			await page.goto(urlOf(prefix));
			await page
				.getByRole('button', { name: prefix ? 'Search' : 'Pencarian' })
				.first()
				.click();
			await page.locator('dialog input').first().fill('follow');
			await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
			expect(foreign(requests)).toEqual([]);
			expect(await violations()).toEqual([]);
			await context.close();
		},
	);

	test.each(['kalkulator/ikuti-balik/', 'en/kalkulator/engagement/', 'kalkulator/jangkauan/'])(
		'/%s stores nothing the reader types, and breaks no CSP rule',
		async (path) => {
			const { context, requests, violations } = await watchedContext();
			const { page } = await openCalculator(context, path);
			const input = page.locator('.ib-calculator input[type="text"]').first();
			await input.fill('98765');
			await page.waitForTimeout(500);
			const stored = await page.evaluate(() =>
				JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
			);
			expect(stored).not.toContain('98765');
			expect(await context.cookies()).toEqual([]);
			expect(foreign(requests)).toEqual([]);
			expect(await violations()).toEqual([]);
			await context.close();
		},
	);
});
