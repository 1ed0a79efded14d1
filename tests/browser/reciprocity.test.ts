import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import {
	openCalculator as open,
	resultValue as result,
	urlOf,
	useBrowser,
	wcagTags,
} from './support/browser.ts';

/** Words every follow churn warning carries, in either language. */
const churnWarning = /berhenti mengikuti banyak akun|unfollowing many accounts/;

const browser = useBrowser();

/** The labels and formats of each language. */
const languages = [
	{
		lang: 'id',
		path: 'kalkulator/ikuti-balik/',
		followed: 'Akun yang Anda ikuti dalam percobaan',
		followedBack: 'Yang mengikuti balik',
		minutesEach: 'Menit per akun',
		copy: 'Salin tautan skenario',
		copied: 'Tautan disalin.',
		thousands: '1.234',
		decimalTyped: '2.5', // a lone "." is not grouping here: read as the decimal mark
		decimalRead: 'Dibaca sebagai 2,5',
		followsNeeded: '3.334 akun',
		error: 'Yang mengikuti balik tidak bisa lebih banyak',
		notice: 'tidak valid sehingga diabaikan',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/ikuti-balik/',
		followed: 'Accounts you followed',
		followedBack: 'Followed you back',
		minutesEach: 'Minutes per account',
		copy: 'Copy scenario link',
		copied: 'Link copied.',
		thousands: '1,234',
		decimalTyped: '2,5',
		decimalRead: 'Read as 2.5',
		followsNeeded: '3,334 accounts',
		error: 'The accounts that followed you back cannot outnumber',
		notice: 'are not valid and were ignored',
	},
] as const;

