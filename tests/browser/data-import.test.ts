/**
 * The “Your data” page as a reader uses it, in both languages: generated exports chosen through
 * the file inputs (loose files and ZIP archives), every result checked against the numbers the
 * fixtures were built with, the links followed into both calculators, every request and all
 * storage recorded, and each kind of bad file answered with its message.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { dataImport } from '../../src/i18n/data-import.ts';
import {
	badCsvFiles,
	badFiles,
	expectedChange,
	backslashPaths,
	expectedFor,
	fixtureNow,
	instagramConnections,
	instagramExport,
	instagramHtmlExport,
	instagramWithThreads,
	tiktokUserDataTiktok,
	metaCsv,
	metaCsvPt,
	tiktokTxt,
	tiktokUserData,
	xArchive,
	zipOf,
	type Files,
	type FollowShape,
} from '../fixtures/generate.ts';
import { openCalculator, resultValue, urlOf, useBrowser, wcagTags } from './support/browser.ts';

const browser = useBrowser();

/** Polls for up to 15 s: the worker starts and reads on a shared machine. */
const poll = <T>(fn: () => Promise<T>, message?: string) =>
	expect.poll(fn, { timeout: 15_000, ...(message ? { message } : {}) });

const current: FollowShape = {
	followers: 900,
	following: 600,
	mutual: 240,
	recentFollowed: 80,
	recentMutual: 18,
	// Fans you followed back: mutual, but not part of the follow-back rate.
	fansFirst: 30,
};
const older: FollowShape = {
	followers: 700,
	following: 520,
	mutual: 200,
	recentFollowed: 50,
	recentMutual: 10,
};

/** Every URL in the Cache API, sorted: the service worker's precache and nothing else. */
const cachedUrls = (page: Page) =>
	page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls.sort();
	});

interface Opened {
	context: BrowserContext;
	page: Page;
	errors: string[];
	requests: string[];
	/** What the Cache API held before the reader chose any file. */
	cachedBefore: string[];
}

/**
 * A context recording every request after the page has loaded and the service worker has
 * finished saving the site for offline use (config/offline): from then on, any request or
 * cache entry comes from reading the reader's files.
 */
async function open(path: string): Promise<Opened> {
	const context = await browser().newContext();
	const { page, errors } = await openCalculator(context, path);
	page.setDefaultTimeout(15_000);
	await page.locator('#ib-offline[data-state="ready"]').waitFor({ timeout: 90_000 });
	await page.waitForLoadState('networkidle');
	const cachedBefore = await cachedUrls(page);
	expect(cachedBefore.length, 'the precache').toBeGreaterThan(0);
	const requests: string[] = [];
	context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
	return { context, page, errors, requests, cachedBefore };
}

const asPayload = (files: Files) =>
	Object.entries(files).map(([name, content]) => ({
		name: name.split('/').pop() ?? name,
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(content),
	}));

async function value(page: Page, name: string): Promise<number> {
	await page.locator(`output[name="${name}"]`).first().waitFor();
	const raw = await resultValue(page, name);
	expect(raw, name).not.toBe('');
	return Number(raw);
}

/** What the page keeps in localStorage, sessionStorage and IndexedDB. */
const storage = (page: Page) =>
	page.evaluate(async () => ({
		// Starlight keeps the theme and the sidebar's scroll state; nothing else may appear.
		local: Object.keys(localStorage).filter((k) => k !== 'starlight-theme'),
		session: Object.keys(sessionStorage).filter((k) => k !== 'sl-sidebar-state'),
		idb: (await indexedDB.databases()).length,
	}));

/**
 * Nothing in localStorage, sessionStorage, IndexedDB or cookies, and the Cache API holds exactly
 * the site's own files it held before reading.
 */
async function expectNothingStored({ context, page, cachedBefore }: Opened) {
	expect(await storage(page)).toEqual({ local: [], session: [], idb: 0 });
	expect(await context.cookies()).toEqual([]);
	expect(await cachedUrls(page)).toEqual(cachedBefore);
}

/** Waits until the first calculator island on the page has hydrated. */
async function hydrated(page: Page) {
	await page.locator('astro-island').first().scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr])');
}

/**
 * Empties a field's list of chosen files with its “remove all” button: files add up across
 * picks, so a test that reads another export into the same field clears it first.
 */
async function clearField(page: Page, lang: 'id' | 'en', slot: 'current' | 'older') {
	const button = page.getByRole('button', {
		name: dataImport[lang].follows.clear[slot],
		exact: true,
	});
	if ((await button.count()) === 0) return;
	await button.click();
	await poll(() => page.locator(`[data-slot="${slot}"] li[data-file]`).count()).toBe(0);
}

/** One export read into the current field, and the platform it must be recognised as. */
interface ExportCase {
	name: string;
	payload: Parameters<Page['setInputFiles']>[1];
	platform: string;
}

/**
 * Reads each case into an emptied current field in turn and checks every output against the
 * shape it was generated from (case i from `shapeOf(i)`), with no alert.
 */
async function readEach(
	page: Page,
	lang: 'id' | 'en',
	cases: readonly ExportCase[],
	shapeOf: (i: number) => FollowShape,
) {
	for (const [i, c] of cases.entries()) {
		const expected = expectedFor(shapeOf(i));
		await clearField(page, lang, 'current');
		await page.locator('#data-current').setInputFiles(c.payload);
		await poll(() => resultValue(page, 'followers'), c.name).toBe(String(expected.followers));
		expect(await page.locator('[data-platform]').getAttribute('data-platform'), c.name).toBe(
			c.platform,
		);
		for (const [name, v] of Object.entries(expected) as [string, number][])
			expect(await value(page, name), `${c.name}: ${name}`).toBeCloseTo(v, 9);
		expect(await page.getByRole('alert').count(), c.name).toBe(0);
	}
}

