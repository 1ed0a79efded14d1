/**
 * The first two minutes (issue 21): on a phone and on a laptop, in both languages, a calculator
 * page opens with its first field and its headline result on the first screen; the pinned results
 * bar stays within the calculator's column and its link can be clicked; in a comparison, B's bar
 * says B − A; the engagement example fits its platform and gives way to the reader's own numbers;
 * the results beyond the first few fold away in a native disclosure that prints open; no chart
 * text is under 12 px or overlaps another; a wide table shows that it scrolls.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { urlOf, useBrowser, watchedPage } from './support/browser.ts';

const browser = useBrowser();

const viewports = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
] as const;

const calculators = [
	{ path: 'kalkulator/ikuti-balik/', headline: 'followBackRate' },
	{ path: 'kalkulator/engagement/', headline: 'erFollowers' },
	{ path: 'kalkulator/jangkauan/', headline: 'conversations' },
] as const;
const bothLanguages = <T extends { path: string }>(list: readonly T[]) =>
	list.flatMap((c) => [c, { ...c, path: `en/${c.path}` }]);

interface Box {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

/** Opens `path` at the top, without scrolling, and waits for the first island to hydrate. */
async function openAtTop(viewport: { width: number; height: number }, path: string) {
	const context = await browser().newContext({ viewport });
	const watched = await watchedPage(context);
	await watched.page.goto(urlOf(path));
	await watched.page.waitForSelector('astro-island:not([ssr])', { timeout: 10_000 });
	return { context, ...watched };
}

/**
 * Where the first field is, and where the headline result shows and whether it is the element
 * seen at its centre (not covered by anything): in the pinned bar or in the results themselves.
 */
function firstScreen(page: Page, headline: string) {
	return page.evaluate((name) => {
		const box = (el: Element | null): Box | null => {
			if (!el || el.closest('[hidden]')) return null;
			const r = el.getBoundingClientRect();
			return r.height > 0 ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
		};
		const seenAtCentre = (el: Element | null, b: Box | null) => {
			if (!el || !b) return false;
			const hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
			return hit !== null && (el === hit || el.contains(hit));
		};
		const field = document.querySelector('.ib-form input, .ib-form select');
		const pinned = document.querySelector(`.ib-summary [data-name="${name}"] dd`);
		const output = document.querySelector(`.ib-results output[name="${name}"]`);
		const title = document.querySelector('h1');
		return {
			height: window.innerHeight,
			title: box(title),
			field: box(field),
			pinned: box(pinned),
			pinnedSeen: seenAtCentre(pinned, box(pinned)),
			output: box(output),
			outputSeen: seenAtCentre(output, box(output)),
		};
	}, headline);
}

const within = (b: Box | null, height: number) => b !== null && b.top >= 0 && b.bottom <= height;

/** Whether the pinned bar keeps to its calculator, is on screen, whole, and its link is what a click hits. */
function barSeen(page: Page) {
	return page.evaluate(() => {
		const bar = document.querySelector('.ib-summary');
		const link = bar?.querySelector('a');
		const section = bar?.closest('.ib-calculator');
		if (!bar || !link || !section) return null;
		const l = link.getBoundingClientRect();
		const b = bar.getBoundingClientRect();
		const s = section.getBoundingClientRect();
		const hit = document.elementFromPoint(l.left + l.width / 2, l.top + l.height / 2);
		// Every part of the bar is whole: nothing cut by the bar's own box.
		const cut = [...bar.querySelectorAll('dd, dt, a')].filter((el) => {
			const r = el.getBoundingClientRect();
			return (
				r.left < b.left - 0.5 || r.right > b.right + 0.5 || el.scrollWidth > el.clientWidth + 1
			);
		}).length;
		return {
			linkHit: hit === link || link.contains(hit),
			inColumn: b.left >= s.left - 0.5 && b.right <= s.right + 0.5,
			onScreen: b.top >= 0 && b.bottom <= window.innerHeight + 0.5,
			cut,
		};
	});
}

