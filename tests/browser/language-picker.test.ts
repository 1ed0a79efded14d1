import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** Chooses `language` in the visible language picker and waits for the page it leads to. */
async function pickLanguage(page: Page, label: string, language: string) {
	const picker = page.getByLabel(label).locator('visible=true').first();
	const before = page.url();
	await Promise.all([
		page.waitForURL((url) => url.href !== before),
		picker.selectOption({ label: language }),
	]);
}

describe('the language picker', () => {
	test.each([
		{ width: 1280, name: 'desktop', path: '', hash: '#untuk-siapa' },
		{ width: 390, name: 'phone', path: 'panduan/risiko/', hash: '#kebijakan-platform' },
	])(
		'switches Indonesian → English and back, keeping the #hash ($name)',
		async ({ width, path, hash }) => {
			const context = await browser().newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			const openMenu = async (label: string) => {
				// On a phone the picker lives in the menu; the home page (splash) shows it in the header.
				if (width < 800 && path) await page.getByRole('button', { name: label }).click();
			};
			await page.goto(urlOf(path + hash));
			await openMenu('Menu');
			await pickLanguage(page, 'Pilih bahasa', 'English');
			expect(page.url()).toBe(urlOf(`en/${path}${hash}`));
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

			await openMenu('Menu');
			await pickLanguage(page, 'Select language', 'Bahasa Indonesia');
			expect(page.url()).toBe(urlOf(path + hash));
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
			await context.close();
		},
	);
});
