import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe('printing a guide page', () => {
	test.each(['panduan/risiko/', 'en/panduan/strategi/'])(
		'/%s prints without navigation and with link URLs',
		async (path) => {
			const context = await browser().newContext();
			const page = await context.newPage();
			await page.goto(urlOf(path));
			const display = (selector: string) =>
				page
					.locator(selector)
					.first()
					.evaluate((el) => getComputedStyle(el).display);
			const linkAfter = () =>
				page
					.locator('.sl-markdown-content a[href^="/"]')
					.first()
					.evaluate((el) => ({
						after: getComputedStyle(el, '::after').content,
						href: el.getAttribute('href'),
					}));

			expect(await display('.page > header')).not.toBe('none'); // on screen: the real thing
			await page.emulateMedia({ media: 'print' });
			for (const chrome of [
				'.page > header',
				'nav.sidebar',
				'.right-sidebar-container',
				'.pagination-links',
			]) {
				expect(await display(chrome)).toBe('none');
			}
			const { after, href } = await linkAfter();
			expect(after).toBe(`" (${href ?? ''})"`);
			await context.close();
		},
	);
});