/** The only request reading may make is the worker's own script, from this origin. */
function expectNoDataSent(requests: string[]) {
	const origin = new URL(urlOf('')).origin;
	for (const r of requests) expect(r).toMatch(new RegExp(`^GET ${origin}/_astro/[\\w-]+\\.js$`));
}

describe.each([
	{ lang: 'id', path: 'kalkulator/data-anda/', prefix: '' },
	{ lang: 'en', path: 'en/kalkulator/data-anda/', prefix: 'en/' },
] as const)('the “Your data” page ($lang)', ({ lang, path, prefix }) => {
	const t = dataImport[lang];

	test('reads an Instagram ZIP and an older export, shows every result, fills the follow-back calculator', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		await page.locator('#data-current').setInputFiles({
			name: 'instagram-contoh-2026.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from(zipOf(instagramExport(current))),
		});
		const expected = expectedFor(current);
		for (const [name, v] of Object.entries(expected) as [string, number][])
			expect(await value(page, name), name).toBeCloseTo(v, 9);
		await poll(() => page.locator('[data-platform]').getAttribute('data-platform')).toBe(
			'instagram',
		);
		expect(await page.locator('.ib-chart [data-month]').count()).toBeGreaterThan(1);

		// An older export 60 days before: more than six weeks, so retention is shown, not passed.
		const day = 86_400_000;
		await page
			.locator('#data-older')
			.setInputFiles(
				asPayload(
					instagramExport({ ...older, now: fixtureNow - 60 * day }, { following: 'title' }),
				),
			);
		expect(await value(page, 'daysBetween')).toBe(60);
		await poll(() => page.locator('[data-retention]').getAttribute('data-retention')).toBe(
			'too-far',
		);
		expect(await page.locator('[data-retention]').innerText()).toBe(
			t.follows.retentionWithheld['too-far'].replace('{days}', '60'),
		);
		const farHref = await page.getByRole('link', { name: t.follows.useLink }).getAttribute('href');
		expect(new URL(farHref ?? '', urlOf(path)).searchParams.has('retention')).toBe(false);

		// 30 days before: retention goes into the calculator's one-month field.
		await clearField(page, lang, 'older');
		await page
			.locator('#data-older')
			.setInputFiles(
				asPayload(
					instagramExport({ ...older, now: fixtureNow - 30 * day }, { following: 'title' }),
				),
			);
		await poll(() => resultValue(page, 'daysBetween')).toBe('30');
		expect(await page.locator('[data-retention]').getAttribute('data-retention')).toBe('passed');
		const change = expectedChange(older, current);
		expect(await value(page, 'lostFollowers')).toBe(change.lostFollowers);
		expect(await value(page, 'newFollowers')).toBe(change.newFollowers);
		expect(await value(page, 'retention')).toBeCloseTo(change.retention, 9);

		// No account name anywhere on the page.
		expect(await page.locator('main').innerText()).not.toMatch(/akun_\d|penggemar_\d/);
		await expectNothingStored(opened);
		expectNoDataSent(requests);

		expect(await page.locator('[data-trial]').getAttribute('data-trial')).toBe('recent');
		const link = page.getByRole('link', { name: t.follows.useLink });
		const href = new URL((await link.getAttribute('href')) ?? '', urlOf(path));
		expect(Object.fromEntries(href.searchParams)).toEqual({
			platform: 'instagram',
			followed: String(current.recentFollowed),
			followedBack: String(current.recentMutual),
			followers: String(current.followers),
			following: String(current.following),
			retention: String(Math.round(change.retention)),
		});
		await link.click();
		await page.waitForURL(/kalkulator\/ikuti-balik\//);
		expect(page.url()).toContain(`/${prefix}kalkulator/ikuti-balik/`);
		await hydrated(page);
		expect(await page.locator('input[name="followed"]').inputValue()).toBe(
			String(current.recentFollowed),
		);
		expect(await page.locator('input[name="followedBack"]').inputValue()).toBe(
			String(current.recentMutual),
		);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('reads loose X archive files and a TikTok user_data.json', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		await page
			.locator('#data-current')
			.setInputFiles(asPayload(xArchive(current)).filter((f) => f.name !== 'tweets.js'));
		await poll(() => page.locator('[data-platform]').getAttribute('data-platform')).toBe('x');
		const x = expectedFor(current, false);
		for (const name of ['followers', 'following', 'mutual', 'mutualShare'] as const)
			expect(await value(page, name), name).toBeCloseTo(x[name], 9);
		// Without dates the order is unknown: no follow-back rate, no trial for the calculator.
		for (const name of ['followBackRate', 'youFollowBackRate', 'followedFirst', 'recentFollowed'])
			expect(await page.locator(`output[name="${name}"]`).count(), name).toBe(0);
		await poll(() => page.getByText(t.follows.noDates).count()).toBe(1);
		expect(await page.locator('[data-trial]').innerText()).toBe(t.follows.noTrial);
		const xHref = await page.getByRole('link', { name: t.follows.useLink }).getAttribute('href');
		expect(Object.fromEntries(new URL(xHref ?? '', urlOf(path)).searchParams)).toEqual({
			platform: 'x',
			followers: String(current.followers),
			following: String(current.following),
		});

		// Two X archives: no dates, so the days between are unknown and retention is not passed.
		await page
			.locator('#data-older')
			.setInputFiles(asPayload(xArchive(older)).filter((f) => f.name !== 'tweets.js'));
		await poll(() => page.locator('[data-retention]').getAttribute('data-retention')).toBe(
			'no-dates',
		);
		expect(await resultValue(page, 'daysBetween')).toBe('');
		expect(await value(page, 'lostFollowers')).toBe(expectedChange(older, current).lostFollowers);
		const xPair = await page.getByRole('link', { name: t.follows.useLink }).getAttribute('href');
		expect(new URL(xPair ?? '', urlOf(path)).searchParams.has('retention')).toBe(false);

		// Fewer than 30 accounts followed first in 90 days: the trial is every account followed first.
		const few: FollowShape = { ...current, recentFollowed: 12, recentMutual: 3 };
		await clearField(page, lang, 'current');
		await clearField(page, lang, 'older');
		await page.locator('#data-current').setInputFiles(asPayload(tiktokUserData(few)));
		await poll(() => page.locator('[data-platform]').getAttribute('data-platform')).toBe('tiktok');
		const tiktok = expectedFor(few);
		for (const [name, v] of Object.entries(tiktok) as [string, number][])
			expect(await value(page, name), name).toBeCloseTo(v, 9);
		expect(await page.locator('[data-trial]').getAttribute('data-trial')).toBe('all');
		const tiktokHref = await page
			.getByRole('link', { name: t.follows.useLink })
			.getAttribute('href');
		expect(Object.fromEntries(new URL(tiktokHref ?? '', urlOf(path)).searchParams)).toEqual({
			platform: 'other',
			followed: String(tiktok.followedFirst),
			followedBack: String(tiktok.followedFirstBack),
			followers: String(few.followers),
			following: String(few.following),
		});
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('reads the newer TikTok file, Instagram with Threads, backslash paths and connections.json, and names the files looked at when none holds a list', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		// Each case one follower more than the last, so a new result is told from the previous one.
		const shapeOf = (i: number): FollowShape => ({ ...current, followers: current.followers + i });
		const cases: ExportCase[] = [
			{
				name: 'user_data_tiktok.json (Profile And Settings)',
				payload: asPayload(tiktokUserDataTiktok(shapeOf(0), 'Profile And Settings')),
				platform: 'tiktok',
			},
			{
				name: 'TikTok ZIP (Your Activity)',
				payload: {
					name: 'TikTok_Data.zip',
					mimeType: 'application/zip',
					buffer: Buffer.from(zipOf(tiktokUserDataTiktok(shapeOf(1)))),
				},
				platform: 'tiktok',
			},
			{
				name: 'Instagram ZIP with Threads, re-packed with backslashes',
				payload: {
					name: 'instagram-threads.zip',
					mimeType: 'application/zip',
					buffer: Buffer.from(zipOf(backslashPaths(instagramWithThreads(shapeOf(2))))),
				},
				platform: 'instagram',
			},
			{
				name: 'connections.json',
				payload: asPayload(instagramConnections(shapeOf(3))),
				platform: 'instagram',
			},
		];
		await readEach(page, lang, cases, shapeOf);

		// Threads' lists and a settings file alone: no list, and the message names both files.
		const threads = instagramWithThreads(current);
		await clearField(page, lang, 'current');
		await page.locator('#data-current').setInputFiles([
			{
				name: 'followers.json',
				mimeType: 'application/json',
				buffer: Buffer.from(threads['your_instagram_activity/threads/followers.json'] ?? ''),
			},
			{ name: 'config.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') },
		]);
		await poll(() => page.getByRole('alert').allInnerTexts()).toContain(
			t.errors['no-list-found'].replace('{file}', 'followers.json, config.json'),
		);
		expect(await page.locator('output[name="followers"]').count()).toBe(0);
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('reads a Meta Business Suite CSV, lets the reader change a column, fills the engagement calculator', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		const { text, expected } = metaCsv(120, lang === 'id' ? '.' : ',');
		await page
			.locator('#data-posts')
			.setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
		expect(await value(page, 'posts')).toBe(expected.posts);
		for (const name of [
			'medianErReach',
			'meanErReach',
			'medianErViews',
			'meanErViews',
			'conversationShare',
		] as const)
			expect(await value(page, name), name).toBeCloseTo(expected[name], 9);
		expect(await page.locator('[data-number-style]').getAttribute('data-number-style')).toBe(
			lang === 'id' ? 'dot-grouping' : 'comma-grouping',
		);
		expect(Number(await page.locator('[data-median]').getAttribute('data-median'))).toBeCloseTo(
			expected.medianErReach,
			9,
		);
		expect(await page.locator('.ib-chart-dot').count()).toBe(expected.posts);

		const href = new URL(
			(await page.getByRole('link', { name: t.posts.useLink }).getAttribute('href')) ?? '',
			urlOf(path),
		);
		expect(Object.fromEntries(href.searchParams)).toEqual({
			platform: 'instagram',
			posts: String(expected.posts),
			likes: String(expected.totals.likes),
			comments: String(expected.totals.comments),
			shares: String(expected.totals.shares),
			saves: String(expected.totals.saves),
			reach: String(expected.totals.reach),
			views: String(expected.totals.views),
		});

		// Taking saves out of the interactions changes every rate.
		await page.getByLabel(t.posts.columnNames.saves, { exact: true }).selectOption('');
		await poll(() => resultValue(page, 'conversationShare')).not.toBe(
			String(expected.conversationShare),
		);
		await page
			.getByLabel(t.posts.columnNames.saves, { exact: true })
			.selectOption({ label: 'Saves' });
		await poll(async () => Number(await resultValue(page, 'conversationShare'))).toBeCloseTo(
			expected.conversationShare,
			9,
		);

		// No impressions column in the export: no rate by impressions. Read the views column as
		// impressions, and the rates move to the impressions outputs, never labelled views.
		expect(await page.locator('output[name="medianErImpressions"]').count()).toBe(0);
		await page.getByLabel(t.posts.columnNames.views, { exact: true }).selectOption('');
		await page
			.getByLabel(t.posts.columnNames.impressions, { exact: true })
			.selectOption({ label: 'Views' });
		await poll(async () => Number(await resultValue(page, 'medianErImpressions'))).toBeCloseTo(
			expected.medianErViews,
			9,
		);
		expect(await value(page, 'meanErImpressions')).toBeCloseTo(expected.meanErViews, 9);
		expect(await page.locator('output[name="medianErViews"]').count()).toBe(0);
		await page.getByLabel(t.posts.columnNames.impressions, { exact: true }).selectOption('');
		await page
			.getByLabel(t.posts.columnNames.views, { exact: true })
			.selectOption({ label: 'Views' });
		await poll(async () => Number(await resultValue(page, 'medianErViews'))).toBeCloseTo(
			expected.medianErViews,
			9,
		);

		// Reading sent nothing; following the link is the reader's own navigation.
		expectNoDataSent(requests);
		await expectNothingStored(opened);
		await page.getByRole('link', { name: t.posts.useLink }).click();
		await page.waitForURL(/kalkulator\/engagement\//);
		await hydrated(page);
		const interactions =
			expected.totals.likes +
			expected.totals.comments +
			expected.totals.shares +
			expected.totals.saves;
		// Polled: the server-rendered worked example shows until the island has read the link.
		await poll(async () => Number(await resultValue(page, 'erReach'))).toBeCloseTo(
			(interactions / expected.totals.reach) * 100,
			9,
		);
		await expectNothingStored(opened);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('reads a large export dropped on its field, showing progress until the results are in', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		const big: FollowShape = {
			followers: 100_000,
			following: 7_500,
			mutual: 5_000,
			recentFollowed: 600,
			recentMutual: 90,
		};
		// Records each change of the reading status: its text while a progress bar shows, or none.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { ibSeen: string[] }).ibSeen = seen;
			new MutationObserver(() => {
				const status = document.querySelector('[role="status"]:has(progress)');
				const now = status ? status.textContent.trim() : 'none';
				if (now !== seen.at(-1)) seen.push(now);
			}).observe(document.body, { subtree: true, childList: true, attributes: true });
		});
		const zip = Buffer.from(zipOf(instagramExport(big))).toString('base64');
		const dataTransfer = await page.evaluateHandle((b64) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const transfer = new DataTransfer();
			transfer.items.add(new File([bytes], 'instagram-besar.zip', { type: 'application/zip' }));
			return transfer;
		}, zip);
		await page.locator('.ib-drop').first().dispatchEvent('drop', { dataTransfer });
		await poll(() => resultValue(page, 'followers')).toBe(String(big.followers));
		expect(await value(page, 'following')).toBe(big.following);
		expect(await value(page, 'mutual')).toBe(big.mutual);
		const seen = await page.evaluate(() => (window as unknown as { ibSeen: string[] }).ibSeen);
		expect(seen[0]).toContain(t.follows.reading);
		expect(seen.at(-1)).toBe('none');
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('answers each kind of bad file with its message in the page language', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		for (const bad of badFiles()) {
			await clearField(page, lang, 'current');
			await page.locator('#data-current').setInputFiles({
				name: bad.name,
				mimeType: 'application/octet-stream',
				buffer: Buffer.from(bad.bytes),
			});
			const message = t.errors[bad.code as keyof typeof t.errors].replace('{file}', bad.name);
			await poll(() => page.getByRole('alert').allInnerTexts(), bad.name).toContain(message);
			expect(await page.locator('output[name="followers"]').count()).toBe(0);
		}
		// Only one of the two lists: not an error, a note of what to choose next.
		await clearField(page, lang, 'current');
		const ig = instagramExport(current);
		await page
			.locator('#data-current')
			.setInputFiles(asPayload(ig).filter((f) => f.name.startsWith('followers')));
		await poll(() => page.locator('[data-missing]').allInnerTexts()).toEqual([
			t.errors['needs-following'],
		]);
		expect(await page.getByRole('alert').count()).toBe(0);

		// A table without the columns needed opens the column step instead (tested below).
		for (const bad of [
			...badCsvFiles().filter((b) => !b.code.startsWith('csv-needs')),
			{ name: 'foto.png', text: '\u0089PNG\r\n\u001a\n\u0000', code: 'binary' },
		]) {
			await page.locator('#data-posts').setInputFiles({
				name: bad.name,
				mimeType: 'text/csv',
				buffer: Buffer.from(bad.text, 'latin1'),
			});
			const template = t.errors[bad.code as keyof typeof t.errors];
			const message = template
				.replace('{file}', bad.name)
				.replace('{row}', '2')
				.replace('{column}', 'Reach');
			await poll(() => page.getByRole('alert').allInnerTexts(), bad.name).toContain(message);
			expect(await page.locator('output[name="posts"]').count()).toBe(0);
		}
		expect(await page.locator('main').innerHTML()).not.toContain('<script>alert');
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});
});

/** axe's WCAG A and AA violations inside the island, in its current state. */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).include('.ib-data').withTags(wcagTags).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
	);
}

