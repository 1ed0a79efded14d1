import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../config/site.ts';
import { decodeQrPath } from '../support/qr-decode.ts';
import AxeBuilder from '@axe-core/playwright';
import { openCalculator, urlOf, useBrowser, watchedPage, wcagTags } from './support/browser.ts';

const browser = useBrowser();

const languages = [
	{
		lang: 'id',
		prefix: '',
		share: 'Bagikan',
		copy: 'Salin tautan skenario',
		copied: 'Tautan disalin.',
		showQr: 'Tampilkan kode QR',
		hideQr: 'Sembunyikan kode QR',
		followedBack: 'Yang mengikuti balik',
		section: 'Kebijakan platform',
		indexCopy: 'Salin tautan: Kebijakan platform',
		indexShare: 'Bagikan tautan: Kebijakan platform',
	},
	{
		lang: 'en',
		prefix: 'en/',
		share: 'Share',
		copy: 'Copy scenario link',
		copied: 'Link copied.',
		showQr: 'Show QR code',
		hideQr: 'Hide QR code',
		followedBack: 'Followed you back',
		section: 'Platform policy',
		indexCopy: 'Copy link: Platform policy',
		indexShare: 'Share link: Platform policy',
	},
] as const;

/** A trainer's scenario: the follow-back scenario on X from the outlines, with a section. */
const scenario =
	'?platform=x&followed=300&followedBack=36&followers=1500&following=4200&target=400&perDay=60&minutesEach=1';

/** A context whose browser has the Web Share API, recording each call instead of opening a sheet. */
async function withShare(): Promise<BrowserContext> {
	const context = await browser().newContext();
	await context.addInitScript(() => {
		const calls: { title: string | undefined; url: string | undefined }[] = [];
		Object.defineProperty(window, '__shared', { value: calls });
		Object.defineProperty(Navigator.prototype, 'share', {
			configurable: true,
			value: (data: ShareData) => {
				calls.push({ title: data.title, url: data.url });
				return Promise.resolve();
			},
		});
	});
	return context;
}

/** A context whose browser has no Web Share API at all (as desktop Chromium on Linux). */
async function withoutShare(): Promise<BrowserContext> {
	const context = await browser().newContext();
	await context.addInitScript(() => {
		delete (Navigator.prototype as { share?: unknown }).share;
	});
	return context;
}

const sharedCalls = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { __shared: { title: string | undefined; url: string | undefined }[] })
				.__shared,
	);

