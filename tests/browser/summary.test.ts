/**
 * Results in view while typing: on a phone-sized screen, whichever field of a calculator has focus,
 * its headline results are on screen (pinned summary or the results themselves), the pinned summary
 * never covers the focused field, and it announces nothing: the results stay the live region.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openCalculator, useBrowser } from './support/browser.ts';

const browser = useBrowser();

const calculators = [
	{ path: 'kalkulator/ikuti-balik/', headline: ['followBackRate', 'followsNeeded', 'daysNeeded'] },
	{ path: 'kalkulator/engagement/', headline: ['erFollowers', 'erReach', 'erViews'] }, // Instagram: views
	{ path: 'kalkulator/jangkauan/', headline: ['conversations', 'broadcastReach', 'totalReach'] },
] as const;

interface Box {
	top: number;
	bottom: number;
}

/** What the reader sees of one headline result: its box in the summary or in the results. */
async function headlineBoxes(page: Page, names: readonly string[]) {
	return page.evaluate((list) => {
		const box = (el: Element | null) => {
			if (!el) return null;
			const r = el.getBoundingClientRect();
			const hidden = el.closest('[hidden]') !== null || r.height === 0;
			return hidden ? null : { top: r.top, bottom: r.bottom };
		};
		const bar = document.querySelector('.ib-summary');
		return {
			viewport: window.innerHeight,
			bar: box(bar),
			field: box(document.activeElement),
			items: list.map((name) => ({
				name,
				pinned: box(document.querySelector(`.ib-summary [data-name="${name}"] dd`)),
				result: box(document.querySelector(`.ib-results output[name="${name}"]`)),
			})),
		};
	}, names);
}

const inView = (b: Box | null, height: number) => b !== null && b.top >= 0 && b.bottom <= height;
const overlaps = (a: Box | null, b: Box | null) =>
	a !== null && b !== null && a.bottom > b.top && a.top < b.bottom;

describe.each([390, 320])('at %i px wide', (width) => {
	test.each(calculators.flatMap((c) => [c, { ...c, path: `en/${c.path}` }]))(
		'/$path keeps its headline results in view while each field has focus',
		async ({ path, headline }) => {
			const context = await browser().newContext({ viewport: { width, height: 844 } });
			const { page, errors } = await openCalculator(context, path);
			const fields = page.locator('.ib-form input, .ib-form select');
			const count = await fields.count();
			expect(count).toBeGreaterThan(3);
			for (let i = 0; i < count; i++) {
				await fields.nth(i).focus();
				await page.waitForTimeout(250);
				const seen = await headlineBoxes(page, headline);
				for (const item of seen.items) {
					const visible =
						inView(item.pinned, seen.viewport) ||
						(inView(item.result, seen.viewport) && !overlaps(item.result, seen.bar));
					expect(visible, `${path} field ${String(i)}: ${item.name} not in view`).toBe(true);
				}
				expect(overlaps(seen.bar, seen.field), `${path} field ${String(i)} is covered`).toBe(false);
			}
			// The results stay the one polite live region for results; the summary announces nothing.
			await expect(page.locator('.ib-results[aria-live="polite"]').count()).resolves.toBe(1);
			await expect(
				page
					.locator('.ib-summary[aria-live], .ib-summary [aria-live], .ib-summary [role="status"]')
					.count(),
			).resolves.toBe(0);
			expect(errors).toEqual([]);
			await context.close();
		},
	);
});

test('the pinned summary hides once the full results are on screen', async () => {
	const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
	const { page } = await openCalculator(context, 'kalkulator/ikuti-balik/');
	await page.locator('.ib-form input').first().focus();
	await expect.poll(() => page.locator('.ib-summary').isVisible()).toBe(true);
	await page.locator('.ib-results > dl').scrollIntoViewIfNeeded();
	await page.locator('.ib-results output[name="daysNeeded"]').scrollIntoViewIfNeeded();
	await expect.poll(() => page.locator('.ib-summary').isVisible()).toBe(false);
	await context.close();
});
