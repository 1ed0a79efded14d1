/**
 * One way to change language: the header's language switch (LanguageSwitch.astro) replaces
 * Starlight's language picker, in the header on a desktop and in the menu on a phone, so no page
 * offers a second, different control for the same thing. The switch itself is checked on every page
 * in language-switch.test.ts; here, that it is the only one and keeps the reader's #section.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();

const names = {
	id: 'English (baca dalam bahasa Inggris)',
	en: 'Bahasa Indonesia (read in Indonesian)',
};

/**
 * The page's visible ways to reach the other language: links to its twin (by `hreflang`) and any
 * select that lists a language by name, Starlight's picker among them.
 */
async function languageControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const visible = (el: Element) => {
			const box = el.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
		};
		const other = document.documentElement.lang === 'en' ? 'id' : 'en';
		const links = [...document.querySelectorAll(`a[hreflang="${other}"]`)]
			.filter(visible)
			.map((a) => `link ${a.classList[0] ?? ''}`);
		const selects = [...document.querySelectorAll('select')]
			.filter(
				(s) => visible(s) && [...s.options].some((o) => /English|Bahasa Indonesia/.test(o.text)),
			)
			.map(
				(s) => `select ${s.getAttribute('aria-label') ?? s.closest('label')?.textContent ?? ''}`,
			);
		const pickers = [...document.querySelectorAll('starlight-lang-select')].map(
			() => 'starlight-lang-select',
		);
		return [...links, ...selects, ...pickers];
	});
}

/** Follows the header's language switch and waits for the page it leads to. */
async function follow(page: Page, lang: 'id' | 'en') {
	const before = page.url();
	await Promise.all([
		page.waitForURL((url) => url.href !== before),
		page.locator('header').getByRole('link', { name: names[lang], exact: true }).click(),
	]);
}

describe('one way to change language', () => {
	test.each([
		{ width: 1280, name: 'desktop', path: '', hash: '#untuk-siapa' },
		{ width: 390, name: 'phone', path: 'panduan/risiko/', hash: '#kebijakan-platform' },
	])(
		'the header switch is the only one, and leads Indonesian → English and back keeping the #hash ($name)',
		async ({ width, path, hash }) => {
			const context = await browser().newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			/** On a phone, Starlight's menu (which held its picker) is opened first. */
			const controls = async (menu: string) => {
				if (width < 800 && path) await page.getByRole('button', { name: menu }).click();
				const found = await languageControls(page);
				if (width < 800 && path) await page.getByRole('button', { name: menu }).click();
				return found;
			};
			await page.goto(urlOf(path + hash));
			expect(await controls('Menu')).toEqual(['link ib-lang-switch']);
			await follow(page, 'id');
			expect(page.url()).toBe(urlOf(`en/${path}${hash}`));
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

			expect(await controls('Menu')).toEqual(['link ib-lang-switch']);
			await follow(page, 'en');
			expect(page.url()).toBe(urlOf(path + hash));
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
			await context.close();
		},
	);

	test('the check finds a second control: a language select beside the switch (broken page)', async () => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(urlOf(''));
		await page.evaluate(() => {
			document
				.querySelector('header')
				?.insertAdjacentHTML(
					'beforeend',
					'<label>Pilih bahasa <select><option>Bahasa Indonesia</option><option>English</option></select></label>',
				);
		});
		expect(await languageControls(page)).toEqual([
			'link ib-lang-switch',
			'select Pilih bahasa Bahasa IndonesiaEnglish',
		]);
		await context.close();
	});
});