describe.each(languages)('the follow-back calculator ($lang)', (t) => {
	test('shows the worked example before any JavaScript runs', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(urlOf(t.path));
		expect(await result(page, 'followBackRate')).toBe('15');
		expect(await result(page, 'followsNeeded')).toBe('3334');
		expect(await result(page, 'daysNeeded')).toBe('67');
		await expect(page.locator('output[name="followsNeeded"]').first().textContent()).resolves.toBe(
			t.followsNeeded,
		);
		await context.close();
	});

	test('reads numbers in the page locale and updates results and the URL as you type', async () => {
		const context = await browser().newContext();
		const { page, errors } = await open(context, t.path);
		await page.getByLabel(t.followed, { exact: true }).fill(t.thousands);
		await expect.poll(() => result(page, 'notFollowingBack')).toBe('1204');
		await expect.poll(() => new URL(page.url()).searchParams.get('followed')).toBe('1234');

		await page.getByLabel(t.minutesEach, { exact: true }).fill(t.decimalTyped);
		// ⌈500 × 1,234 ÷ 30⌉ = 20,567 follows at 2.5 minutes each = 856.958… hours
		await expect.poll(() => result(page, 'hoursNeeded')).toMatch(/^856\.958/);
		await page.getByText(t.decimalRead).waitFor({ state: 'visible' });
		await expect.poll(() => new URL(page.url()).searchParams.get('minutesEach')).toBe('2.5');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('copies a scenario link that restores the same results', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { page } = await open(context, `${t.path}#kalkulator`);
		await page.getByLabel(t.followedBack, { exact: true }).fill('50');
		await expect.poll(() => result(page, 'followBackRate')).toBe('25');
		await page.getByRole('button', { name: t.copy }).click();
		await page.getByRole('status').filter({ hasText: t.copied }).waitFor({ state: 'visible' });
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('followedBack=50');
		expect(copied).toContain('#kalkulator');

		const again = await open(context, copied.replace(/^https?:\/\/[^/]+\//, ''));
		await expect.poll(() => result(again.page, 'followBackRate')).toBe('25');
		expect(await result(again.page, 'followsNeeded')).toBe('2000');
		await context.close();
	});

	test('ignores hostile query values with a notice, and runs none of them', async () => {
		const context = await browser().newContext();
		const hostile =
			'?followed=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&followedBack=-5' +
			'&minutesEach=1e308&platform=%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D2%22%3E&target=Infinity';
		const { page, errors } = await open(context, t.path + hostile);
		await page.getByRole('alert').filter({ hasText: t.notice }).waitFor({ state: 'visible' });
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
		).toBeUndefined();
		expect(await page.locator('.ib-calculator img, .ib-calculator script').count()).toBe(0);
		expect(await page.getByLabel(t.followed, { exact: true }).inputValue()).toBe('');
		expect(await result(page, 'followBackRate')).toBe('');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('ties a cross-field error to its field, and stays accessible in the error state', async () => {
		const context = await browser().newContext();
		const { page } = await open(context, t.path);
		const followedBack = page.getByLabel(t.followedBack, { exact: true });
		await followedBack.fill('500');
		await expect.poll(() => followedBack.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await followedBack.getAttribute('aria-describedby')) ?? '';
		const message = page.locator(`[id="${describedBy.split(' ').at(-1) ?? ''}"]`);
		await expect(message.textContent()).resolves.toContain(t.error);
		expect(await result(page, 'followBackRate')).toBe('');
		await page.getByLabel(t.followed, { exact: true }).fill('abc');
		const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		await context.close();
	});
});

describe('the calculator embedded in guide pages', () => {
	test.each(['panduan/platform/', 'en/panduan/platform/', 'panduan/risiko/', 'en/panduan/risiko/'])(
		'/%s hydrates it and computes from a prefilled link',
		async (path) => {
			const context = await browser().newContext();
			const { page, errors } = await open(
				context,
				`${path}?platform=facebook&followed=100&followedBack=20&following=4800&target=100&perDay=20`,
			);
			await expect.poll(() => result(page, 'followsNeeded')).toBe('500');
			expect(await result(page, 'followingAfter')).toBe('5300');
			await expect.poll(() => page.locator('.ib-warnings li').count()).toBe(2);
			expect(errors).toEqual([]);
			await context.close();
		},
	);
});

/** The labels and texts of the follow-back calculator's newer inputs, in each language. */
const extras = [
	{
		lang: 'id',
		path: 'kalkulator/ikuti-balik/',
		followed: 'Akun yang Anda ikuti dalam percobaan',
		retention: 'Yang bertahan setelah sebulan (%)',
		days: 'Hari yang tersedia',
		platform: 'Platform',
		action: 'Cara terhubung di LinkedIn',
		compactTyped: '12,5 rb',
		compactRead: 'Dibaca sebagai 12.500 (sudah dibulatkan oleh aplikasi platform).',
		ambiguousTyped: '1,2 M',
		ambiguous: 'Tulis jt untuk juta',
		interval:
			'Dengan sampel 200 akun, tingkat yang sebenarnya kemungkinan besar (95%) berada antara 10,71% dan 20,61%.',
		perDayWarning: 'Agar tepat waktu, Anda perlu mengikuti lebih dari 400 akun per hari',
		connectionCap: 'batas 30.000 koneksi tingkat pertama di LinkedIn',
		notice: 'tidak valid sehingga diabaikan',
		instagramSource:
			'Sumber: sumber sekunder, batas mengikuti di Instagram, tanpa halaman bantuan resmi',
		spamSource:
			'Sumber: Meta Transparency Center, “Community Standards: Spam”, versi per Agustus 2026',
		reachedPassed:
			'Batas platform (5.000 akun) tercapai pada hari ke-60 dan terlampaui pada hari ke-61.',
		ratioThen: 'Pada akhir hari ke-60, rasio pengikut Anda tinggal 0,27 (di awal 0,45)',
		sameDay: 'Batas platform (5.000 akun) tercapai dan terlampaui pada hari yang sama, hari ke-14.',
		ratioOutline: 'Pada akhir hari ke-14, rasio pengikut Anda tinggal 0,32 (di awal 0,36)',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/ikuti-balik/',
		followed: 'Accounts you followed',
		retention: 'Still following after a month (%)',
		days: 'Days available',
		platform: 'Platform',
		action: 'How you reach out on LinkedIn',
		compactTyped: '12.5K',
		compactRead: 'Read as 12,500 (already rounded by the platform’s app).',
		ambiguousTyped: '1.2M',
		ambiguous: null,
		interval:
			'With a sample of 200 accounts, the true rate is likely (95%) between 10.71% and 20.61%.',
		perDayWarning: 'To finish in time you would need more than 400 follows a day',
		connectionCap: 'LinkedIn’s widely reported limit of 30,000 first-degree connections',
		notice: 'are not valid and were ignored',
		instagramSource:
			'Source: secondary sources, the Instagram following limit, with no official help page',
		spamSource:
			'Source: Meta Transparency Center, “Community Standards: Spam”, version as of August 2026',
		reachedPassed:
			'The platform limit of 5,000 accounts is reached on day 60 and passed on day 61.',
		ratioThen: 'At the end of day 60, your follower ratio is down to 0.27 (from 0.45 at the start)',
		sameDay: 'The platform limit of 5,000 accounts is reached and passed on the same day, day 14.',
		ratioOutline:
			'At the end of day 14, your follower ratio is down to 0.32 (from 0.36 at the start)',
	},
] as const;

describe.each(extras)(
	'the follow-back calculator’s interval, retention, deadline and LinkedIn choice ($lang)',
	(t) => {
		test('shows the interval, its range of follows and days, and the deadline results', async () => {
			const context = await browser().newContext();
			const { page, errors } = await open(context, t.path);
			await expect.poll(() => result(page, 'followBackRateLow')).toMatch(/^10\.713/);
			expect(await result(page, 'followBackRateHigh')).toMatch(/^20\.605/);
			expect(await result(page, 'followsNeededLow')).toBe('2427');
			expect(await result(page, 'followsNeededHigh')).toBe('4667');
			expect(await result(page, 'daysNeededLow')).toBe('49');
			expect(await result(page, 'daysNeededHigh')).toBe('94');
			expect(await result(page, 'perDayNeeded')).toBe('112');
			expect(await result(page, 'gainInDays')).toBe('225');
			await page.getByText(t.interval).waitFor({ state: 'visible' });
			expect(await page.locator('.ib-chart-range').count()).toBe(1);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('says when the limit is reached and when it is passed, and the ratio on that day', async () => {
			const context = await browser().newContext();
			// The worked example: 5,000 on day 60, 5,050 on day 61; 1,350 ÷ 5,000 = 0.27 on day 60.
			const { page, errors } = await open(context, t.path);
			const summary = page.locator('.ib-chart-summary').first();
			await expect.poll(() => summary.textContent()).toContain(t.reachedPassed);
			expect(await summary.textContent()).toContain(t.ratioThen);
			// The outlines' X scenario: 4,980 on day 13, 5,040 on day 14; 1,600 ÷ 5,040 = 0.32.
			const outline = await open(
				context,
				`${t.path}?platform=x&followed=300&followedBack=36&followers=1500&following=4200&target=400&perDay=60&minutesEach=1`,
			);
			const again = outline.page.locator('.ib-chart-summary').first();
			await expect.poll(() => again.textContent()).toContain(t.sameDay);
			expect(await again.textContent()).toContain(t.ratioOutline);
			expect([...errors, ...outline.errors]).toEqual([]);
			await context.close();
		});

		test('cites each rule’s source in the page’s language, with no dash for an unknown date', async () => {
			const context = await browser().newContext();
			const { page, errors } = await open(
				context,
				`${t.path}?platform=instagram&followed=100&followedBack=12&followers=3000&following=6500&target=200&perDay=100`,
			);
			const links = page.locator('.ib-warnings a');
			// Action limits (Meta's spam rule), the reported cap, and follow churn (Meta's inauthentic
			// behaviour policy, then its spam rule again).
			await expect.poll(() => links.count()).toBe(4);
			// The follow churn warning is shown here, so the words the other tests look for are its words.
			expect(await page.locator('.ib-warnings').getByText(churnWarning).count()).toBe(1);
			const texts = (await links.allTextContents()).map((x) => x.replace(/\s+/g, ' ').trim());
			expect(texts[0]).toBe(t.spamSource);
			expect(texts[1]).toBe(t.instagramSource);
			for (const text of texts) expect(text).not.toMatch(/[—–-]$/);
			expect(await links.first().getAttribute('href')).toMatch(/referensi\/sumber\/#meta-spam$/);
			expect(await links.nth(1).getAttribute('href')).toMatch(
				/referensi\/sumber\/#instagram-batas$/,
			);
			expect(await links.nth(3).getAttribute('href')).toMatch(/referensi\/sumber\/#meta-spam$/);
			expect(errors).toEqual([]);
			await context.close();
		});

		test('uses retention and days in every projection, warns on a pace past the limit, and keeps both in the link', async () => {
			const context = await browser().newContext();
			const { page, errors } = await open(context, t.path);
			await page.getByLabel(t.retention, { exact: true }).fill('80');
			await expect.poll(() => result(page, 'followsNeeded')).toBe('4167');
			expect(await result(page, 'gainInDays')).toBe('180');
			await expect.poll(() => new URL(page.url()).searchParams.get('retention')).toBe('80');
			await page.getByLabel(t.days, { exact: true }).fill('10');
			await expect.poll(() => result(page, 'perDayNeeded')).toBe('417');
			await page.getByText(t.perDayWarning).waitFor({ state: 'visible' });
			await expect.poll(() => new URL(page.url()).searchParams.get('days')).toBe('10');
			expect(errors).toEqual([]);
			await context.close();
		});

		test('reads a count as the app shows it, and stores the plain number in the link', async () => {
			const context = await browser().newContext();
			const { page, errors } = await open(context, t.path);
			const followed = page.getByLabel(t.followed, { exact: true });
			await followed.fill(t.compactTyped);
			await page.getByText(t.compactRead).waitFor({ state: 'visible' });
			await expect.poll(() => result(page, 'notFollowingBack')).toBe('12470');
			await expect.poll(() => new URL(page.url()).searchParams.get('followed')).toBe('12500');
			await followed.fill(t.ambiguousTyped);
			if (t.ambiguous === null) {
				await expect.poll(() => result(page, 'notFollowingBack')).toBe('1199970');
			} else {
				await expect.poll(() => followed.getAttribute('aria-invalid')).toBe('true');
				await page.getByText(t.ambiguous).waitFor({ state: 'visible' });
				expect(await result(page, 'notFollowingBack')).toBe('');
			}
			expect(errors).toEqual([]);
			await context.close();
		});

		test('offers LinkedIn’s follow-or-connect choice, with the connection rules for invitations only', async () => {
			const context = await browser().newContext();
			const { page, errors } = await open(context, t.path);
			expect(await page.getByLabel(t.action, { exact: true }).count()).toBe(0);
			await page.getByLabel(t.platform, { exact: true }).selectOption('linkedin');
			const action = page.getByLabel(t.action, { exact: true });
			expect(await action.inputValue()).toBe('follow');
			await page
				.getByLabel('Akun yang Anda ikuti sekarang')
				.or(page.getByLabel('Accounts you follow now'))
				.fill('29600');
			await expect.poll(() => page.locator('.ib-warnings').count()).toBe(0);
			await action.selectOption('connect');
			// 29,600 connections + 500 accepted invitations = 30,100: past the cap; no follow churn.
			await page.getByText(t.connectionCap).waitFor({ state: 'visible' });
			await expect.poll(() => result(page, 'followingAfter')).toBe('30100');
			expect(await page.locator('.ib-calculator').first().getByText(churnWarning).count()).toBe(0);
			await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('connect');
			expect(errors).toEqual([]);
			await context.close();
		});

		test('ignores a hostile action, retention or days value with a notice', async () => {
			const context = await browser().newContext();
			const { page, errors } = await open(
				context,
				`${t.path}?platform=linkedin&action=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&followed=200&followedBack=30&retention=-5&days=1e9`,
			);
			await page.getByRole('alert').filter({ hasText: t.notice }).waitFor({ state: 'visible' });
			expect(
				await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
			).toBeUndefined();
			expect(await page.getByLabel(t.action, { exact: true }).inputValue()).toBe('follow');
			expect(await page.getByLabel(t.retention, { exact: true }).inputValue()).toBe('');
			expect(await page.getByLabel(t.days, { exact: true }).inputValue()).toBe('');
			expect(await result(page, 'followBackRate')).toBe('15');
			expect(errors).toEqual([]);
			await context.close();
		});
	},
);

/** The connection mode's labels and texts in each language (issue 20: invitations are not connections). */
const connect = [
	{
		lang: 'id',
		path: 'kalkulator/ikuti-balik/',
		action: 'Cara terhubung di LinkedIn',
		sent: 'Undangan yang Anda kirim dalam percobaan',
		accepted: 'Undangan yang diterima',
		connectionsNow: 'Koneksi Anda sekarang',
		target: 'Target koneksi baru',
		perDay: 'Undangan yang dikirim per hari',
		followers: 'Pengikut Anda sekarang',
		followingNow: 'Akun yang Anda ikuti sekarang',
		rateLabel: 'Tingkat penerimaan undangan',
		neededLabel: 'Undangan yang perlu dikirim',
		afterLabel: 'Koneksi sesudahnya',
		needed: '750 undangan',
		after: '29.800 koneksi',
		headline: 'Perlu dikirim',
		noRatio: 'koneksi selalu dua arah',
		weekly: 'Rencana ini berarti lebih dari 100 undangan seminggu.',
		cap: 'batas 30.000 koneksi tingkat pertama di LinkedIn',
		passes:
			'Batas platform (30.000 koneksi) tercapai dan terlampaui pada hari yang sama, hari ke-63.',
		error: 'Undangan yang diterima tidak bisa lebih banyak daripada undangan yang Anda kirim.',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/ikuti-balik/',
		action: 'How you reach out on LinkedIn',
		sent: 'Invitations you sent',
		accepted: 'Invitations accepted',
		connectionsNow: 'Your connections now',
		target: 'New connections wanted',
		perDay: 'Invitations to send a day',
		followers: 'Your followers now',
		followingNow: 'Accounts you follow now',
		rateLabel: 'Acceptance rate',
		neededLabel: 'Invitations to send',
		afterLabel: 'Connections afterwards',
		needed: '750 invitations',
		after: '29,800 connections',
		headline: 'To send',
		noRatio: 'a connection is always two-way',
		weekly: 'This plan means more than 100 invitations a week.',
		cap: 'LinkedIn’s widely reported limit of 30,000 first-degree connections',
		passes:
			'The platform limit of 30,000 connections is reached and passed on the same day, day 63.',
		error: 'The invitations accepted cannot outnumber the invitations you sent.',
	},
] as const;

describe.each(connect)('the follow-back calculator’s connection mode ($lang)', (t) => {
	const scenario =
		'?platform=linkedin&action=connect&followed=100&followedBack=40&following=29500&target=300&perDay=20';

	test('counts connections from accepted invitations, named as invitations and connections', async () => {
		const context = await browser().newContext();
		const { page, errors } = await open(context, t.path + scenario);
		const calculator = page.locator('.ib-calculator').first();
		// 300 new connections at 40 % accepted: 750 invitations, 29,500 + 300 = 29,800 connections.
		await expect.poll(() => result(page, 'followsNeeded')).toBe('750');
		expect(await result(page, 'followingAfter')).toBe('29800');
		expect(await page.locator('output[name="followsNeeded"]').first().textContent()).toBe(t.needed);
		expect(await page.locator('output[name="followingAfter"]').first().textContent()).toBe(t.after);
		for (const label of [t.sent, t.accepted, t.connectionsNow, t.target, t.perDay]) {
			expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
		}
		for (const label of [t.rateLabel, t.neededLabel, t.afterLabel]) {
			expect(await calculator.locator('dt').getByText(label, { exact: true }).count()).toBe(1);
		}
		expect(await calculator.getByText(t.headline, { exact: true }).count()).toBeGreaterThan(0);
		// Connections are two-way: no followers field and no follower ratio.
		expect(await page.getByLabel(t.followers, { exact: true }).count()).toBe(0);
		expect(await page.getByLabel(t.followingNow, { exact: true }).count()).toBe(0);
		expect(await result(page, 'ratio')).toBe('');
		// The ratio is among the results under "more results".
		await calculator.locator('details.ib-more > summary').click();
		await calculator.getByText(t.noRatio).waitFor({ state: 'visible' });
		// 20 a day is 140 a week: the weekly warning stays; no cap warning, no follow churn.
		await calculator.getByText(t.weekly).waitFor({ state: 'visible' });
		expect(await calculator.getByText(t.cap).count()).toBe(0);
		expect(await calculator.getByText(churnWarning).count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('warns when the connections afterwards pass the cap, and keeps the link parameters', async () => {
		const context = await browser().newContext();
		const { page, errors } = await open(context, t.path + scenario);
		const calculator = page.locator('.ib-calculator').first();
		await page.getByLabel(t.target, { exact: true }).fill('600');
		// 1,500 invitations, 29,500 + 600 = 30,100 connections: past 30,000, on day 63.
		await expect.poll(() => result(page, 'followingAfter')).toBe('30100');
		expect(await result(page, 'followsNeeded')).toBe('1500');
		await calculator.getByText(t.cap).waitFor({ state: 'visible' });
		await calculator.getByText(t.passes).waitFor({ state: 'visible' });
		expect(await calculator.getByText(churnWarning).count()).toBe(0);
		const params = new URL(page.url()).searchParams;
		await expect.poll(() => new URL(page.url()).searchParams.get('target')).toBe('600');
		expect(params.get('action')).toBe('connect');
		expect(params.get('following')).toBe('29500');

		// Back to following: the same numbers are accounts again, each follow counts.
		await page.getByLabel(t.action, { exact: true }).selectOption('follow');
		await expect.poll(() => result(page, 'followingAfter')).toBe('31000');
		expect(await page.getByLabel(t.followingNow, { exact: true }).count()).toBe(1);
		expect(await page.getByLabel(t.followers, { exact: true }).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('ties the accepted-invitations error to its field, in the words of invitations', async () => {
		const context = await browser().newContext();
		const { page, errors } = await open(context, t.path + scenario);
		const accepted = page.getByLabel(t.accepted, { exact: true });
		await accepted.fill('101');
		await expect.poll(() => accepted.getAttribute('aria-invalid')).toBe('true');
		await page.locator('.ib-calculator').first().getByText(t.error).waitFor({ state: 'visible' });
		expect(await result(page, 'followsNeeded')).toBe('');
		const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
