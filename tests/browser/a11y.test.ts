import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { builtPaths, urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();

const cases = builtPaths().flatMap((path) =>
	(['light', 'dark'] as const).map((theme) => ({ path, theme })),
);

describe('accessibility (axe, WCAG 2 A and AA)', () => {
	test.each(cases)('/$path in the $theme theme has no violation', async ({ path, theme }) => {
		const context = await browser().newContext({ colorScheme: theme });
		// Starlight reads the reader's stored theme choice before first paint.
		await context.addInitScript((t) => {
			localStorage.setItem('starlight-theme', t);
		}, theme);
		const page = await context.newPage();
		await page.goto(urlOf(path));
		await page.waitForFunction((t) => document.documentElement.dataset['theme'] === t, theme);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
		const violations = results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
		);
		expect(violations).toEqual([]);
		await context.close();
	});
});
