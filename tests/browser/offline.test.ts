/**
 * Offline after one visit (config/offline.ts): in Chromium, a reader opens one page, waits for
 * "ready offline", and loses the connection (`context.setOffline(true)`). Then every page of the
 * language, the search, each calculator with a scenario link and the trainers' pages must still
 * work; a page that is not saved shows the offline page in its language; the other language can be
 * saved with one tap; a new deploy is offered as a reload and then loads consistently; the web app
 * manifest has no installability errors; and no request leaves the site. The same runs on a build
 * under BASE_PATH.
 *
 * Each run serves its own copy of the build (the update test changes it), with a fresh browser
 * profile (installability is not reported in an incognito context).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { writeOfflineFiles } from '../../config/offline.ts';
import { listHtmlFiles } from '../site/lib/dist.ts';
import { offline } from '../../src/i18n/offline.ts';
import { astroBuild } from '../support/astro-build.ts';
import { distDir, root } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';
import { chromiumArgs } from './support/chromium.ts';
import {
	englishPagefindStrings,
	foundStrings,
	pagefindFragments,
	pagefindStrings,
	searchChrome,
	templatePattern,
} from './support/search-ui.ts';

const tmp = join(root, '.tmp');

interface Site {
	dir: string;
	base: string;
	origin: string;
	close: () => Promise<void>;
}

interface Entry {
	path: string;
	title?: string;
}
interface WorkerConfig {
	version: string;
	groups: Record<'shared' | 'id' | 'en', Entry[]>;
}

/** The precache manifest written into a build's `sw.js`. */
function workerConfig(dir: string): WorkerConfig {
	const code = readFileSync(join(dir, 'sw.js'), 'utf8');
	const json = /const CONFIG = (\{.*\});\n/.exec(code)?.[1];
	if (!json) throw new Error('sw.js carries no precache manifest');
	return JSON.parse(json) as WorkerConfig;
}

const langs = [
	{ lang: 'id', prefix: '', other: 'en', searchButton: 'Pencarian' },
	{ lang: 'en', prefix: 'en/', other: 'id', searchButton: 'Search' },
] as const;

const scenarios = [
	'kalkulator/ikuti-balik/?platform=x&followed=300&followedBack=36&followers=1500&following=4200&target=400&perDay=60&minutesEach=1',
	'kalkulator/engagement/?platform=tiktok&posts=10&likes=2000&comments=150&shares=250&saves=0&followers=8000',
	'kalkulator/jangkauan/?hours=10&conversationShare=90&minutesPerConversation=15&minutesPerPost=45&reachPerPost=250',
];

