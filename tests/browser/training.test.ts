import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../config/site.ts';
import { distDir } from '../support/paths.ts';
import { openCalculator, resultValue, urlOf, watchedPage, useBrowser } from './support/browser.ts';

const browser = useBrowser();

const languages = [
	{
		lang: 'id',
		prefix: '',
		copy: 'Salin tautan: Kebijakan platform',
		copied: 'Tautan disalin',
		filter: 'Saring bagian',
	},
	{
		lang: 'en',
		prefix: 'en/',
		copy: 'Copy link: Platform policy',
		copied: 'Link copied',
		filter: 'Filter sections',
	},
] as const;

describe.each(languages)('copying links ($lang)', (t) => {
	test('a copy button in the link index puts the section’s full URL on the clipboard', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { page, errors } = await watchedPage(context);
		await page.goto(urlOf(`${t.prefix}pelatihan/`));
		await page.getByRole('button', { name: t.copy, exact: true }).click();
		await page.locator('.ib-link-status').filter({ hasText: t.copied }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(new URL(`/${t.prefix}panduan/risiko/#kebijakan-platform`, siteUrl()).href);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('a heading’s anchor link copies the section URL, confirms it, and still navigates', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { page, errors } = await watchedPage(context);
		await page.goto(urlOf(`${t.prefix}panduan/risiko/`));
		await page.locator('a.sl-anchor-link[href="#kebijakan-platform"]').click();
		await page.locator('#ib-link-toast').filter({ hasText: t.copied }).waitFor();
		expect(await page.getByRole('status').filter({ hasText: t.copied }).count()).toBe(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(urlOf(`${t.prefix}panduan/risiko/#kebijakan-platform`));
		expect(new URL(page.url()).hash).toBe('#kebijakan-platform');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the filter narrows the index as you type', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(urlOf(`${t.prefix}pelatihan/`));
		const rows = page.locator('.ib-link-row');
		const total = await rows.count();
		await page.getByLabel(t.filter).fill('churn');
		await expect.poll(() => page.locator('.ib-link-row:visible').count()).toBeLessThan(total);
		const visible = await page.locator('.ib-link-row:visible').allTextContents();
		expect(visible.length).toBeGreaterThan(0);
		for (const text of visible) expect(text.toLowerCase()).toContain('churn');
		await page.getByLabel(t.filter).fill('');
		await expect.poll(() => page.locator('.ib-link-row:visible').count()).toBe(total);
		await context.close();
	});

	test('without JavaScript the index is a complete plain list', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(urlOf(`${t.prefix}pelatihan/`));
		expect(await page.getByLabel(t.filter).isVisible()).toBe(false);
		expect(await page.locator('.ib-link-row:visible').count()).toBe(
			await page.locator('.ib-link-row').count(),
		);
		await context.close();
	});
});

/** Every prefilled calculator link in the workshop outlines, by outline page. */
function outlineScenarios(prefix: string): string[] {
	return ['pelatihan/pengantar-60-menit', 'pelatihan/praktik-90-menit'].flatMap((path) => {
		const html = readFileSync(join(distDir, prefix, path, 'index.html'), 'utf8');
		return parse(html)
			.querySelectorAll('.sl-markdown-content a[href*="/kalkulator/"]')
			.map((a) => a.getAttribute('href') ?? '')
			.filter((href) => href.includes('?'));
	});
}

describe.each(languages)('prefilled links in the workshop outlines ($lang)', (t) => {
	const links = outlineScenarios(t.prefix);

	test('exist for all three calculators', () => {
		for (const calculator of ['ikuti-balik', 'engagement', 'jangkauan']) {
			expect(links.some((l) => l.includes(`/kalkulator/${calculator}/?`))).toBe(true);
		}
	});

	test.each(links)(
		'%s opens the calculator with every value accepted and results computed',
		async (link) => {
			const context = await browser().newContext();
			const { page, errors } = await openCalculator(context, link.replace(/^\//, ''));
			const first = {
				'ikuti-balik': 'followBackRate',
				engagement: 'interactions',
				jangkauan: 'conversations',
			};
			const name =
				Object.entries(first).find(([calc]) => link.includes(`/kalkulator/${calc}/`))?.[1] ?? '';
			await expect.poll(() => resultValue(page, name)).not.toBe('');
			expect(await page.locator('.ib-notice').count()).toBe(0);
			// The X scenario that crosses 5,000: ⌈400 ÷ 0.12⌉ = 3,334 follows in ⌈3,334 ÷ 60⌉ = 56 days.
			if (link.includes('followed=300&followedBack=36') && link.includes('perDay=60')) {
				expect(await resultValue(page, 'followsNeeded')).toBe('3334');
				expect(await resultValue(page, 'daysNeeded')).toBe('56');
			}
			expect(errors).toEqual([]);
			await context.close();
		},
	);
});
