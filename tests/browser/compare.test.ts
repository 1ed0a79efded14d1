/**
 * Comparing two scenarios, in all three calculators and both languages: "Compare" loads scenario B
 * only when chosen, copies A into it, shows each of B's results with its difference B − A, keeps B
 * in the link as `b.` parameters, restores it from that link, and closes without leaving B behind.
 * Hostile `b.` parameters are refused like any other.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { openCalculator, urlOf, useBrowser, wcagTags } from './support/browser.ts';

const browser = useBrowser();

const calculators = [
	// field: the B field typed, as the page's locale writes it, and its canonical link value.
	{
		name: 'follow-back',
		path: 'kalkulator/ikuti-balik/',
		field: 'followed',
		id: '1.000',
		en: '1,000',
		link: '1000',
		headline: 'followBackRate',
		hostile: 'followedBack',
		choice: 'platform',
	},
	{
		name: 'engagement',
		path: 'kalkulator/engagement/',
		field: 'likes',
		id: '2.100',
		en: '2,100',
		link: '2100',
		headline: 'erReach',
		hostile: 'comments',
		choice: 'platform',
	},
	{
		name: 'reach',
		path: 'kalkulator/jangkauan/',
		field: 'hours',
		id: '12,5',
		en: '12.5',
		link: '12.5',
		headline: 'totalReach',
		hostile: 'minutesPerPost',
		choice: undefined,
	},
] as const;

const cases = calculators.flatMap((c) =>
	(['id', 'en'] as const).map((lang) => ({
		...c,
		lang,
		page: lang === 'en' ? `en/${c.path}` : c.path,
		typed: c[lang],
		t: (lang === 'en' ? en : id).common,
	})),
);

/** Every result of one scenario: name (without `b.`) → data-value, and B's data-difference. */
async function outputs(page: Page, scenario: 'a' | 'b') {
	return page
		.locator(`section[data-scenario="${scenario}"] .ib-results output[name]`)
		.evaluateAll((list) =>
			list.map((o) => ({
				name: (o.getAttribute('name') ?? '').replace(/^b\./, ''),
				value: o.getAttribute('data-value') ?? '',
				difference: o.getAttribute('data-difference'),
			})),
		);
}

/** Checks that each of B's computed results carries B − A, and returns how many differ. */
async function expectDifferences(page: Page): Promise<number> {
	const a = new Map((await outputs(page, 'a')).map((o) => [o.name, o.value]));
	const b = await outputs(page, 'b');
	expect(b.length).toBe(a.size);
	let differing = 0;
	for (const o of b) {
		const base = a.get(o.name) ?? '';
		if (o.value === '' || base === '') {
			expect(o.difference, o.name).toBeNull();
			continue;
		}
		const exact = Number(o.value) - Number(base);
		const d = Number(o.difference);
		expect(Number.isFinite(d), `${o.name}: ${String(o.difference)}`).toBe(true);
		expect(Math.abs(d - exact), o.name).toBeLessThanOrEqual(Math.abs(exact) * 1e-9 + 1e-9);
		if (d !== 0) differing += 1;
	}
	return differing;
}

describe.each(cases)('comparing two scenarios: $name calculator ($lang)', (c) => {
	test('Compare loads B on demand, copies A, shows B − A, lives in the link and closes cleanly', async () => {
		const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
		const { page, errors } = await openCalculator(context, c.page);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => u.includes('/ScenarioB.'))).toEqual([]);
		expect(await page.locator('section[data-scenario="b"]').count()).toBe(0);

		await page.getByRole('button', { name: c.t.compare.start, exact: true }).click();
		const b = page.locator('section[data-scenario="b"]');
		await b.locator(`output[name="b.${c.headline}"]`).waitFor();
		expect(requests.filter((u) => u.includes('/ScenarioB.'))).toHaveLength(1);
		// The reader lands on B's heading; both scenarios are labelled.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent))
			.toBe(c.t.compare.scenarioB);
		expect(
			await page.locator('section[data-scenario="a"] .ib-scenario-heading').textContent(),
		).toBe(c.t.compare.scenarioA);
		// A copy: every result equal, every difference zero and said so.
		expect(await expectDifferences(page)).toBe(0);
		expect(await b.locator('.ib-difference').first().textContent()).toBe(c.t.compare.same);

		// Editing B in the page's number format changes B only, and each result says B − A.
		const aBefore = await outputs(page, 'a');
		await b.locator(`input[name="b.${c.field}"]`).fill(c.typed);
		await expect.poll(() => expectDifferences(page)).toBeGreaterThan(0);
		expect(await outputs(page, 'a')).toEqual(aBefore);
		const said = await b.locator('.ib-difference').allTextContents();
		const phrase = c.t.compare.difference.replace('{difference}', '').trim();
		expect(said.some((text) => /^[+−]/.test(text) && text.includes(phrase))).toBe(true);

		// The link holds both scenarios; opened again, it restores the comparison.
		await expect.poll(() => new URL(page.url()).searchParams.get(`b.${c.field}`)).toBe(c.link);
		const link = page.url();
		const bBefore = await outputs(page, 'b');
		const { page: again, errors: againErrors } = await openCalculator(
			context,
			link.replace(urlOf(''), ''),
		);
		const restored = again.locator('section[data-scenario="b"]');
		await restored.locator(`output[name="b.${c.headline}"]`).waitFor();
		expect(await restored.locator(`input[name="b.${c.field}"]`).inputValue()).toBe(c.typed);
		expect(await outputs(again, 'b')).toEqual(bBefore);
		expect(await expectDifferences(again)).toBeGreaterThan(0);

		// Side by side or stacked, the comparison passes axe.
		const axe = await new AxeBuilder({ page: again })
			.include('.ib-comparison')
			.withTags(wcagTags)
			.analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
		).toEqual([]);

		// Closing removes B from the page and the link and returns to the Compare button.
		await again.getByRole('button', { name: c.t.compare.stop, exact: true }).click();
		await expect.poll(() => again.locator('output[name^="b."]').count()).toBe(0);
		expect([...new URL(again.url()).searchParams.keys()].filter((k) => k.startsWith('b.'))).toEqual(
			[],
		);
		await expect
			.poll(() => again.evaluate(() => document.activeElement?.textContent))
			.toBe(c.t.compare.start);

		expect(errors).toEqual([]);
		expect(againErrors).toEqual([]);
		await context.close();
	});

	test('a link with hostile b. parameters opens B with a notice, computes nothing invalid and injects nothing', async () => {
		const context = await browser().newContext();
		const hostile = new URLSearchParams({
			[`b.${c.field}`]: '<img src=x onerror="document.title=1">',
			[`b.${c.hostile}`]: '1e400',
			...(c.choice ? { [`b.${c.choice}`]: 'javascript:alert(1)' } : {}),
			'b.__proto__': '1',
		});
		const { page, errors } = await openCalculator(context, `${c.page}?${hostile.toString()}`);
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const b = page.locator('section[data-scenario="b"]');
		await b.locator(`output[name="b.${c.headline}"]`).waitFor();
		const notice = await b.locator('[role="alert"], [role="status"]').allTextContents();
		const rejectedNotice = c.t.rejectedNotice.split('{names}')[0] ?? '';
		expect(notice.join(' ')).toContain(rejectedNotice.trim());
		expect(await b.locator(`input[name="b.${c.field}"]`).inputValue()).toBe('');
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		for (const o of await outputs(page, 'b')) expect(o.value).not.toMatch(/NaN|Infinity/);
		expect(await page.title()).not.toBe('1');
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