describe.each(viewports)('at $width × $height', (viewport) => {
	test.each(bothLanguages(calculators))(
		'/$path opens with its first field and headline result on the first screen',
		async ({ path, headline }) => {
			const { context, page, errors } = await openAtTop(viewport, path);
			await expect.poll(() => page.locator('.ib-summary').isVisible()).toBe(true);
			const seen = await firstScreen(page, headline);
			expect(within(seen.field, seen.height), `first field ${JSON.stringify(seen.field)}`).toBe(
				true,
			);
			// Below the title: the title is not pushed off by the calculator.
			expect(seen.title && seen.field && seen.title.bottom < seen.field.top).toBe(true);
			const headlineSeen =
				(within(seen.pinned, seen.height) && seen.pinnedSeen) ||
				(within(seen.output, seen.height) && seen.outputSeen);
			expect(headlineSeen, `headline ${headline}: ${JSON.stringify(seen)}`).toBe(true);
			expect(errors).toEqual([]);
			await context.close();
		},
	);

	test.each(['kalkulator/data-anda/', 'en/kalkulator/data-anda/'])(
		'/%s opens with its file control on the first screen',
		async (path) => {
			const { context, page } = await openAtTop(viewport, path);
			const control = await page
				.locator('input[type="file"]')
				.first()
				.evaluate((el: HTMLInputElement) => {
					// The control may be visually replaced by its label; either is the reader's target.
					const target: HTMLElement = el.labels?.[0] ?? el;
					const r = (el.getBoundingClientRect().height > 0 ? el : target).getBoundingClientRect();
					return { top: r.top, bottom: r.bottom, height: window.innerHeight };
				});
			expect(control.top).toBeGreaterThanOrEqual(0);
			expect(control.bottom).toBeLessThanOrEqual(control.height);
			await context.close();
		},
	);

	test.each(bothLanguages(calculators))(
		'/$path: the pinned bar keeps to the calculator and its link can be clicked',
		async ({ path }) => {
			const { context, page } = await openAtTop(viewport, path);
			await page.locator('.ib-form input').first().focus();
			await expect.poll(() => page.locator('.ib-summary').isVisible()).toBe(true);
			const seen = await barSeen(page);
			expect(seen).toEqual({ linkHit: true, inColumn: true, onScreen: true, cut: 0 });
			// The link takes the reader to the results.
			await page.locator('.ib-summary a').click();
			await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/-results$/);
			await context.close();
		},
	);
});

describe('the first-screen checks catch a broken layout', () => {
	test('prose before the calculator pushes the first field off the first screen', async () => {
		const { context, page } = await openAtTop(
			{ width: 390, height: 844 },
			'kalkulator/ikuti-balik/',
		);
		await page.evaluate(() => {
			const prose = document.createElement('div');
			prose.style.height = '900px';
			document.querySelector('h1')?.closest('.content-panel')?.after(prose);
		});
		const seen = await firstScreen(page, 'followBackRate');
		expect(within(seen.field, seen.height)).toBe(false);
		await context.close();
	});

	test('a bar fixed across the whole window on a laptop runs under the sidebars', async () => {
		const { context, page } = await openAtTop(
			{ width: 1280, height: 800 },
			'kalkulator/ikuti-balik/',
		);
		await page.locator('.ib-form input').first().focus();
		await expect.poll(() => page.locator('.ib-summary').isVisible()).toBe(true);
		// The bar as it was before issue 21: fixed to the window's full width, under Starlight's
		// sidebars and table of contents.
		await page.locator('.ib-summary').evaluate((bar: HTMLElement) => {
			Object.assign(bar.style, { position: 'fixed', insetInline: '0', margin: '0', zIndex: '1' });
		});
		const seen = await barSeen(page);
		expect(seen?.inColumn).toBe(false);
		expect(seen?.linkHit).toBe(false);
		await context.close();
	});
});

