import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { listHtmlFiles } from '../../site/lib/dist.ts';
import { distDir } from '../../support/paths.ts';
import { chromiumArgs } from './chromium.ts';

/** Axe tags: WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 adds target size, 2.5.8). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Launches the Chromium that global setup found, headless. */
export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: inject('chromiumPath'),
		args: chromiumArgs,
		headless: true,
	});
}

/** The absolute URL of a site path such as `en/panduan/` (no leading slash) on the preview server. */
export function urlOf(path: string): string {
	return new URL(path.replace(/^\//, ''), inject('baseUrl')).href;
}

/**
 * Every page of the build as a site path: `index.html` → ``, `en/x/index.html` → `en/x/`.
 * The root `404.html` is reached through a path that does not exist.
 */
export function builtPaths(): string[] {
	return listHtmlFiles(distDir).map((file) =>
		file === '404.html' ? 'halaman-yang-tidak-ada/' : file.replace(/index\.html$/, ''),
	);
}

/** A page that records console errors and uncaught exceptions while it is used. */
export interface WatchedPage {
	page: Page;
	errors: string[];
}

/** Opens a new page in `context` that collects console errors and page errors. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	return { page, errors };
}

/** The machine-form value (`data-value`) of a calculator result on the page. */
export function resultValue(page: Page, name: string): Promise<string | null> {
	return page.locator(`output[name="${name}"]`).first().getAttribute('data-value');
}

/** Opens a page with a calculator, scrolls to it and waits until its island has hydrated. */
export async function openCalculator(context: BrowserContext, path: string): Promise<WatchedPage> {
	const watched = await watchedPage(context);
	await watched.page.goto(urlOf(path));
	await watched.page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await watched.page.waitForSelector('astro-island:not([ssr])');
	return watched;
}

/**
 * Registers a Chromium for the current test file (launched before its tests, closed after) and
 * returns a getter for it.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not launched yet.');
		return browser;
	};
}
