import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPaths, urlOf, useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** What a reader of each language sees and hears: the other language's name, then a hint. */
const switches = {
	id: { name: 'English (baca dalam bahasa Inggris)', lang: 'en', label: 'English' },
	en: { name: 'Bahasa Indonesia (read in Indonesian)', lang: 'id', label: 'Bahasa Indonesia' },
} as const;

const widths = [
	{ width: 320, height: 640, name: 'phone, 320 px' },
	{ width: 390, height: 844, name: 'phone, 390 px' },
	{ width: 1280, height: 800, name: 'desktop' },
] as const;

/** The site path of a page's twin, for a path as `builtPaths()` gives it. */
function twinPath(path: string): string {
	if (path === 'halaman-yang-tidak-ada/') return 'en/404/'; // served the root 404.html
	if (path === 'en/404/') return '404.html';
	return path.startsWith('en/') ? path.slice('en/'.length) : `en/${path}`;
}

/** The page's language switch: a link in the header, found by its accessible name. */
async function languageSwitch(page: Page) {
	const lang = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'id';
	const expected = switches[lang];
	return {
		link: page.locator('header').getByRole('link', { name: expected.name, exact: true }),
		expected,
	};
}

/**
 * Everything wrong with the language switch on the open page, which was opened as `path`: it must
 * be one visible link in the header, named in the page's language, inside the viewport and on top
 * (at the top of the page and scrolled to its end), big enough to tap, showing the other
 * language's name in that language, and pointing at the twin page.
 */
async function findSwitchProblems(page: Page, path: string): Promise<string[]> {
	const { link, expected } = await languageSwitch(page);
	const count = await link.count();
	if (count !== 1) return [`${String(count)} visible links named "${expected.name}" in the header`];
	const problems: string[] = [];
	const viewport = page.viewportSize() ?? { width: 0, height: 0 };
	for (const where of ['top', 'end'] as const) {
		if (where === 'end') {
			await page.evaluate(() => {
				window.scrollTo(0, document.documentElement.scrollHeight);
			});
		}
		const box = await link.boundingBox();
		if (
			!box ||
			box.x < 0 ||
			box.y < 0 ||
			box.x + box.width > viewport.width ||
			box.y + box.height > viewport.height
		) {
			problems.push(`outside the viewport at the ${where} of the page: ${JSON.stringify(box)}`);
			continue;
		}
		const onTop = await page.evaluate(
			([x, y]) => document.elementFromPoint(x, y)?.closest('a.ib-lang-switch') != null,
			[box.x + box.width / 2, box.y + box.height / 2] as const,
		);
		if (!onTop) problems.push(`covered by another element at the ${where} of the page`);
		if (box.width < 24 || box.height < 24) {
			problems.push(`smaller than a 24 × 24 px target: ${JSON.stringify(box)}`);
		}
	}
	const label = await link.locator(`[lang="${expected.lang}"]`).textContent();
	if (label !== expected.label) {
		problems.push(
			`shows "${label ?? ''}" rather than "${expected.label}" in lang="${expected.lang}"`,
		);
	}
	const href = new URL((await link.getAttribute('href')) ?? '', page.url()).href;
	if (href !== urlOf(twinPath(path)))
		problems.push(`points at ${href}, not ${urlOf(twinPath(path))}`);
	return problems;
}

/** Follows the switch with `how` and waits for the page it leads to. */
async function follow(page: Page, how: 'click' | 'keyboard' = 'click') {
	const { link } = await languageSwitch(page);
	const before = page.url();
	await Promise.all([
		page.waitForURL((url) => url.href !== before),
		how === 'click' ? link.click() : link.focus().then(() => page.keyboard.press('Enter')),
	]);
}

// Each test opens its own page in the width's context, so they run concurrently.
describe.concurrent.each(widths)('the language switch ($name)', ({ width, height }) => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await browser().newContext({ viewport: { width, height } });
	});
	afterAll(async () => {
		await context.close();
	});

	test.each(builtPaths())('/%s shows it in the header, pointing at the twin page', async (path) => {
		const page = await context.newPage();
		await page.goto(urlOf(path));
		expect(await findSwitchProblems(page, path)).toEqual([]);
		await page.close();
	});

	// `test.for` hands each concurrent test its own `expect`, which `expect.poll` needs.
	test.for([
		{
			from: 'kalkulator/ikuti-balik/',
			to: 'en/kalkulator/ikuti-balik/',
			lang: 'en',
			field: 'Accounts you followed',
		},
		{
			from: 'en/kalkulator/ikuti-balik/',
			to: 'kalkulator/ikuti-balik/',
			lang: 'id',
			field: 'Akun yang Anda ikuti dalam percobaan',
		},
	])(
		'from /$from lands on the twin with the same ?scenario and #section',
		async ({ from, to, lang, field }, { expect }) => {
			const scenario = '?platform=x&followed=200#kalkulator';
			const page = await context.newPage();
			await page.goto(urlOf(from + scenario));
			await follow(page);
			expect(page.url()).toBe(urlOf(to + scenario));
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			await page.waitForSelector('astro-island:not([ssr])');
			await expect.poll(() => page.getByLabel(field, { exact: true }).inputValue()).toBe('200');
			await page.close();
		},
	);
});