describe('the pinned bar in a comparison', () => {
	test.each(['', 'en/'])('/%skalkulator/ikuti-balik/ shows B’s difference from A', async (lang) => {
		const strings = lang ? en : id;
		const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(
			urlOf(
				`${lang}kalkulator/ikuti-balik/?platform=x&followed=200&followedBack=30&target=500&perDay=50&b.platform=x&b.followed=100&b.followedBack=25&b.target=500&b.perDay=50`,
			),
		);
		const bBar = page.locator('[data-scenario="b"] .ib-summary');
		await page.locator('[data-scenario="b"] .ib-form input').first().focus();
		await expect.poll(() => bBar.isVisible()).toBe(true);
		// 25 of 100 against 30 of 200: +10 percentage points; 2,000 accounts against 3,334.
		const rate = bBar.locator('[data-name="b.followBackRate"] dd small');
		const follows = bBar.locator('[data-name="b.followsNeeded"] dd small');
		await expect.poll(() => rate.textContent()).toContain(lang ? '10' : '10');
		await expect.poll(() => follows.textContent()).toContain(lang ? '1,334' : '1.334');
		// A's own bar shows no difference.
		await expect(page.locator('[data-scenario="a"] .ib-summary small').count()).resolves.toBe(0);
		expect(strings.common.compare.scenarioB.length).toBeGreaterThan(0);
		await context.close();
	});
});

describe('the engagement example fits its platform', () => {
	const cases = [
		{ lang: '', typed: '48.300', views: '18.000', noun: /tayangan|impresi/i },
		{ lang: 'en/', typed: '48,300', views: '18,000', noun: /views|impressions/i },
	] as const;

	test.each(cases)(
		'/$lang engagement: opens on Instagram without impressions; a larger reach blames no untouched field',
		async ({ lang, typed, views }) => {
			const { context, page, errors } = await openAtTop(
				{ width: 390, height: 844 },
				`${lang}kalkulator/engagement/`,
			);
			const field = (name: string) => page.locator(`.ib-form [name="${name}"]`).first();
			await expect(field('platform').inputValue()).resolves.toBe('instagram');
			await expect(field('impressions').inputValue()).resolves.toBe('');
			await expect(field('views').inputValue()).resolves.toBe(views);
			// The bar's third headline is per view on Instagram, and it has a value.
			await expect(page.locator('.ib-summary [data-name="erViews"]').count()).resolves.toBe(1);

			await field('reach').fill(typed);
			await page.waitForTimeout(100);
			const messages = await page
				.locator('.ib-error')
				.evaluateAll((els) => els.map((e) => e.textContent.trim()).filter(Boolean));
			expect(messages).toEqual([]);
			// The example's views gave way to the reader's reach; the reach is kept as typed.
			await expect(field('views').inputValue()).resolves.toBe('');
			await expect(field('reach').inputValue()).resolves.toBe(typed);

			// The reader's own views, smaller than their reach, are theirs: now the error shows, on reach.
			await field('views').fill('1000');
			const reachError = page.locator(`#${await uidOf(page)}-reach-error`);
			await expect.poll(() => reachError.textContent()).not.toBe('');
			await expect(field('views').inputValue()).resolves.toBe('1000');
			expect(errors).toEqual([]);
			await context.close();
		},
	);

	test('changing the platform moves the example’s showings to the metric it reports', async () => {
		const { context, page } = await openAtTop(
			{ width: 390, height: 844 },
			'kalkulator/engagement/',
		);
		const field = (name: string) => page.locator(`.ib-form [name="${name}"]`).first();
		await field('platform').selectOption('x');
		await expect.poll(() => field('impressions').inputValue()).toBe('18.000');
		await expect(field('views').inputValue()).resolves.toBe('');
		await expect(page.locator('.ib-summary [data-name="erImpressions"]').count()).resolves.toBe(1);
		// A number the reader typed stays where it is.
		await field('views').fill('20.000');
		await field('platform').selectOption('tiktok');
		await expect.poll(() => field('impressions').inputValue()).toBe('');
		await expect(field('views').inputValue()).resolves.toBe('20.000');
		await context.close();
	});
});

