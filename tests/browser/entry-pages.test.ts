/**
 * First steps on a phone: the home page's hero actions lead into the site, and the not-found page's
 * search button opens the site search, in both languages.
 */
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();
const phone = { width: 390, height: 844 };

describe('the home page on a phone', () => {
	test.each([
		['', 'Mulai membaca panduan', '/panduan/apa-itu-ikuti-balik/'],
		['en/', 'Start reading the guide', '/en/panduan/apa-itu-ikuti-balik/'],
	])('/%s: “%s” is on the first screen and opens %s', async (prefix, name, target) => {
		const context = await browser().newContext({ viewport: phone });
		const page = await context.newPage();
		await page.goto(urlOf(prefix));
		const action = page.getByRole('link', { name });
		const box = await action.boundingBox();
		expect(box && box.y + box.height <= phone.height).toBe(true);
		await expect(page.locator('.ib-home-actions a').count()).resolves.toBe(3);
		await action.click();
		await page.waitForURL((url) => url.pathname.endsWith(target));
		await context.close();
	});
});

describe('the not-found page', () => {
	test.each([
		['halaman-yang-tidak-ada/', 'Cari di situs ini'],
		['en/404/', 'Search this site'],
	])('/%s: “%s” opens the site search', async (path, name) => {
		const context = await browser().newContext({ viewport: phone });
		const page = await context.newPage();
		await page.goto(urlOf(path));
		await page.getByRole('button', { name }).click();
		await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
		await context.close();
	});
});