/** A fresh browser profile that records requests to other origins and console errors. */
async function openProfile(site: Site) {
	const profile = mkdtempSync(join(tmp, 'profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: inject('chromiumPath'),
		args: chromiumArgs,
		headless: true,
	});
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== site.origin && url.protocol.startsWith('http')) foreign.push(url.href);
	});
	const errors: string[] = [];
	const page = context.pages()[0] ?? (await context.newPage());
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	return {
		context,
		page,
		foreign,
		errors,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

const url = (site: Site, path: string) => `${site.origin}${site.base}${path}`;

/** Waits until the status line says the page's language is saved; returns the saved version. */
async function ready(page: Page): Promise<string> {
	const status = page.locator('#ib-offline[data-state="ready"]');
	await status.waitFor({ timeout: 90_000 });
	return (await status.getAttribute('data-version')) ?? '';
}

/** Every `data-value` of the calculator's results, once its island has hydrated. */
async function results(page: Page): Promise<string[]> {
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
	return page
		.locator('output[data-value]')
		.evaluateAll((outputs) => outputs.map((o) => o.getAttribute('data-value') ?? ''));
}

async function search(page: Page, button: string, query: string): Promise<string[]> {
	// On a busy machine the search button may be clicked before its script has run: click until
	// the dialog opens.
	await page.waitForLoadState('load');
	const input = page.locator('dialog[open] input').first();
	await expect
		.poll(
			async () => {
				if (!(await input.isVisible()))
					await page.getByRole('button', { name: button }).first().click();
				return input.isVisible();
			},
			{ timeout: 30_000, interval: 500 },
		)
		.toBe(true);
	await input.fill(query);
	const links = page.locator('.pagefind-ui__result-link');
	await links.first().waitFor({ timeout: 15_000 });
	return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

function offlineSuite(label: string, makeSite: () => Promise<Site>, withUpdate: boolean) {
	describe(`offline after one visit (${label})`, () => {
		let site: Site;
		let config: WorkerConfig;
		beforeAll(async () => {
			site = await makeSite();
			config = workerConfig(site.dir);
		}, 300_000);
		afterAll(async () => {
			await site.close();
			rmSync(site.dir, { recursive: true, force: true });
		});

		test.each(langs)(
			'$lang: every page, search and each calculator work offline; the rest shows the offline page',
			async (t) => {
				const { context, page, foreign, errors, close } = await openProfile(site);
				try {
					await page.goto(url(site, t.prefix));
					// The status line speaks the page's language.
					await expect
						.poll(() => page.locator('#ib-offline').textContent(), { timeout: 30_000 })
						.toMatch(
							new RegExp(`${offline[t.lang].status.saving}|${offline[t.lang].status.ready}`),
						);
					await ready(page);
					expect(await page.locator('#ib-offline').textContent()).toContain(
						offline[t.lang].status.ready,
					);
					await context.setOffline(true);

					// Every page of the language, trainers' pages and worksheets included.
					const pages = config.groups[t.lang].filter((e) => e.title);
					expect(pages.length).toBeGreaterThan(15);
					expect(pages.map((e) => e.path)).toContain(`${t.prefix}pelatihan/`);
					for (const entry of pages) {
						const response = await page.goto(url(site, entry.path));
						expect(response?.status(), entry.path).toBe(200);
						expect(response?.fromServiceWorker(), entry.path).toBe(true);
						expect(await page.title()).toBe(entry.title);
						expect(await page.locator('html').getAttribute('lang')).toBe(t.lang);
					}

					// Search, in the page's language, with Pagefind's `?ts=` metadata request.
					await page.goto(url(site, t.prefix));
					const hrefs = await search(page, t.searchButton, 'folbek');
					expect(hrefs.some((h) => h.endsWith(`${t.prefix}panduan/apa-itu-ikuti-balik/`))).toBe(
						true,
					);
					expect(hrefs.every((h) => h.includes('/en/') === (t.lang === 'en'))).toBe(true);
					// Its dialog speaks the page's language offline too: no Pagefind English on
					// Indonesian pages, none of the other language's words on either.
					const chrome = await searchChrome(page);
					const strings = pagefindStrings(t.lang);
					expect(
						foundStrings(chrome, [
							...pagefindFragments(t.other),
							...(t.lang === 'id' ? englishPagefindStrings : []),
						]),
					).toEqual([]);
					expect(chrome.message).toMatch(templatePattern(strings['many_results'] ?? '', 'folbek'));
					expect(chrome.clear).toBe(strings['clear_search']);
					expect(chrome.formLabel).toBe(strings['search_label']);

					// Each calculator hydrates and computes the scenario of a link with a query string.
					for (const scenario of scenarios) {
						await page.goto(url(site, t.prefix + scenario.replace(/\?.*/, '')));
						const plain = await results(page);
						const response = await page.goto(url(site, t.prefix + scenario));
						expect(response?.fromServiceWorker()).toBe(true);
						const computed = await results(page);
						expect(computed.length, scenario).toBeGreaterThan(0);
						expect(computed, scenario).not.toEqual(plain);
					}
					await page.goto(url(site, `${t.prefix}${scenarios[1] ?? ''}`));
					await results(page);
					await expect
						.poll(
							() => page.locator('output[name="interactions"]').first().getAttribute('data-value'),
							{ timeout: 15_000 },
						)
						.toBe('2400'); // 2,000 likes + 150 comments + 250 shares
					expect(errors).toEqual([]);

					// Not saved: the other language, and a page that does not exist.
					const otherPage = config.groups[t.other].find((e) => e.title)?.path ?? '';
					for (const [path, lang] of [
						[otherPage, t.other],
						[`${t.prefix}tidak-ada/`, t.lang],
					] as const) {
						await page.goto(url(site, path));
						expect(await page.locator('html').getAttribute('lang')).toBe(lang);
						expect(await page.locator('h1').textContent()).toBe(offline[lang].offlinePage.title);
						// It lists what is available: the saved language's pages.
						const listed = await page
							.locator('main a')
							.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
						expect(listed).toContain(`${site.base}${t.prefix}pelatihan/`);
						// Only the saved language is listed.
						expect(listed.every((p) => p.startsWith(`${site.base}en/`) === (t.lang === 'en'))).toBe(
							true,
						);
					}

					// One tap saves the other language too.
					await context.setOffline(false);
					await page.goto(url(site, t.prefix));
					await ready(page);
					await page.getByRole('button', { name: offline[t.lang].status.saveOther }).click();
					await expect
						.poll(() => page.locator('#ib-offline').textContent(), { timeout: 90_000 })
						.toContain(offline[t.lang].status.otherSaved);
					await context.setOffline(true);
					const response = await page.goto(url(site, otherPage));
					expect(response?.status()).toBe(200);
					expect(await page.locator('html').getAttribute('lang')).toBe(t.other);

					// The worker cached nothing but the precache list, under clean URLs.
					const keys = await page.evaluate(async () => {
						const names = await caches.keys();
						const all: string[] = [];
						for (const name of names)
							for (const request of await (await caches.open(name)).keys()) all.push(request.url);
						return { names, all };
					});
					expect(keys.names).toHaveLength(1);
					expect(keys.all.filter((u) => u.includes('?'))).toEqual([]);
					expect(keys.all.every((u) => u.startsWith(site.origin))).toBe(true);
					expect(foreign).toEqual([]);
				} finally {
					await close();
				}
			},
			600_000,
		);

		test.each(langs)('$lang: the web app manifest has no installability errors', async (t) => {
			const { page, context, close } = await openProfile(site);
			try {
				await page.goto(url(site, t.prefix));
				await ready(page);
				const cdp = await context.newCDPSession(page);
				const manifest = (await cdp.send('Page.getAppManifest')) as {
					url: string;
					errors: unknown[];
					data?: string;
				};
				expect(manifest.errors).toEqual([]);
				expect(manifest.url).toBe(url(site, `${t.prefix}manifest.webmanifest`));
				const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
				expect(data['start_url']).toBe(`${site.base}${t.prefix}`);
				expect(data['scope']).toBe(site.base);
				expect(data['short_name']).toBe(offline[t.lang].app.shortName);
				expect(data['lang']).toBe(t.lang);
				const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
					installabilityErrors: unknown[];
				};
				expect(installabilityErrors).toEqual([]);
				// iOS ignores the manifest's icons and reads the page's home-screen icon, under the base.
				const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
				expect(touchIcon).toBe(`${site.base}icons/apple-touch-icon.png`);
				const png = await page.evaluate(async (href) => {
					const response = await fetch(href);
					const image = await createImageBitmap(await response.blob());
					return { type: response.headers.get('content-type'), size: [image.width, image.height] };
				}, touchIcon ?? '');
				expect(png).toEqual({ type: 'image/png', size: [180, 180] });
			} finally {
				await close();
			}
		});

		if (withUpdate) {
			test('a new deploy is offered as a reload and then loads consistently', async () => {
				const { page, context, close } = await openProfile(site);
				try {
					await page.goto(url(site, ''));
					const first = await ready(page);
					// "Deploy" a new version as a rebuild would: a changed page, a stylesheet under a new
					// hashed name (the old one gone from the server) referenced by every page, and the
					// worker written again for it.
					const css = deploy(site.dir);
					const { version } = writeOfflineFiles(site.dir, site.base);
					expect(version).not.toBe(first);

					await page.reload();
					const prompt = page.getByRole('button', { name: offline.id.status.update });
					await prompt.waitFor({ timeout: 90_000 });
					// Until the reader chooses, every page stays wholly the old version, styles included,
					// although the old stylesheet is no longer on the server.
					for (const path of ['panduan/risiko/', '']) {
						await page.goto(url(site, path));
						expect(await page.locator('meta[name="ib-deploy"]').count()).toBe(0);
						expect(await styles(page)).toEqual({ sheet: css.old, applied: true, deploy: '' });
					}
					await page.getByRole('button', { name: offline.id.status.update }).click();
					await page.waitForFunction(() => document.querySelector('meta[name="ib-deploy"]'));
					expect(await ready(page)).toBe(version);
					expect(await styles(page)).toEqual({ sheet: css.new, applied: true, deploy: '"2"' });
					const names = await page.evaluate(() => caches.keys());
					expect(names).toEqual([`ikuti-balik-${version}`]);
					await page.goto(url(site, 'panduan/risiko/'));
					expect(await styles(page)).toEqual({ sheet: css.new, applied: true, deploy: '"2"' });

					await context.setOffline(true);
					expect((await page.goto(url(site, 'panduan/risiko/')))?.status()).toBe(200);
					expect((await page.goto(url(site, '')))?.status()).toBe(200);
					expect(await page.locator('meta[name="ib-deploy"]').count()).toBe(1);
				} finally {
					await close();
				}
			}, 300_000);
		}
	});
}

/**
 * Changes a copy of the build as a new deploy would: the shared stylesheet gets a new hashed name
 * and a marker rule, every page points at it, the old file is deleted, and the home page is marked.
 */
function deploy(dir: string): { old: string; new: string } {
	const home = join(dir, 'index.html');
	const old = /_astro\/(common\.[\w-]+\.css)/.exec(readFileSync(home, 'utf8'))?.[1];
	if (!old) throw new Error('the home page links no shared stylesheet');
	const renamed = 'common.deploy2.css';
	writeFileSync(
		join(dir, '_astro', renamed),
		`${readFileSync(join(dir, '_astro', old), 'utf8')}\n:root{--ib-deploy:"2"}\n`,
	);
	rmSync(join(dir, '_astro', old));
	for (const file of listHtmlFiles(dir)) {
		const path = join(dir, file);
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replaceAll(`_astro/${old}`, `_astro/${renamed}`),
		);
	}
	writeFileSync(
		home,
		readFileSync(home, 'utf8').replace('<head>', '<head><meta name="ib-deploy" content="2">'),
	);
	return { old, new: renamed };
}