/** The calculator's element-ID prefix. */
function uidOf(page: Page): Promise<string> {
	return page
		.locator('.ib-calculator')
		.first()
		.getAttribute('id')
		.then((v) => v ?? '');
}

describe('more results', () => {
	test.each(bothLanguages(calculators))(
		'/$path folds the rest of its results into a closed native disclosure that prints open',
		async ({ path }) => {
			const { context, page } = await openAtTop({ width: 390, height: 844 }, path);
			const more = page.locator('.ib-results details.ib-more');
			await expect(more.count()).resolves.toBe(1);
			await expect(more.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
			const summary = path.startsWith('en/') ? en.common.moreResults : id.common.moreResults;
			await expect(more.locator('summary').textContent()).resolves.toBe(summary);
			// First: three to five results; the rest inside, hidden until opened.
			const first = await page.locator('.ib-results > dl > .ib-result').count();
			expect(first).toBeGreaterThanOrEqual(3);
			expect(first).toBeLessThanOrEqual(5);
			const inner = more.locator('.ib-result output').first();
			await expect(inner.isVisible()).resolves.toBe(false);
			await page.emulateMedia({ media: 'print' });
			await expect(inner.isVisible()).resolves.toBe(true);
			await page.emulateMedia({ media: 'screen' });
			await expect(inner.isVisible()).resolves.toBe(false);
			await more.locator('summary').click();
			await expect(inner.isVisible()).resolves.toBe(true);
			await context.close();
		},
	);
});

/** Every chart text box on the page: its rendered font size and its box; overlapping pairs. */
function chartText(page: Page) {
	return page.evaluate(() => {
		const texts = [...document.querySelectorAll('.ib-chart svg text')];
		const boxes = texts.map((t) => {
			const svg = t.closest('svg');
			const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
			const r = t.getBoundingClientRect();
			return {
				text: t.textContent,
				size: parseFloat(getComputedStyle(t).fontSize) * scale,
				box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
			};
		});
		const overlaps: string[] = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i]?.box;
				const b = boxes[j]?.box;
				if (a && b && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
					overlaps.push(`${boxes[i]?.text ?? ''} × ${boxes[j]?.text ?? ''}`);
			}
		}
		// Lines and shapes the text may cross (the limit line, the plan's lines).
		const crossed: string[] = [];
		for (const shape of document.querySelectorAll(
			'.ib-chart polyline, .ib-chart-limit line:first-child',
		)) {
			const s = shape.getBoundingClientRect();
			const svg = shape.closest('svg');
			for (const [k, t] of boxes.entries()) {
				const el = texts[k];
				if (el?.closest('svg') !== svg) continue;
				const b = t.box;
				// A text box crossing the shape's box: for the horizontal limit line, a crossing proper.
				if (shape instanceof SVGLineElement) {
					if (b.top < s.bottom && b.bottom > s.top && b.left < s.right && b.right > s.left)
						crossed.push(`${t.text} × limit`);
				} else if (shape instanceof SVGPolylineElement) {
					const pts = [...shape.points].map((p) => {
						const m = shape.getScreenCTM();
						return m ? new DOMPoint(p.x, p.y).matrixTransform(m) : p;
					});
					if (pts.some((p) => p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom))
						crossed.push(`${t.text} × line`);
				}
			}
		}
		return { count: boxes.length, small: boxes.filter((b) => b.size < 12), overlaps, crossed };
	});
}

