/**
 * The header shows each of its items whole, on a desktop and on a phone, in both languages: no
 * label cut short ("Oto…", "Bahas…"), no name broken onto two lines, nothing outside the screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();

const viewports = [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
] as const;

/** A splash home page (no sidebar) and a guide page (with the phone's menu button), per language. */
const paths = ['', 'panduan/risiko/', 'en/', 'en/panduan/risiko/'] as const;

/**
 * Everything of `root` (a CSS selector) that a reader sees cut or wrapped:
 * - a link, button or clipping box whose content is wider than its box (`scrollWidth > clientWidth`);
 * - a `<select>` whose longest option is wider than the room its box leaves for text (a select
 *   cuts its label itself, with an ellipsis, which its `scrollWidth` does not show);
 * - a text that runs over more than one line;
 * - an item that reaches past the edge of the screen.
 * Text only for screen readers (`.sr-only`) is left out.
 */
function findCutItems(page: Page, root: string): Promise<string[]> {
	return page.locator(root).evaluate((container) => {
		const problems: string[] = [];
		const nameOf = (el: Element) => {
			const firstClass = el.getAttribute('class')?.trim().split(/\s+/)[0];
			const text = el.textContent.replace(/\s+/g, ' ').trim().slice(0, 30);
			return `${el.tagName.toLowerCase()}${firstClass ? `.${firstClass}` : ''} “${text}”`;
		};
		const shown = (el: Element) => {
			if (el.closest('.sr-only')) return false;
			const box = el.getBoundingClientRect();
			return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
		};
		const canvas = document.createElement('canvas').getContext('2d');
		for (const el of [container, ...container.querySelectorAll('*')]) {
			if (!(el instanceof HTMLElement) || !shown(el)) continue;
			const style = getComputedStyle(el);
			if (el instanceof HTMLSelectElement) {
				if (!canvas) continue;
				canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const room =
					el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				for (const option of el.options) {
					const width = canvas.measureText(option.text).width;
					if (width > room + 0.5)
						problems.push(
							`${nameOf(el)}: option “${option.text}” needs ${width.toFixed(0)} px, has ${room.toFixed(0)} px`,
						);
				}
				continue;
			}
			const clips = style.overflowX !== 'visible';
			// A box that clips (`overflow: clip` reports no scroll width) also cuts any descendant
			// reaching past its padding box.
			if (clips) {
				const edge = el.getBoundingClientRect();
				const right = edge.right - parseFloat(style.borderRightWidth);
				const left = edge.left + parseFloat(style.borderLeftWidth);
				for (const inner of el.querySelectorAll('*')) {
					if (!shown(inner)) continue;
					const r = inner.getBoundingClientRect();
					if (r.right > right + 0.5 || r.left < left - 0.5)
						problems.push(
							`${nameOf(inner)}: cut by ${nameOf(el)} (${r.left.toFixed(0)}–${r.right.toFixed(0)} px in ${left.toFixed(0)}–${right.toFixed(0)} px)`,
						);
				}
			}
			if ((clips || el.matches('a, button')) && el.scrollWidth > el.clientWidth)
				problems.push(
					`${nameOf(el)}: content ${String(el.scrollWidth)} px wide in ${String(el.clientWidth)} px`,
				);
			const box = el.getBoundingClientRect();
			if (el.matches('a, button, select, label') && (box.left < 0 || box.right > innerWidth))
				problems.push(
					`${nameOf(el)}: reaches past the screen (${box.left.toFixed(0)}–${box.right.toFixed(0)} px)`,
				);
		}
		// Wrapped text: a text node whose characters lie on more than one line.
		const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || !node.textContent?.trim() || !shown(parent)) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const tops = new Set(
				[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
			);
			if (tops.size > 1)
				problems.push(
					`${nameOf(parent)}: “${node.textContent.trim()}” runs over ${String(tops.size)} lines`,
				);
		}
		return problems;
	});
}

describe('the header, whole', () => {
	test.each(viewports.flatMap((viewport) => paths.map((path) => ({ ...viewport, path }))))(
		'/$path at $width × $height: no item cut, wrapped or off screen',
		async ({ width, height, path }) => {
			const context = await browser().newContext({ viewport: { width, height } });
			const page = await context.newPage();
			await page.goto(urlOf(path));
			expect(await findCutItems(page, 'header.header')).toEqual([]);
			await context.close();
		},
	);

	test('the check reports a cut select, a wrapped name and a clipped title (broken header)', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(urlOf('en/'));
		await page.evaluate(() => {
			const header = document.querySelector('header.header');
			header?.insertAdjacentHTML(
				'beforeend',
				'<select style="width:4em"><option>Otomatis</option></select>' +
					'<a href="#" style="display:inline-block;width:3em">Bahasa Indonesia</a>' +
					'<span style="display:block;width:3em;overflow:hidden;white-space:nowrap">Ikuti Balik</span>' +
					'<div style="width:3em;overflow:clip"><a href="#" style="display:block;width:10em">Ikuti Balik</a></div>',
			);
		});
		const problems = await findCutItems(page, 'header.header');
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^select .*option “Otomatis” needs/),
				expect.stringMatching(/^a “Bahasa Indonesia”: “Bahasa Indonesia” runs over 2 lines/),
				expect.stringMatching(/^span “Ikuti Balik”: content \d+ px wide/),
				expect.stringMatching(/^a “Ikuti Balik”: cut by div “Ikuti Balik”/),
			]),
		);
		await context.close();
	});
});