/** A loose file for `setInputFiles`, named by its last path segment. */
const fileOf = (files: Files, name: string, as = name) => {
	const entry = Object.entries(files).find(([path]) => path.endsWith(`/${name}`) || path === name);
	if (!entry) throw new Error(`no ${name} in the fixture`);
	return { name: as, mimeType: 'application/json', buffer: Buffer.from(entry[1]) };
};

/** Each chosen file of a field with the role shown beside it. */
const listed = (page: Page, slot: 'current' | 'older') =>
	page
		.locator(`[data-slot="${slot}"] li[data-file]`)
		.evaluateAll((items) =>
			items.map((li) => [
				li.getAttribute('data-file') ?? '',
				li.querySelector('.ib-chosen-role')?.textContent ?? '',
			]),
		);

describe.each([
	{ lang: 'id', path: 'kalkulator/data-anda/' },
	{ lang: 'en', path: 'en/kalkulator/data-anda/' },
] as const)('choosing export files one by one ($lang)', ({ lang, path }) => {
	const t = dataImport[lang];
	const role = (
		lists: 'followers' | 'following' | 'both',
		part?: [number, number],
		platform = 'Instagram',
	) =>
		(part ? (part[1] > 1 ? t.follows.roles.partOf : t.follows.roles.part) : t.follows.roles.list)
			.replace('{platform}', platform)
			.replace('{lists}', t.follows.roles.lists[lists])
			.replace('{part}', String(part?.[0] ?? ''))
			.replace('{parts}', String(part?.[1] ?? ''));
	// 900 followers in parts of 400: followers_1.json to followers_3.json.
	const ig = instagramExport(current, { perFile: 400 });
	const expected = expectedFor(current);

	test('adds files across picks, names each role and a missing part, removes one and clears all', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		const input = page.locator('#data-current');
		await input.setInputFiles(fileOf(ig, 'followers_1.json'));
		await poll(() => listed(page, 'current')).toEqual([
			['followers_1.json', role('followers', [1, 1])],
		]);
		await poll(() => page.locator('[data-missing]').innerText()).toBe(t.errors['needs-following']);

		// The second pick keeps the first: the page no longer asks for followers_1.json.
		await input.setInputFiles(fileOf(ig, 'following.json'));
		await input.setInputFiles(fileOf(ig, 'followers_3.json'));
		await poll(() => listed(page, 'current')).toEqual([
			['followers_1.json', role('followers', [1, 3])],
			['following.json', role('following')],
			['followers_3.json', role('followers', [3, 3])],
		]);
		// followers_2.json is missing: named, and nothing is counted without it.
		await poll(() => page.locator('[data-issue="gap"]').innerText()).toBe(
			t.follows.gap.one.replace('{files}', 'followers_2.json'),
		);
		expect(await page.locator('output[name="followers"]').count()).toBe(0);

		await input.setInputFiles(fileOf(ig, 'followers_2.json'));
		expect(await value(page, 'followers')).toBe(expected.followers);
		expect(await value(page, 'following')).toBe(expected.following);
		expect(await value(page, 'mutual')).toBe(expected.mutual);
		expect(await value(page, 'followBackRate')).toBeCloseTo(expected.followBackRate, 9);
		expect(await page.locator('[data-issue]').count()).toBe(0);
		expect(await page.getByRole('alert').count()).toBe(0);

		// Remove one: its button is named with its file; the gap comes back, focus goes to the field.
		await page.getByRole('button', { name: `${t.follows.remove} followers_2.json` }).click();
		await poll(() => page.locator('[data-issue="gap"]').count()).toBe(1);
		await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('data-current');
		expect(await page.locator('output[name="followers"]').count()).toBe(0);
		expect((await listed(page, 'current')).map(([name]) => name)).toEqual([
			'followers_1.json',
			'following.json',
			'followers_3.json',
		]);
		// The list is announced politely; every button has a name.
		expect(await page.locator('[data-slot="current"] [aria-live="polite"] ul').count()).toBe(1);

		// Keyboard: the clear button is reached and pressed with the keyboard.
		const clear = page.getByRole('button', { name: t.follows.clear.current, exact: true });
		await clear.focus();
		await page.keyboard.press('Enter');
		await poll(() => listed(page, 'current')).toEqual([]);
		expect(await page.locator('output[name="followers"]').count()).toBe(0);
		expect(await page.locator('[data-issue], [data-missing]').count()).toBe(0);

		// A drop adds to the list as a pick does: one file dropped, then three more.
		const drop = async (names: string[]) => {
			const contents = names.map((n) => String(fileOf(ig, n).buffer));
			const transfer = await page.evaluateHandle(
				([files, texts]) => {
					const dt = new DataTransfer();
					for (const [i, name] of files.entries()) dt.items.add(new File([texts[i] ?? ''], name));
					return dt;
				},
				[names, contents] as const,
			);
			await page
				.locator('[data-slot="current"] .ib-drop')
				.dispatchEvent('drop', { dataTransfer: transfer });
		};
		await drop(['following.json']);
		await poll(() => listed(page, 'current')).toEqual([['following.json', role('following')]]);
		await drop(['followers_1.json', 'followers_2.json', 'followers_3.json']);
		expect(await value(page, 'followers')).toBe(expected.followers);
		expect(await listed(page, 'current')).toEqual([
			['following.json', role('following')],
			['followers_1.json', role('followers', [1, 3])],
			['followers_2.json', role('followers', [2, 3])],
			['followers_3.json', role('followers', [3, 3])],
		]);
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('two exports in one field are not merged: the older one moves to the older-export field', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		const day = 86_400_000;
		const input = page.locator('#data-current');
		await input.setInputFiles({
			name: 'ekspor-baru.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from(zipOf(instagramExport(current))),
		});
		expect(await value(page, 'followers')).toBe(current.followers);
		await input.setInputFiles({
			name: 'ekspor-lama.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from(zipOf(instagramExport({ ...older, now: fixtureNow - 30 * day }))),
		});
		const notice = page.locator('[data-slot="current"] [data-issue="duplicate"]');
		await poll(() => notice.count()).toBe(1);
		expect(await notice.innerText()).toContain(
			t.follows.duplicate.current.replace(
				'{files}',
				lang === 'id'
					? '“ekspor-baru.zip” dan “ekspor-lama.zip”'
					: '“ekspor-baru.zip” and “ekspor-lama.zip”',
			),
		);
		expect(await notice.innerText()).toContain(
			t.follows.olderFile.replace('{files}', '“ekspor-lama.zip”'),
		);
		// Not merged: no counts while the two stand side by side.
		expect(await page.locator('output[name="followers"]').count()).toBe(0);
		expect(await listed(page, 'current')).toEqual([
			['ekspor-baru.zip', role('both')],
			['ekspor-lama.zip', role('both')],
		]);

		// The list, its buttons and the notice pass axe, at 390 px too.
		expect(await axeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await axeViolations(page)).toEqual([]);
		await page
			.getByRole('button', { name: t.follows.move.replace('{files}', '“ekspor-lama.zip”') })
			.click();
		await poll(() => listed(page, 'older')).toEqual([['ekspor-lama.zip', role('both')]]);
		expect((await listed(page, 'current')).map(([name]) => name)).toEqual(['ekspor-baru.zip']);
		expect(await value(page, 'followers')).toBe(current.followers);
		expect(await value(page, 'daysBetween')).toBe(30);
		expect(await value(page, 'lostFollowers')).toBe(expectedChange(older, current).lostFollowers);

		// Dropped on the older field, the older export lands there as a pick would.
		await clearField(page, lang, 'older');
		const oldZip = Buffer.from(
			zipOf(instagramExport({ ...older, now: fixtureNow - 30 * day })),
		).toString('base64');
		const transfer = await page.evaluateHandle((b64) => {
			const dt = new DataTransfer();
			dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'lama.zip'));
			return dt;
		}, oldZip);
		await page
			.locator('[data-slot="older"] .ib-drop')
			.dispatchEvent('drop', { dataTransfer: transfer });
		await poll(() => listed(page, 'older')).toEqual([['lama.zip', role('both')]]);
		expect(await value(page, 'daysBetween')).toBe(30);

		// Two following.json in the older field: the reader keeps one.
		await clearField(page, lang, 'older');
		const old = instagramExport({ ...older, now: fixtureNow - 30 * day });
		await page
			.locator('#data-older')
			.setInputFiles([
				fileOf(old, 'followers_1.json'),
				fileOf(old, 'following.json'),
				fileOf(ig, 'following.json', 'following (1).json'),
			]);
		const olderNotice = page.locator('[data-slot="older"] [data-issue="duplicate"]');
		await poll(() => olderNotice.count()).toBe(1);
		// The older field offers no move, only the choice of which to use.
		expect(await olderNotice.getByRole('button').allInnerTexts()).toEqual([
			t.follows.keep.replace('{files}', '“following.json”'),
			t.follows.keep.replace('{files}', '“following (1).json”'),
		]);
		expect(await page.locator('output[name="daysBetween"]').count()).toBe(0);
		await olderNotice
			.getByRole('button', { name: t.follows.keep.replace('{files}', '“following.json”') })
			.click();
		expect(await value(page, 'daysBetween')).toBe(30);
		expect(await page.locator('[data-issue]').count()).toBe(0);

		// Loose files of one export and an archive of another: the loose files count as one export.
		await clearField(page, lang, 'current');
		const loose = ['followers_1.json', 'followers_2.json', 'followers_3.json', 'following.json'];
		await input.setInputFiles([
			...loose.map((name) => fileOf(ig, name)),
			{
				name: 'lama.zip',
				mimeType: 'application/zip',
				buffer: Buffer.from(zipOf(instagramExport({ ...older, now: fixtureNow - 30 * day }))),
			},
		]);
		const mixed = page.locator('[data-slot="current"] [data-issue="duplicate"]');
		await poll(() => mixed.locator('li').count()).toBe(2);
		const looseNames =
			lang === 'id'
				? '“followers_1.json”, “followers_2.json”, “followers_3.json”, dan “following.json”'
				: '“followers_1.json”, “followers_2.json”, “followers_3.json”, and “following.json”';
		expect(await mixed.innerText()).toContain(t.follows.olderFile.replace('{files}', '“lama.zip”'));
		await mixed
			.getByRole('button', { name: t.follows.keep.replace('{files}', looseNames) })
			.click();
		await poll(() => listed(page, 'current')).toHaveLength(4);
		expect(await value(page, 'followers')).toBe(current.followers);
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});
});