describe('chart text at 390 px', () => {
	const charts = [
		'kalkulator/ikuti-balik/',
		// The limit crossed early, with a range: the case where "Batas 7.500" used to cross the line.
		'kalkulator/ikuti-balik/?platform=instagram&followed=100&followedBack=12&followers=3000&following=6500&target=200&perDay=100&minutesEach=1',
		'kalkulator/engagement/',
		'kalkulator/jangkauan/',
	];
	test.each(charts.flatMap((c) => [c, `en/${c}`]))(
		'/%s: every chart text is 12 px or more, and none overlaps another or crosses a line',
		async (path) => {
			const { context, page } = await openAtTop({ width: 390, height: 844 }, path);
			await page.locator('.ib-chart svg').first().scrollIntoViewIfNeeded();
			const seen = await chartText(page);
			expect(seen.count).toBeGreaterThan(1);
			expect(seen.small).toEqual([]);
			expect(seen.overlaps).toEqual([]);
			expect(seen.crossed).toEqual([]);
			await context.close();
		},
	);

	test('the follow-back chart says which day each end is', async () => {
		const { context, page } = await openAtTop(
			{ width: 390, height: 844 },
			'kalkulator/ikuti-balik/',
		);
		const texts = await page.locator('.ib-chart svg text').allTextContents();
		expect(texts).toContain('Hari 0: 2.000');
		expect(texts).toContain('Hari 67: 5.334');
		await context.close();
	});

	test('the checks catch small and overlapping text (a broken chart)', async () => {
		const { context, page } = await openAtTop(
			{ width: 390, height: 844 },
			'kalkulator/ikuti-balik/',
		);
		await page.evaluate(() => {
			const svg = document.querySelector('.ib-chart svg');
			const first = svg?.querySelector('text');
			if (!svg || !first) return;
			const copy = first.cloneNode(true) as SVGTextElement;
			copy.style.fontSize = '8px';
			svg.append(copy);
			// A label on the plan's line, as "Batas 7.500" once was.
			const line = svg.querySelector<SVGPolylineElement>('polyline:last-of-type');
			const p = line?.points.getItem(Math.floor((line.points.numberOfItems - 1) / 2));
			const label = first.cloneNode(true) as SVGTextElement;
			label.setAttribute('x', String((p?.x ?? 0) - 20));
			label.setAttribute('y', String((p?.y ?? 0) + 4));
			svg.append(label);
		});
		const seen = await chartText(page);
		expect(seen.small.length).toBeGreaterThan(0);
		expect(seen.overlaps.length).toBeGreaterThan(0);
		expect(seen.crossed.length).toBeGreaterThan(0);
		await context.close();
	});
});

describe('wide tables on a phone', () => {
	test.each([
		'panduan/platform/',
		'en/panduan/platform/',
		'kalkulator/ikuti-balik/',
		'en/kalkulator/ikuti-balik/',
	])(
		'/%s: a table wider than the screen shows at each edge whether more is there',
		async (path) => {
			const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			await page.goto(urlOf(path));
			// On the calculator page, the platform-limits table; on the guide, its first wide table.
			const tables = page.locator(
				path.includes('kalkulator')
					? ':is(#batas-dan-sumber, :has(> #batas-dan-sumber)) ~ table'
					: '.sl-markdown-content table',
			);
			const wide = await tables.evaluateAll((ts) =>
				ts.findIndex((t) => t.scrollWidth > t.clientWidth + 1),
			);
			expect(wide, `${path}: no table wider than the screen`).toBeGreaterThanOrEqual(0);
			const table = tables.nth(wide);
			await table.scrollIntoViewIfNeeded();
			/** A strip 6 px wide at one edge of the table, as painted. */
			const edge = async (side: 'left' | 'right') => {
				const box = await table.boundingBox();
				if (!box) throw new Error('no box');
				const x = side === 'left' ? box.x : box.x + box.width - 6;
				// The part of the table on screen, below the sticky header.
				const top = Math.max(box.y, 120);
				const bottom = Math.min(box.y + box.height, 843);
				return page.screenshot({ clip: { x, y: top, width: 6, height: bottom - top } });
			};
			/** Whether the edge looks different with the table's hint painted than without it. */
			const hinted = async (side: 'left' | 'right') => {
				const painted = await edge(side);
				await table.evaluate((t) => {
					t.style.background = 'none';
				});
				const bare = await edge(side);
				await table.evaluate((t) => {
					t.style.background = '';
				});
				return !painted.equals(bare);
			};
			// At the start: a shadow at the right edge (more to see), none at the left.
			await expect(hinted('right')).resolves.toBe(true);
			await expect(hinted('left')).resolves.toBe(false);
			// Scrolled to the end: the other way round.
			await table.evaluate((t) => {
				t.scrollLeft = t.scrollWidth;
			});
			await expect(hinted('left')).resolves.toBe(true);
			await expect(hinted('right')).resolves.toBe(false);
			// Keyboard access as before: the table is still its own scrolling box.
			await expect(table.evaluate((t) => getComputedStyle(t).overflowX)).resolves.toBe('auto');
			await context.close();
		},
	);
});

