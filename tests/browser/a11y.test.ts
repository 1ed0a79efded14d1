import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { builtPaths, urlOf, useBrowser, wcagTags } from './support/browser.ts';

const browser = useBrowser();

/** A phone (most readers) and a desktop. */
const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
] as const;

const cases = builtPaths().flatMap((path) =>
	viewports.flatMap((viewport) =>
		(['light', 'dark'] as const).map((theme) => ({ path, theme, viewport, width: viewport.width })),
	),
);

describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
	test.each(cases)(
		'/$path at $width px in the $theme theme has no violation',
		async ({ path, theme, viewport }) => {
			const context = await browser().newContext({ colorScheme: theme, viewport });
			// Starlight reads the reader's stored theme choice before first paint.
			await context.addInitScript((t) => {
				localStorage.setItem('starlight-theme', t);
			}, theme);
			const page = await context.newPage();
			await page.goto(urlOf(path));
			await page.waitForFunction((t) => document.documentElement.dataset['theme'] === t, theme);
			const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
			const violations = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
			);
			expect(violations).toEqual([]);
			await context.close();
		},
	);
});
