import { describe, expect, test } from 'vitest';
import { builtPaths, urlOf, watchedPage, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe.concurrent('every built page', () => {
	const paths = builtPaths();

	test('there are pages in both languages to visit', () => {
		expect(paths).toContain('');
		expect(paths).toContain('en/');
	});

	test.each(paths)('/%s loads with its language and no console error', async (path) => {
		const context = await browser().newContext();
		const { page, errors } = await watchedPage(context);
		// Starlight's 404 page logs the 404 response itself as a console error; that one is expected.
		const response = await page.goto(urlOf(path), { waitUntil: 'load' });
		const expectedStatus = path === 'halaman-yang-tidak-ada/' ? 404 : 200;
		expect(response?.status()).toBe(expectedStatus);
		const lang = await page.locator('html').getAttribute('lang');
		expect(lang).toBe(path.startsWith('en/') ? 'en' : 'id');
		await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
		const unexpected = errors.filter((e) => !(expectedStatus === 404 && e.includes('404')));
		expect(unexpected).toEqual([]);
		await context.close();
	});
});