describe('an error is never under the pinned bar', () => {
	test.each(bothLanguages(calculators))(
		'/$path: each field’s error, as the reader types it, shows above the bar',
		async ({ path }) => {
			const { context, page } = await openAtTop({ width: 390, height: 844 }, path);
			const inputs = page.locator('.ib-calculator[data-scenario="a"] .ib-form input[type="text"]');
			const count = await inputs.count();
			expect(count).toBeGreaterThan(3);
			const covered: string[] = [];
			for (let i = 0; i < count; i++) {
				const input = inputs.nth(i);
				const before = await input.inputValue();
				await input.focus();
				await input.fill('abc');
				await page.waitForTimeout(150);
				const seen = await input.evaluate((el: HTMLInputElement) => {
					const error = document.getElementById(`${el.id}-error`);
					const bar = document.querySelector('.ib-summary');
					if (!error || !bar) return null;
					const e = error.getBoundingClientRect();
					const b = bar.getBoundingClientRect();
					const barShown = getComputedStyle(bar).display !== 'none' && b.height > 0;
					return {
						name: el.name,
						text: error.textContent,
						onScreen: e.top >= 0 && e.bottom <= window.innerHeight,
						underBar: barShown && e.bottom > b.top && e.top < b.bottom,
					};
				});
				if (!seen?.text || !seen.onScreen || seen.underBar) covered.push(JSON.stringify(seen));
				await input.fill(before);
			}
			expect(covered).toEqual([]);
			await context.close();
		},
	);

	test('the check sees an error under a bar that stays in place (the bar before issue 21)', async () => {
		const { context, page } = await openAtTop(
			{ width: 390, height: 844 },
			'kalkulator/ikuti-balik/',
		);
		const input = page.locator('.ib-form input[name="followedBack"]');
		await input.focus();
		await expect.poll(() => page.locator('.ib-summary').isVisible()).toBe(true);
		await input.fill('abc');
		// Scroll the field's error to just where the bar sits.
		const overlap = await input.evaluate((el: HTMLInputElement) => {
			const error = document.getElementById(`${el.id}-error`);
			const bar = document.querySelector('.ib-summary');
			if (!error || !(bar instanceof HTMLElement)) return null;
			bar.style.display = 'flex'; // kept in place despite the error
			window.scrollBy(0, error.getBoundingClientRect().top - bar.getBoundingClientRect().top - 2);
			const e = error.getBoundingClientRect();
			const b = bar.getBoundingClientRect();
			return e.bottom > b.top && e.top < b.bottom;
		});
		expect(overlap).toBe(true);
		await context.close();
	});
});

describe('wording', () => {
	test.each([
		{ lang: '', formula: '⌈3,5 ÷ 100 × 2.000⌉ = 70' },
		{ lang: 'en/', formula: '⌈3.5 ÷ 100 × 2,000⌉ = 70' },
	])(
		'/$lang engagement: a target rate divided by 100 is written without its % sign',
		async ({ lang, formula }) => {
			const { context, page } = await openAtTop(
				{ width: 390, height: 844 },
				`${lang}kalkulator/engagement/?platform=x&posts=4&likes=100&followers=2000&targetRate=3.5`,
			);
			const result = page.locator('.ib-result:has(output[name="interactionsNeeded"]) .ib-formula');
			await expect.poll(() => result.textContent()).toBe(formula);
			await expect(page.locator('.ib-formula').allTextContents()).resolves.not.toContainEqual(
				expect.stringMatching(/%\s*÷\s*100/),
			);
			await context.close();
		},
	);
});