/**
 * Every piece of text in the page's data charts: its font size, and any two whose boxes overlap
 * (each text node measured by a Range, so a wide block does not count as text). Also the
 * contrast of the chart's marks (bars, dots, median line) against the island's background.
 */
const chartAudit = (page: Page) =>
	page.evaluate(() => {
		const luminance = (css: string) => {
			const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
				const c = Number(v) / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
		};
		const contrast = (a: string, b: string) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
		};
		const small: string[] = [];
		const boxes: { text: string; rect: DOMRect }[] = [];
		for (const chart of document.querySelectorAll('.ib-data-chart')) {
			const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent?.trim() ?? '';
				const parent = node.parentElement;
				if (!text || !parent) continue;
				const size = parseFloat(getComputedStyle(parent).fontSize);
				if (size < 12) small.push(`${text} (${String(size)}px)`);
				const range = document.createRange();
				range.selectNodeContents(node);
				for (const rect of range.getClientRects()) if (rect.width > 0) boxes.push({ text, rect });
			}
		}
		const overlaps: string[] = [];
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1)) {
				const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
				const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
				if (x > 1 && y > 1) overlaps.push(`${a.text} / ${b.text}`);
			}
		const island = document.querySelector('.ib-calculator');
		const background = island ? getComputedStyle(island).backgroundColor : 'rgb(255,255,255)';
		const marks = [...document.querySelectorAll('.ib-chart-bar, .ib-chart-dot, .ib-chart-median')]
			.slice(0, 3)
			.map((el) => {
				const style = getComputedStyle(el);
				const colour = el.classList.contains('ib-chart-median') ? style.stroke : style.fill;
				return contrast(colour, background);
			});
		return {
			texts: boxes.length,
			small,
			overlaps,
			svgText: document.querySelectorAll('.ib-data-chart svg text').length,
			minMarkContrast: Math.min(...marks),
		};
	});