describe('following the language switch', () => {
	test('carries a scenario the reader changed on the page, from the keyboard too', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(urlOf('kalkulator/ikuti-balik/#kalkulator'));
		await page.waitForSelector('astro-island:not([ssr])');
		await page.getByLabel('Akun yang Anda ikuti dalam percobaan', { exact: true }).fill('1.234');
		await expect.poll(() => new URL(page.url()).searchParams.get('followed')).toBe('1234');
		await follow(page, 'keyboard');
		const landed = new URL(page.url());
		expect(landed.pathname).toBe(new URL(urlOf('en/kalkulator/ikuti-balik/')).pathname);
		expect(landed.searchParams.get('followed')).toBe('1234');
		expect(landed.hash).toBe('#kalkulator');
		await page.waitForSelector('astro-island:not([ssr])');
		await expect
			.poll(() => page.getByLabel('Accounts you followed', { exact: true }).inputValue())
			.toBe('1,234');
		await context.close();
	});

	test('opened in a new tab (middle click), keeps the ?scenario and #section', async () => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const scenario = '?platform=x&followed=200#kalkulator';
		await page.goto(urlOf(`en/kalkulator/ikuti-balik/${scenario}`));
		const { link } = await languageSwitch(page);
		const [tab] = await Promise.all([
			context.waitForEvent('page'),
			link.click({ button: 'middle' }),
		]);
		await tab.waitForLoadState();
		expect(tab.url()).toBe(urlOf(`kalkulator/ikuti-balik/${scenario}`));
		await context.close();
	});

	test('leads between the two not-found pages', async () => {
		const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await page.goto(urlOf('halaman-yang-tidak-ada/'));
		await follow(page);
		expect(page.url()).toBe(urlOf('en/404/'));
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		await follow(page);
		expect(page.url()).toBe(urlOf('404.html'));
		expect(await page.locator('html').getAttribute('lang')).toBe('id');
		expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
		await context.close();
	});

	test('works without JavaScript: it leads to the twin page', async () => {
		const context = await browser().newContext({
			viewport: { width: 320, height: 640 },
			javaScriptEnabled: false,
		});
		const page = await context.newPage();
		await page.goto(urlOf('panduan/risiko/#kebijakan-platform'));
		await follow(page);
		expect(new URL(page.url()).pathname).toBe(new URL(urlOf('en/panduan/risiko/')).pathname);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await context.close();
	});
});

describe('the checks, on broken pages', () => {
	/** Serves `path` with its HTML changed by `edit`, as a broken build would. */
	async function openBroken(context: BrowserContext, path: string, edit: (html: string) => string) {
		const page = await context.newPage();
		const address = urlOf(path).replace(/#.*/, '');
		await page.route(
			(url) => url.href === address,
			async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, body: edit(await response.text()) });
			},
		);
		await page.goto(urlOf(path));
		return page;
	}
	const switchTag = /<a class="ib-lang-switch/;
	// The header's wrapper around the switch, which Starlight's utility classes show or hide.
	const wrapper = /<div class="sl-flex print:hidden([^"]*)">(\s*<a class="ib-lang-switch)/;

	test.each([
		{
			defect: 'hidden on phones, as Starlight’s picker is',
			edit: (html: string) =>
				html.replace(wrapper, '<div class="sl-hidden md:sl-flex print:hidden$1">$2'),
			problem: /^0 visible links named/,
		},
		{
			defect: 'pushed out of the viewport',
			edit: (html: string) =>
				html.replace(switchTag, '<a style="position:fixed;left:100vw" class="ib-lang-switch'),
			problem: /^outside the viewport at the top/,
		},
		{
			defect: 'covered by another element',
			edit: (html: string) =>
				html.replace(/<body[^>]*>/, '$&<div style="position:fixed;inset:0;z-index:1000"></div>'),
			problem: /^covered by another element/,
		},
		{
			defect: 'named in the wrong language',
			edit: (html: string) => html.replace('(baca dalam bahasa Inggris)', '(read in English)'),
			problem: /^0 visible links named/,
		},
		{
			defect: 'pointing at the page itself',
			edit: (html: string) => html.replace(/(class="ib-lang-switch[^"]*" href=")[^"]*/, '$1#'),
			problem: /^points at .*#, not /,
		},
	])('a switch $defect is reported at 320 px', async ({ edit, problem }) => {
		const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
		const page = await openBroken(context, 'panduan/risiko/', edit);
		const problems = await findSwitchProblems(page, 'panduan/risiko/');
		expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
		await context.close();
	});

	test('a page without the script that carries the scenario loses it', async () => {
		const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
		const path = 'kalkulator/ikuti-balik/';
		const scenario = '?platform=x&followed=200#kalkulator';
		const page = await openBroken(context, path + scenario, (html) =>
			html.replace(/<script>(?:(?!<\/script>)[\s\S])*ib-lang-switch[\s\S]*?<\/script>/, ''),
		);
		await follow(page);
		expect(page.url()).not.toBe(urlOf(`en/${path}${scenario}`));
		expect(page.url()).toBe(urlOf(`en/${path}`));
		await context.close();
	});
});
