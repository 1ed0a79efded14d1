import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { openCalculator, resultValue, urlOf, useBrowser, wcagTags } from './support/browser.ts';

const browser = useBrowser();

const engagement = [
	{
		lang: 'id',
		path: 'kalkulator/engagement/',
		likes: 'Suka',
		comments: 'Komentar',
		posts: 'Jumlah unggahan',
		reach: 'Jangkauan',
		formula: '1.350 ÷ 4 ÷ 25.000 × 100 = 1,35%',
		typedLikes: '2.100', // 2,100 likes: 2,350 interactions
		copy: 'Salin tautan skenario',
		copied: 'Tautan disalin.',
		notice: 'tidak valid sehingga diabaikan',
		error: 'Jangkauan tidak bisa lebih besar daripada impresi',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/engagement/',
		likes: 'Likes',
		comments: 'Comments',
		posts: 'Number of posts',
		reach: 'Reach',
		formula: '1,350 ÷ 4 ÷ 25,000 × 100 = 1.35%',
		typedLikes: '2,100',
		copy: 'Copy scenario link',
		copied: 'Link copied.',
		notice: 'are not valid and were ignored',
		error: 'Reach cannot be larger than impressions',
	},
] as const;

describe.each(engagement)('the engagement calculator ($lang)', (t) => {
	test('shows the worked example, formulas filled in, before any JavaScript runs', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(urlOf(t.path));
		expect(await resultValue(page, 'interactions')).toBe('1350');
		expect(await resultValue(page, 'erFollowers')).toBe('1.35');
		expect(await resultValue(page, 'erReach')).toBe('11.25');
		expect(await resultValue(page, 'benchmark')).toBe('0.47');
		expect(await page.locator('.ib-calculator').getByText(t.formula).count()).toBe(1);
		await context.close();
	});

	test('updates every rate and the URL as you type, and a copied link restores them', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { page, errors } = await openCalculator(context, t.path);
		await page.getByLabel(t.likes, { exact: true }).fill(t.typedLikes);
		await expect.poll(() => resultValue(page, 'interactions')).toBe('2350');
		await expect.poll(() => new URL(page.url()).searchParams.get('likes')).toBe('2100');
		expect(await resultValue(page, 'erImpressions')).toMatch(/^13\.0555/); // 2,350 ÷ 18,000 × 100
		await page.getByRole('button', { name: t.copy }).click();
		await page.getByRole('status').filter({ hasText: t.copied }).waitFor({ state: 'visible' });
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const again = await openCalculator(context, copied.replace(/^https?:\/\/[^/]+\//, ''));
		await expect.poll(() => resultValue(again.page, 'interactions')).toBe('2350');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('ignores hostile query values with a notice and runs none of them', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(
			context,
			`${t.path}?platform=%3Csvg%20onload%3Dalert(1)%3E&likes=1e9&comments=abc&posts=4&followers=-1`,
		);
		await page.getByRole('alert').filter({ hasText: t.notice }).waitFor({ state: 'visible' });
		expect(await page.locator('.ib-calculator svg[onload]').count()).toBe(0);
		expect(await resultValue(page, 'interactions')).toBe('');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('marks reach above impressions on its field, and stays accessible in error', async () => {
		const context = await browser().newContext();
		const { page } = await openCalculator(context, t.path);
		const reach = page.getByLabel(t.reach, { exact: true });
		await reach.fill('99999');
		await expect.poll(() => reach.getAttribute('aria-invalid')).toBe('true');
		await page.getByLabel(t.posts, { exact: true }).fill('0');
		await page.locator('.ib-calculator').getByText(t.error).waitFor({ state: 'visible' });
		const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		await context.close();
	});
});

const reach = [
	{
		lang: 'id',
		path: 'kalkulator/jangkauan/',
		hours: 'Jam per minggu',
		share: 'Porsi waktu percakapan (%)',
		slider: 'Geser pembagian waktu',
		conclusion: 'satu menit siaran menjangkau 133,3 kali',
		error: 'Satu minggu hanya punya 168 jam.',
		notice: 'tidak valid sehingga diabaikan',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/jangkauan/',
		hours: 'Hours a week',
		share: 'Conversation time share (%)',
		slider: 'Slide to split the time',
		conclusion: 'one minute of broadcast reaches 133.3 times',
		error: 'A week has only 168 hours.',
		notice: 'are not valid and were ignored',
	},
] as const;

describe.each(reach)('the reach calculator ($lang)', (t) => {
	test('shows the worked example and its conclusion before any JavaScript runs', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(urlOf(t.path));
		expect(await resultValue(page, 'conversations')).toBe('15');
		expect(await resultValue(page, 'broadcastReach')).toBe('2000');
		expect(await resultValue(page, 'totalReach')).toBe('2015');
		expect(await page.locator('.ib-calculator').getByText(t.conclusion).count()).toBe(1);
		await context.close();
	});

	test('moves the split with the slider, keeping the number field, results and URL in step', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(context, t.path);
		const slider = page.getByLabel(t.slider);
		await slider.focus();
		for (let i = 0; i < 10; i += 1) await slider.press('ArrowRight'); // 50 → 60
		await expect.poll(() => page.getByLabel(t.share, { exact: true }).inputValue()).toBe('60');
		await expect.poll(() => resultValue(page, 'conversations')).toBe('18'); // 5 × 60 × 0.6 ÷ 10
		await expect.poll(() => new URL(page.url()).searchParams.get('conversationShare')).toBe('60');
		await page.getByLabel(t.share, { exact: true }).fill('25%');
		await expect.poll(() => slider.inputValue()).toBe('25');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('rejects a week longer than 168 hours on its field, and stays accessible', async () => {
		const context = await browser().newContext();
		const { page } = await openCalculator(context, t.path);
		await page.getByLabel(t.hours, { exact: true }).fill('200');
		await page.locator('.ib-calculator').getByText(t.error).waitFor({ state: 'visible' });
		expect(await resultValue(page, 'totalReach')).toBe('');
		const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
		await context.close();
	});

	test('restores a prefilled link and ignores hostile values', async () => {
		const context = await browser().newContext();
		const { page } = await openCalculator(
			context,
			`${t.path}?hours=10&conversationShare=90&minutesPerConversation=15&minutesPerPost=45&reachPerPost=250`,
		);
		await expect.poll(() => resultValue(page, 'conversations')).toBe('36'); // 10 × 60 × 0.9 ÷ 15
		const hostile = await openCalculator(
			context,
			`${t.path}?hours=%22%3E%3Cscript%3E1%3C/script%3E&conversationShare=1e2`,
		);
		await hostile.page
			.getByRole('alert')
			.filter({ hasText: t.notice })
			.waitFor({ state: 'visible' });
		expect(await resultValue(hostile.page, 'conversations')).toBe('');
		await context.close();
	});
});

describe('the calculators embedded in guide pages', () => {
	test.each([
		[
			'panduan/strategi/',
			'?platform=x&posts=2&likes=50&comments=30&shares=20&saves=0&followers=1000',
			'erFollowers',
			'5',
		],
		[
			'en/panduan/strategi/',
			'?platform=x&posts=2&likes=50&comments=30&shares=20&saves=0&followers=1000',
			'erFollowers',
			'5',
		],
		[
			'pemasaran/bukan-percakapan/',
			'?hours=2&minutesPerConversation=20&minutesPerPost=60&reachPerPost=100',
			'totalReach',
			'103',
		],
		[
			'en/pemasaran/bukan-percakapan/',
			'?hours=2&minutesPerConversation=20&minutesPerPost=60&reachPerPost=100',
			'totalReach',
			'103',
		],
	])('/%s%s computes %s = %s in the island', async (path, query, name, expected) => {
		// 100 interactions ÷ 2 posts ÷ 1,000 followers × 100 = 5%; 2 h at the default 50%: 3 + 1 × 100 = 103
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(context, path + query);
		await expect.poll(() => resultValue(page, name)).toBe(expected);
		expect(errors).toEqual([]);
		await context.close();
	});
});