describe.each(languages)('sharing ($lang)', (t) => {
	test('with navigator.share: a heading’s share button shares the section with the page’s query', async () => {
		const context = await withShare();
		const { page, errors } = await watchedPage(context);
		const path = `${t.prefix}kalkulator/ikuti-balik/${scenario}#kalkulator`;
		await page.goto(urlOf(path));
		const button = page.locator('.sl-heading-wrapper:has(#rumus) .ib-share');
		await expect.poll(() => button.isVisible()).toBe(true);
		expect(await button.textContent()).toBe(t.share);
		await button.click();
		const [call] = await sharedCalls(page);
		expect(call?.url).toBe(urlOf(`${t.prefix}kalkulator/ikuti-balik/${scenario}#rumus`));
		const heading = await page.locator('#rumus').textContent();
		expect(call?.title).toBe(`${heading ?? ''} · ${await page.title()}`);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('with navigator.share: the scenario’s share button shares the copied scenario link', async () => {
		const context = await withShare();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { page, errors } = await openCalculator(
			context,
			`${t.prefix}kalkulator/ikuti-balik/${scenario}#kalkulator`,
		);
		const field = page.getByLabel(t.followedBack, { exact: true });
		// The link's scenario is in the form first; then the reader changes it.
		await expect.poll(() => field.inputValue()).toBe('36');
		await field.fill('40');
		await page.locator('.ib-copy').getByRole('button', { name: t.share, exact: true }).click();
		await page.getByRole('button', { name: t.copy }).click();
		await page.getByRole('status').filter({ hasText: t.copied }).waitFor({ state: 'visible' });
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const [call] = await sharedCalls(page);
		expect(call).toEqual({ title: await page.title(), url: copied });
		expect(copied).toContain('followedBack=40');
		expect(copied).toContain('platform=x');
		expect(copied).toMatch(/#kalkulator$/);
		// The share buttons and the open QR code pass axe (target size included), on a phone too.
		await page.getByRole('button', { name: t.showQr }).click();
		await page.locator('.ib-scenario-qr svg').waitFor();
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 844 });
			const axe = await new AxeBuilder({ page })
				.include('.ib-copy')
				.include('.ib-scenario-qr')
				.include('.sl-heading-wrapper')
				.withTags(wcagTags)
				.analyze();
			expect(
				axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
			).toEqual([]);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	test('with navigator.share: the trainers’ link index shares a section with its title', async () => {
		const context = await withShare();
		const { page, errors } = await watchedPage(context);
		await page.goto(urlOf(`${t.prefix}pelatihan/`));
		await page.getByRole('button', { name: t.indexShare, exact: true }).click();
		const [call] = await sharedCalls(page);
		expect(call).toEqual({
			title: t.section,
			// The index gives the published URL (SITE_URL), as its copy button does.
			url: new URL(`/${t.prefix}panduan/risiko/#kebijakan-platform`, siteUrl()).href,
		});
		expect(errors).toEqual([]);
		await context.close();
	});

	test('without navigator.share: no share button anywhere, copying remains', async () => {
		const context = await withoutShare();
		const { page, errors } = await watchedPage(context);
		await page.goto(urlOf(`${t.prefix}panduan/risiko/`));
		expect(await page.locator('.sl-anchor-link').count()).toBeGreaterThan(3);
		expect(await page.locator('.ib-share').count()).toBeGreaterThan(3);
		expect(await page.locator('.ib-share:visible').count()).toBe(0);
		expect(await page.getByRole('button', { name: t.share }).count()).toBe(0);

		await page.goto(urlOf(`${t.prefix}pelatihan/`));
		expect(await page.getByRole('button', { name: t.indexCopy, exact: true }).isVisible()).toBe(
			true,
		);
		expect(await page.getByRole('button', { name: t.indexShare }).count()).toBe(0);

		const calculator = await openCalculator(context, `${t.prefix}kalkulator/ikuti-balik/`);
		expect(await calculator.page.getByRole('button', { name: t.copy }).isVisible()).toBe(true);
		expect(await calculator.page.locator('.ib-copy .ib-share:visible').count()).toBe(0);
		expect([...errors, ...calculator.errors]).toEqual([]);
		await context.close();
	});

	test('the scenario’s QR code loads its encoder on request and decodes to the scenario link', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const scripts: string[] = [];
		context.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		const { page, errors } = await openCalculator(
			context,
			`${t.prefix}kalkulator/ikuti-balik/${scenario}#kalkulator`,
		);
		const before = scripts.length;
		expect(scripts.some((s) => s.includes('ScenarioQr'))).toBe(false);
		const toggle = page.getByRole('button', { name: t.showQr });
		await toggle.click();
		const svg = page.locator('.ib-scenario-qr svg.ib-qr');
		await svg.waitFor();
		expect(scripts.slice(before).some((s) => s.includes('ScenarioQr'))).toBe(true);
		expect(await page.getByRole('button', { name: t.hideQr }).getAttribute('aria-expanded')).toBe(
			'true',
		);
		const decode = async () => {
			const size = Number((await svg.getAttribute('viewBox'))?.split(' ')[2]);
			return decodeQrPath(size, (await svg.locator('path').getAttribute('d')) ?? '');
		};
		const copiedLink = async () => {
			await page.getByRole('button', { name: t.copy }).click();
			await page.getByRole('status').filter({ hasText: t.copied }).waitFor({ state: 'visible' });
			return page.evaluate(() => navigator.clipboard.readText());
		};
		await expect
			.poll(() => page.getByLabel(t.followedBack, { exact: true }).inputValue())
			.toBe('36');
		const first = await copiedLink();
		expect(first).toContain('followedBack=36');
		expect(await decode()).toBe(first);
		expect(await svg.getAttribute('aria-label')).toContain(first);
		// It follows the scenario while shown.
		await page.getByLabel(t.followedBack, { exact: true }).fill('40');
		await expect.poll(decode).toContain('followedBack=40');
		expect(await decode()).toBe(await copiedLink());
		// It prints with the page.
		await page.emulateMedia({ media: 'print' });
		expect(await svg.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: t.hideQr }).click();
		expect(await svg.count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});