describe.each([
	{ lang: 'id', path: 'kalkulator/data-anda/' },
	{ lang: 'en', path: 'en/kalkulator/data-anda/' },
] as const)('the column step and the charts on a phone ($lang)', ({ lang, path }) => {
	const t = dataImport[lang];

	test('an unrecognised CSV opens the column step with no error until the reader chooses a column', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		// Records any error that appears, however briefly.
		await page.evaluate(() => {
			const w = window as unknown as { ibErrors: number };
			w.ibErrors = 0;
			new MutationObserver(() => {
				if (document.querySelector('[role="alert"], .ib-error')) w.ibErrors++;
			}).observe(document.body, { subtree: true, childList: true });
		});
		const errorsSeen = () =>
			page.evaluate(() => (window as unknown as { ibErrors: number }).ibErrors);
		await page.locator('#data-posts').setInputFiles({
			name: 'tabel-sendiri.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('Nomor;Angka A;Angka B;Angka C\n1;50;1000;2\n2;40;800;6\n'),
		});
		await poll(() => page.locator('[data-recognised]').getAttribute('data-recognised')).toBe(
			'none',
		);
		expect(await page.locator('[data-recognised]').innerText()).toContain(t.posts.notRecognised);
		// The worker has answered the empty mapping by now; still no error of any kind.
		await page.waitForTimeout(1000);
		expect(await errorsSeen()).toBe(0);
		expect(await page.locator('output[name="posts"]').count()).toBe(0);

		// Once the reader has chosen a column, a column still missing is said.
		await page
			.getByLabel(t.posts.columnNames.likes, { exact: true })
			.selectOption({ label: 'Angka A' });
		await poll(() => page.getByRole('alert').allInnerTexts()).toEqual([
			t.errors['csv-needs-denominator'],
		]);
		expect(await errorsSeen()).toBeGreaterThan(0);
		await page
			.getByLabel(t.posts.columnNames.reach, { exact: true })
			.selectOption({ label: 'Angka B' });
		expect(await value(page, 'posts')).toBe(2);
		expect(await value(page, 'medianErReach')).toBeCloseTo((5 + 5) / 2, 9);
		expect(await page.getByRole('alert').count()).toBe(0);
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the charts at 390 px: month labels with the year, an axis and values, text of at least 12 px, none overlapping, marks in contrast in both themes', async () => {
		const opened = await open(path);
		const { context, page, errors } = opened;
		await page.setViewportSize({ width: 390, height: 844 });
		await page.locator('#data-current').setInputFiles({
			name: 'instagram.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from(zipOf(instagramExport(current))),
		});
		const { text } = metaCsv(120, lang === 'id' ? '.' : ',');
		await page
			.locator('#data-posts')
			.setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
		await poll(() => page.locator('.ib-data-chart').count()).toBe(2);
		await page.locator('.ib-month-bars').scrollIntoViewIfNeeded();

		// Each month with its year, and each bar with its value in words.
		const months = await page.locator('.ib-month-bars li').evaluateAll((items) =>
			items.map((li) => ({
				month: li.getAttribute('data-month') ?? '',
				label: li.querySelector('.ib-month-label')?.textContent ?? '',
				shown: li.querySelector('.ib-month-value')?.textContent ?? '',
			})),
		);
		expect(months.length).toBeGreaterThan(1);
		for (const { month, label, shown } of months) {
			expect(label).toContain(month.slice(0, 4));
			expect(shown).toMatch(/^\d+([.,]\d)?% \(/);
		}
		// The per-post chart: an axis from 0 % to a round top, the first and last date, the median.
		const y = await page.locator('.ib-plot-y span').allInnerTexts();
		expect(y.at(-1)).toBe('0%');
		expect(y).toHaveLength(2);
		const x = await page.locator('.ib-plot-x span').allInnerTexts();
		expect(x).toEqual(
			lang === 'id' ? ['1 Jan 2026', '30 Apr 2026'] : ['Jan 1, 2026', 'Apr 30, 2026'],
		);
		expect(await page.locator('.ib-chart-legend').innerText()).toMatch(
			new RegExp(`^${t.posts.median.replace('{rate}', '\\d+([.,]\\d)?%')}$`),
		);

		for (const theme of ['light', 'dark']) {
			await page.evaluate((th) => {
				document.documentElement.dataset['theme'] = th;
			}, theme);
			const audit = await chartAudit(page);
			expect(audit.texts, theme).toBeGreaterThan(10);
			expect(audit.small, theme).toEqual([]);
			expect(audit.overlaps, theme).toEqual([]);
			expect(audit.svgText, theme).toBe(0);
			expect(audit.minMarkContrast, theme).toBeGreaterThanOrEqual(3);
			expect(await axeViolations(page), theme).toEqual([]);
		}

		// The audit catches what it looks for: a 10 px label, two labels on top of each other, a
		// bar in the background's colour.
		await page.evaluate(() => {
			const first = document.querySelector<HTMLElement>('.ib-month-label');
			if (first) first.style.fontSize = '10px';
			const top = document.querySelector<HTMLElement>('.ib-plot-y span');
			const start = document.querySelector<HTMLElement>('.ib-plot-x span');
			if (top && start) {
				const a = top.getBoundingClientRect();
				const b = start.getBoundingClientRect();
				start.style.position = 'relative';
				start.style.left = `${String(a.left - b.left)}px`;
				start.style.top = `${String(a.top - b.top)}px`;
			}
			const bar = document.querySelector<SVGElement>('.ib-chart-bar');
			if (bar)
				bar.style.fill = getComputedStyle(
					document.querySelector('.ib-calculator') ?? document.body,
				).backgroundColor;
		});
		const broken = await chartAudit(page);
		expect(broken.small).toHaveLength(1);
		expect(broken.overlaps.length).toBeGreaterThan(0);
		expect(broken.minMarkContrast).toBeLessThan(1.1);
		expect(errors).toEqual([]);
		await context.close();
	});
});

