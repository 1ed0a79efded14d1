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
		commentShare: 'Porsi komentar (komentar ÷ interaksi)',
		upperBound: 'Porsi komentar hanya batas atas percakapan',
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
		commentShare: 'Comment share (comments ÷ interactions)',
		upperBound: 'The comment share is at most an upper bound on conversation',
		typedLikes: '2,100',
		copy: 'Copy scenario link',
		copied: 'Link copied.',
		notice: 'are not valid and were ignored',
		error: 'Reach cannot be larger than impressions',
	},
] as const;

const engagementExtras = [
	{
		lang: 'id',
		path: 'kalkulator/engagement/',
		platform: 'Platform',
		views: 'Tayangan',
		reach: 'Jangkauan',
		impressions: 'Impresi',
		targetRate: 'Target tingkat engagement terhadap pengikut (%)',
		typedViews: '27 rb',
		readViews: 'Dibaca sebagai 27.000 (sudah dibulatkan oleh aplikasi platform).',
		instagramHint:
			'sejak 2024 halaman statistik Instagram melaporkan tayangan (Views) dan akun yang dijangkau',
		xHint: 'X melaporkan impresi.',
		tiktokHint: 'TikTok melaporkan tayangan (Views).',
		error: 'Jangkauan tidak bisa lebih besar daripada tayangan',
		notice: 'tidak valid sehingga diabaikan',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/engagement/',
		platform: 'Platform',
		views: 'Views',
		reach: 'Reach',
		impressions: 'Impressions',
		targetRate: 'Target engagement rate by followers (%)',
		typedViews: '27K',
		readViews: 'Read as 27,000 (already rounded by the platform’s app).',
		instagramHint: 'since 2024, Insights reports views and accounts reached',
		xHint: 'X reports impressions.',
		tiktokHint: 'TikTok reports views.',
		error: 'Reach cannot be larger than views',
		notice: 'are not valid and were ignored',
	},
] as const;

