import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPaths, urlOf, useBrowser, wcagTags } from './support/browser.ts';

const browser = useBrowser();

/** A phone (most readers) and a desktop. */
const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
] as const;

const cases = builtPaths().flatMap((path) =>
	viewports.flatMap((viewport) =>
		(['light', 'dark'] as const).map((theme) => ({ path, theme, width: viewport.width })),
	),
);

/**
 * One context per width and theme, as one reader would browse: the first page installs the offline
 * worker, the others open under it. Each case opens its own page in that context, so the cases run
 * concurrently (vitest.config.ts: maxConcurrency).
 */
const contexts = new Map<string, BrowserContext>();
const key = (width: number, theme: string) => `${String(width)} ${theme}`;
beforeAll(async () => {
	for (const viewport of viewports)
		for (const theme of ['light', 'dark'] as const) {
			const context = await browser().newContext({ colorScheme: theme, viewport });
			// Starlight reads the reader's stored theme choice before first paint.
			await context.addInitScript((t) => {
				localStorage.setItem('starlight-theme', t);
			}, theme);
			contexts.set(key(viewport.width, theme), context);
		}
});
afterAll(async () => {
	for (const context of contexts.values()) await context.close();
});

describe.concurrent('accessibility (axe, WCAG 2.2 A and AA)', () => {
	test.each(cases)(
		'/$path at $width px in the $theme theme has no violation',
		async ({ path, theme, width }) => {
			const context = contexts.get(key(width, theme));
			if (!context) throw new Error(`no context for ${key(width, theme)}`);
			const page = await context.newPage();
			await page.goto(urlOf(path));
			await page.waitForFunction((t) => document.documentElement.dataset['theme'] === t, theme);
			const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			const violations = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
			);
			expect(violations).toEqual([]);
			await page.close();
		},
	);
});

describe('the WCAG 2.1 and 2.2 checks', () => {
	test('catch a visible label missing from the name and a target smaller than 24 px (broken fixture)', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(urlOf(''));
		// A copy of the page with two faults the WCAG 2.0 tags alone would not report.
		await page.evaluate(() => {
			const main = document.querySelector('main') ?? document.body;
			main.insertAdjacentHTML(
				'beforeend',
				'<p><button type="button" aria-label="Tutup">Kirim sekarang</button> <a href="#" style="display:inline-block;width:10px;height:10px;font-size:8px;position:relative;left:-2px">x</a><a href="#" style="display:inline-block;width:10px;height:10px;font-size:8px">y</a></p>',
			);
		});
		const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		const ids = results.violations.map((v) => v.id);
		expect(ids).toContain('label-content-name-mismatch');
		expect(ids).toContain('target-size');
		await context.close();
	});

	test.each(viewports)(
		'the search button is named by its visible label at $width px, in both languages',
		async (viewport) => {
			const context = await browser().newContext({ viewport });
			const page = await context.newPage();
			for (const [path, label] of [
				['', 'Pencarian'],
				['en/', 'Search'],
			] as const) {
				await page.goto(urlOf(path));
				const button = page.locator('button[data-open-modal]').first();
				expect(await button.getAttribute('aria-label')).toBeNull();
				await expect
					.poll(() => page.getByRole('button', { name: label, exact: true }).count())
					.toBe(1);
			}
			await context.close();
		},
	);
});