/** Which shared stylesheet the page links, whether its rules loaded, and the deploy marker. */
function styles(page: Page) {
	return page.evaluate(() => {
		const sheet = [...document.styleSheets].find((s) => s.href?.includes('/_astro/common.'));
		let applied = false;
		try {
			applied = (sheet?.cssRules.length ?? 0) > 0;
		} catch {
			applied = false;
		}
		return {
			sheet: sheet?.href?.replace(/^.*\/_astro\//, '') ?? '',
			applied,
			deploy: getComputedStyle(document.documentElement).getPropertyValue('--ib-deploy').trim(),
		};
	});
}

/** A copy of a built site, served at its base. */
async function serveCopy(from: string, base: string): Promise<Site> {
	mkdirSync(tmp, { recursive: true });
	const dir = mkdtempSync(join(tmp, 'offline-'));
	cpSync(from, dir, { recursive: true });
	const server = await serveStatic(dir, base);
	return { dir, base, ...server };
}

offlineSuite('at the domain root', () => serveCopy(distDir, '/'), true);

offlineSuite(
	'under BASE_PATH',
	async () => {
		mkdirSync(tmp, { recursive: true });
		const out = mkdtempSync(join(tmp, 'base-build-'));
		const build = astroBuild(root, { BASE_PATH: '/ikuti-balik' }, ['--outDir', out]);
		if (!build.ok) throw new Error(build.output);
		const site = await serveCopy(out, '/ikuti-balik/');
		rmSync(out, { recursive: true, force: true });
		return site;
	},
	false,
);

describe('the offline check, on a broken copy', () => {
	test('a page missing from the worker’s list is caught: offline it gets the offline page', async () => {
		const site = await serveCopy(distDir, '/');
		try {
			// Break the copy: the worker forgets one page of the language.
			const file = join(site.dir, 'sw.js');
			const code = readFileSync(file, 'utf8');
			const config = workerConfig(site.dir);
			config.groups.id = config.groups.id.filter((e) => e.path !== 'panduan/risiko/');
			writeFileSync(
				file,
				code.replace(/const CONFIG = \{.*\};\n/, `const CONFIG = ${JSON.stringify(config)};\n`),
			);
			const { page, context, close } = await openProfile(site);
			try {
				await page.goto(url(site, ''));
				await ready(page);
				await context.setOffline(true);
				const kept = await page.goto(url(site, 'panduan/manfaat/'));
				expect(kept?.status()).toBe(200);
				const lost = await page.goto(url(site, 'panduan/risiko/'));
				// What the every-page check above would report.
				expect(lost?.status()).toBe(503);
				expect(await page.locator('h1').textContent()).toBe(offline.id.offlinePage.title);
			} finally {
				await close();
			}
		} finally {
			await site.close();
			rmSync(site.dir, { recursive: true, force: true });
		}
	}, 300_000);
});