describe.each(engagementExtras)('the engagement calculator’s views and target ($lang)', (t) => {
	test('works out the rate by views from a compact count, and says which platform reports what', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(context, t.path);
		await page.locator('.ib-calculator').getByText(t.instagramHint).waitFor({ state: 'visible' });
		await page.getByLabel(t.views, { exact: true }).fill(t.typedViews);
		await page.locator('.ib-calculator').getByText(t.readViews).waitFor({ state: 'visible' });
		await expect.poll(() => resultValue(page, 'erViews')).toBe('5'); // 1,350 ÷ 27,000 × 100
		await expect.poll(() => new URL(page.url()).searchParams.get('views')).toBe('27000');
		await page.getByLabel(t.platform, { exact: true }).selectOption('x');
		await page.locator('.ib-calculator').getByText(t.xHint).waitFor({ state: 'visible' });
		await page.getByLabel(t.platform, { exact: true }).selectOption('tiktok');
		await page.locator('.ib-calculator').getByText(t.tiktokHint).waitFor({ state: 'visible' });
		expect(errors).toEqual([]);
		await context.close();
	});

	test('refuses reach above views on the reach field', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(context, t.path);
		// Both numbers the reader's own: an example's number would give way instead (first-screen test).
		const reach = page.getByLabel(t.reach, { exact: true });
		await reach.fill('12000');
		await page.getByLabel(t.views, { exact: true }).fill('11000');
		await expect.poll(() => reach.getAttribute('aria-invalid')).toBe('true');
		await page.locator('.ib-calculator').getByText(t.error).waitFor({ state: 'visible' });
		expect(await resultValue(page, 'erViews')).toBe('');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('works out the interactions a target rate needs, from a link', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(
			context,
			`${t.path}?platform=instagram&posts=4&likes=1100&comments=90&shares=60&saves=100&followers=25000&targetRate=1.5`,
		);
		await expect.poll(() => resultValue(page, 'interactionsNeeded')).toBe('375'); // ⌈1.5% × 25,000⌉
		expect(await resultValue(page, 'interactionsGap')).toBe('37.5'); // 375 − 1,350 ÷ 4
		await page.getByLabel(t.targetRate, { exact: true }).fill('1');
		await expect.poll(() => resultValue(page, 'interactionsGap')).toBe('0');
		await expect.poll(() => new URL(page.url()).searchParams.get('targetRate')).toBe('1');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('ignores hostile views and targetRate values with a notice', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(
			context,
			`${t.path}?posts=4&likes=10&followers=100&views=%3Cb%3Ex%3C%2Fb%3E&targetRate=-3`,
		);
		await page.getByRole('alert').filter({ hasText: t.notice }).waitFor({ state: 'visible' });
		expect(await page.getByLabel(t.views, { exact: true }).inputValue()).toBe('');
		expect(await page.getByLabel(t.targetRate, { exact: true }).inputValue()).toBe('');
		expect(await page.locator('.ib-calculator b').count()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});
});

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
		// 90 comments of 1,350 interactions: a comment share, at most an upper bound on conversation.
		expect(await resultValue(page, 'conversationShare')).toMatch(/^6\.666/);
		const calculator = page.locator('.ib-calculator').first();
		expect(await calculator.locator('dt').getByText(t.commentShare, { exact: true }).count()).toBe(
			1,
		);
		expect(await calculator.getByText(t.upperBound).count()).toBe(1);
		await context.close();
	});

	test('updates every rate and the URL as you type, and a copied link restores them', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const { page, errors } = await openCalculator(context, t.path);
		await page.getByLabel(t.likes, { exact: true }).fill(t.typedLikes);
		await expect.poll(() => resultValue(page, 'interactions')).toBe('2350');
		await expect.poll(() => new URL(page.url()).searchParams.get('likes')).toBe('2100');
		expect(await resultValue(page, 'erViews')).toMatch(/^13\.0555/); // 2,350 ÷ 18,000 views × 100
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
		// On X the example's showings are impressions; the reader's own impressions stay.
		await page.locator('.ib-form select[name="platform"]').selectOption('x');
		await page.locator('.ib-form input[name="impressions"]').fill('20000');
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
		conclusion: 'satu menit untuk unggahan menjangkau 133,3 kali',
		posting: 'Orang yang dijangkau lewat unggahan',
		notPosting: 'siaran',
		people: 'orang',
		error: 'Satu minggu hanya punya 168 jam.',
		notice: 'tidak valid sehingga diabaikan',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/jangkauan/',
		hours: 'Hours a week',
		share: 'Conversation time share (%)',
		slider: 'Slide to split the time',
		conclusion: 'one minute of posting reaches 133.3 times',
		posting: 'People reached by posting',
		notPosting: 'broadcast',
		people: 'people',
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
		// The second way is named for what the reader does, posting to many, never “broadcast”.
		const calculator = page.locator('.ib-calculator').first();
		expect(await calculator.locator('dt').getByText(t.posting, { exact: true }).count()).toBe(1);
		expect((await calculator.innerText()).toLowerCase()).not.toContain(t.notPosting);
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

	test('shows people as whole numbers, keeping the exact value in data-value', async () => {
		const context = await browser().newContext();
		// 30 minutes ÷ 7 = 4.29 conversations; 30 ÷ 45 × 250 = 166.67 people; 170.95 in all.
		const { page, errors } = await openCalculator(
			context,
			`${t.path}?hours=1&conversationShare=50&minutesPerConversation=7&minutesPerPost=45&reachPerPost=250`,
		);
		await expect.poll(() => resultValue(page, 'conversations')).toMatch(/^4\.285/);
		const shown = (name: string) => page.locator(`output[name="${name}"]`).first().textContent();
		expect(await shown('conversations')).toBe(`4 ${t.people}`);
		expect(await shown('broadcastReach')).toBe(`167 ${t.people}`);
		expect(await shown('totalReach')).toBe(`171 ${t.people}`);
		expect(await shown('reachRatio')).toMatch(/^38[.,]9 : 1$/); // a ratio keeps its decimal
		expect(errors).toEqual([]);
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

const reachExtras = [
	{
		lang: 'id',
		path: 'kalkulator/jangkauan/',
		conversationConversion: 'Konversi lewat percakapan (%)',
		broadcastConversion: 'Konversi lewat unggahan (%)',
		minutesPerPost: 'Menit per unggahan',
		breakEven: '133,33% orang yang diajak bercakap harus menjadi pelanggan. Itu lebih dari 100%',
		breakEvenPossible: '66,67% orang yang diajak bercakap harus menjadi pelanggan.',
		postsAverage: 'rata-rata 1,33 per minggu: 4 unggahan setiap 3 minggu',
		half: '0,5',
		customersShown: '2 pelanggan',
		totalShown: '22 pelanggan',
		error: 'Tingkat konversi paling banyak 100%.',
		caveat: 'jangkauan bukan hubungan',
	},
	{
		lang: 'en',
		path: 'en/kalkulator/jangkauan/',
		conversationConversion: 'Conversion by conversation (%)',
		broadcastConversion: 'Conversion by posting (%)',
		minutesPerPost: 'Minutes per post',
		breakEven:
			'133.33% of the people you talk with would have to become customers. That is more than 100%',
		breakEvenPossible: '66.67% of the people you talk with would have to become customers.',
		postsAverage: 'on average 1.33 a week: 4 posts every 3 weeks',
		half: '0.5',
		customersShown: '2 customers',
		totalShown: '22 customers',
		error: 'A conversion rate can be 100% at most.',
		caveat: 'reach is not a relationship',
	},
] as const;

describe.each(reachExtras)('the reach calculator’s customers ($lang)', (t) => {
	test('turns reach into customers and says when conversation cannot match posting', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(context, t.path);
		await page.getByLabel(t.conversationConversion, { exact: true }).fill('10');
		await page.getByLabel(t.broadcastConversion, { exact: true }).fill('1');
		await expect.poll(() => resultValue(page, 'totalCustomers')).toBe('21.5'); // 1.5 + 20
		expect(await resultValue(page, 'conversationCustomers')).toBe('1.5'); // 15 × 10 %
		expect(await resultValue(page, 'broadcastCustomers')).toBe('20'); // 2,000 × 1 %
		// Customers are shown whole, a half rounded up; the exact value stays in data-value.
		const shown = (name: string) => page.locator(`output[name="${name}"]`).first().textContent();
		expect(await shown('conversationCustomers')).toBe(t.customersShown);
		expect(await shown('totalCustomers')).toBe(t.totalShown);
		expect(await resultValue(page, 'breakEvenConversion')).toMatch(/^133\.333/);
		await page.locator('.ib-calculator').getByText(t.breakEven).waitFor({ state: 'visible' });
		await page.locator('.ib-calculator').getByText(t.caveat).waitFor({ state: 'visible' });
		await expect.poll(() => new URL(page.url()).searchParams.get('broadcastConversion')).toBe('1');
		await page.getByLabel(t.broadcastConversion, { exact: true }).fill(t.half);
		await page
			.locator('.ib-calculator')
			.getByText(t.breakEvenPossible)
			.waitFor({ state: 'visible' });
		await page.getByLabel(t.broadcastConversion, { exact: true }).fill('101');
		await page.locator('.ib-calculator').getByText(t.error).waitFor({ state: 'visible' });
		expect(await resultValue(page, 'broadcastCustomers')).toBe('');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('shows a fractional number of posts as an average over weeks', async () => {
		const context = await browser().newContext();
		const { page, errors } = await openCalculator(
			context,
			`${t.path}?hours=2&conversationShare=50&minutesPerConversation=10&minutesPerPost=45&reachPerPost=400&broadcastConversion=0.5`,
		);
		await expect.poll(() => resultValue(page, 'posts')).toMatch(/^1\.333/);
		await expect
			.poll(() => page.locator('output[name="posts"]').first().textContent())
			.toBe(t.postsAverage);
		expect(errors).toEqual([]);
		await context.close();
	});
});