/**
 * The formats added for issue #19, in a block of their own: Instagram's HTML export (loose pages and
 * a ZIP, beside pages and Threads files the page does not need), TikTok's TXT export, a TXT file that
 * is not a list (the message says how to request JSON), and Meta's CSV with Portuguese headers.
 */
describe.each([
	{ lang: 'id', path: 'kalkulator/data-anda/' },
	{ lang: 'en', path: 'en/kalkulator/data-anda/' },
] as const)('the “Your data” page reads HTML and TXT exports ($lang)', ({ lang, path }) => {
	const t = dataImport[lang];

	test('reads Instagram HTML as loose files and in a ZIP, and TikTok TXT as loose files and in a ZIP', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		// Each case one follower more than the last, so a new result is told from the previous one.
		const shapeOf = (i: number): FollowShape => ({ ...current, followers: current.followers + i });
		const html = (shape: FollowShape) => ({
			...instagramHtmlExport(shape, { locale: lang === 'id' ? 'en' : 'pt', perFile: 400 }),
			'your_instagram_activity/threads/followers.html':
				'<html><body><main><div><a href="https://www.threads.net/@hanya_threads">hanya_threads</a></div></main></body></html>',
			'your_instagram_activity/likes/liked_posts.html':
				'<html><body><main>Instagram</main></body></html>',
		});
		const zip = (name: string, files: Files) => ({
			name,
			mimeType: 'application/zip',
			buffer: Buffer.from(zipOf(files, 'ekspor/')),
		});
		const cases: ExportCase[] = [
			{
				name: 'loose followers_1.html, followers_2.html, following.html and other pages',
				payload: asPayload(html(shapeOf(0))).filter((f) => f.name !== 'followers.html'),
				platform: 'instagram',
			},
			{
				name: 'Instagram HTML ZIP with Threads pages',
				payload: zip('instagram-html.zip', html(shapeOf(1))),
				platform: 'instagram',
			},
			{
				name: 'loose Follower.txt, Following.txt and Watch History.txt',
				payload: asPayload(tiktokTxt(shapeOf(2))),
				platform: 'tiktok',
			},
			{
				name: 'TikTok TXT ZIP (Follower List.txt)',
				payload: zip('TikTok_Data.zip', tiktokTxt(shapeOf(3), { legacy: true, eol: '\r\n' })),
				platform: 'tiktok',
			},
		];
		await readEach(page, lang, cases, shapeOf);

		// A TXT file of the export that is not a list: the message says how to request JSON.
		await clearField(page, lang, 'current');
		await page
			.locator('#data-current')
			.setInputFiles(asPayload(tiktokTxt(current)).filter((f) => f.name === 'Watch History.txt'));
		await poll(() => page.getByRole('alert').allInnerTexts()).toContain(
			t.errors['tiktok-txt'].replace('{file}', 'Watch History.txt'),
		);
		expect(t.errors['tiktok-txt']).toContain('JSON');
		// An HTML page of the export that is not a list, alone.
		await clearField(page, lang, 'current');
		await page
			.locator('#data-current')
			.setInputFiles(asPayload(html(current)).filter((f) => f.name === 'liked_posts.html'));
		await poll(() => page.getByRole('alert').allInnerTexts()).toContain(
			t.errors['instagram-html'].replace('{file}', 'liked_posts.html'),
		);
		expect(await page.locator('output[name="followers"]').count()).toBe(0);
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('recognises a Meta Business Suite CSV with Portuguese headers', async () => {
		const opened = await open(path);
		const { context, page, errors, requests } = opened;
		const { text, expected } = metaCsvPt(60);
		await page
			.locator('#data-posts')
			.setInputFiles({ name: 'publicacoes.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
		expect(await value(page, 'posts')).toBe(expected.posts);
		expect(await value(page, 'medianErReach')).toBeCloseTo(expected.medianErReach, 9);
		expect(await value(page, 'meanErViews')).toBeCloseTo(expected.meanErViews, 9);
		await poll(() => page.getByText(t.posts.recognised).count()).toBe(1);
		expect(await page.getByRole('alert').count()).toBe(0);
		await expectNothingStored(opened);
		expectNoDataSent(requests);
		expect(errors).toEqual([]);
		await context.close();
	});
});
