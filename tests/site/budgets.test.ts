import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { headingLinkScript } from '../../config/heading-links.ts';
import { offlineLoaderScript } from '../../config/offline.ts';
import { weighBareStarlight } from '../support/bare-starlight.ts';
import { weighPage, type PageWeight } from '../support/page-weight.ts';
import { distDir, root } from '../support/paths.ts';
import { listHtmlFiles } from './lib/dist.ts';

/** Budgets, in gzip bytes. */
const KB = 1024;
const calculatorJs = 18 * KB; // our JavaScript on a calculator page, Preact included
const comparisonJs = 8 * KB; // the comparison of two scenarios, loaded when a reader compares
const addedCss = 5 * KB; // CSS we add on top of Starlight's, on any page
// The scripts of ours on reading pages: the few lines that copy a heading's link (trainers' issue)
// and the offline loader, which only adds the status script once the page is idle.
const headingLinkJs = 1 * KB;
const trainersIndexJs = 3 * KB; // the link index's filter and copy buttons
// The “Your data” page's worker (export readers, ZIP inflate, CSV), fetched only when a file is chosen.
const dataWorkerJs = 12 * KB;

const calculatorPage =
	/^(en\/)?(kalkulator\/|panduan\/(platform|risiko|strategi)\/|pemasaran\/bukan-percakapan\/)/;
const trainersIndex = /^(en\/)?pelatihan\/index\.html$/;
// Astro inlines small component scripts; ours all work on elements with an `ib-` class. The offline
// loader (config/offline.ts) is ours too: it adds the status script once the page is idle.
const ownInline = (code: string) =>
	code === headingLinkScript || code === offlineLoaderScript('/') || code.includes('.ib-');
/** Our components' bundled scripts are named after them by Astro. */
const ownScript = (fileName: string) => /^(LinkIndex|\w+Island)\b/.test(fileName);

let bare: PageWeight;
const pages = listHtmlFiles(distDir)
	.filter((file) => !file.startsWith('_'))
	.map((file) => ({ file, weight: weighPage(distDir, file, { ownInline, ownScript }) }));
const reading = pages.filter((p) => !calculatorPage.test(p.file) && !trainersIndex.test(p.file));

beforeAll(() => {
	bare = weighBareStarlight();
}, 120_000);

describe('page weight budgets (gzip bytes, from the built files)', () => {
	test('the bare Starlight page to measure against was built', () => {
		expect(bare.css).toBeGreaterThan(5 * KB);
		expect(bare.js).toBeGreaterThan(0);
		expect(reading.length).toBeGreaterThan(15);
	});

	test.each(reading)(
		'$file ships no JavaScript of ours beyond the heading-link script',
		({ weight }) => {
			expect(weight.ourJs).toBeLessThanOrEqual(headingLinkJs);
			expect(weight.js - bare.js).toBeLessThanOrEqual(headingLinkJs);
		},
	);

	test.each(pages.filter((p) => trainersIndex.test(p.file)))(
		'$file ships at most 3 KB of our JavaScript for its filter and copy buttons',
		({ weight }) => {
			expect(weight.ourJs).toBeGreaterThan(headingLinkJs / 2);
			expect(weight.ourJs).toBeLessThanOrEqual(trainersIndexJs + headingLinkJs);
			expect(weight.js - bare.js).toBeLessThanOrEqual(trainersIndexJs + headingLinkJs);
		},
	);

	test.each(pages.filter((p) => calculatorPage.test(p.file)))(
		'$file ships at most 18 KB of our JavaScript, Preact included',
		({ weight }) => {
			expect(weight.ourJs).toBeGreaterThan(3 * KB); // the island really is counted
			expect(weight.ourJs).toBeLessThanOrEqual(calculatorJs + headingLinkJs);
			expect(weight.js - bare.js).toBeLessThanOrEqual(calculatorJs + headingLinkJs);
		},
	);

	// Every page with a follow-back, engagement or reach calculator offers the comparison.
	const comparing = pages.filter((p) =>
		/component-url="[^"]*\/(Reciprocity|Engagement|Reach)Island\./.test(
			readFileSync(join(distDir, p.file), 'utf8'),
		),
	);
	test('the comparison is offered on every calculator page', () => {
		expect(comparing.length).toBeGreaterThanOrEqual(6);
	});
	test.each(comparing)(
		'$file loads the comparison (at most 8 KB more) only when the reader compares',
		({ weight }) => {
			const comparison = weight.onDemand.filter((d) => d.file.startsWith('ScenarioB.'));
			expect(comparison).toHaveLength(1);
			expect(comparison[0]?.js).toBeGreaterThan(100);
			expect(comparison[0]?.js).toBeLessThanOrEqual(comparisonJs);
		},
	);

	test.each(pages)('$file adds at most 5 KB of CSS to the bare Starlight page', ({ weight }) => {
		expect(weight.css - bare.css).toBeLessThanOrEqual(addedCss);
	});
});

describe('the “Your data” page (kalkulator/data-anda)', () => {
	const astroDir = join(distDir, '_astro');
	const workers = readdirSync(astroDir).filter((f) => /^data-import-[\w-]+\.js$/.test(f));
	const dataPage = /^(en\/)?kalkulator\/data-anda\/index\.html$/;

	test('its worker is one same-origin file within 12 KB', () => {
		expect(workers).toHaveLength(1);
		const size = gzipSync(readFileSync(join(astroDir, workers[0] ?? '')), { level: 9 }).length;
		expect(size).toBeGreaterThan(2 * KB); // really the readers and the inflater
		expect(size).toBeLessThanOrEqual(dataWorkerJs);
	});

	test('its island and worker load on that page only', () => {
		const island = readdirSync(astroDir).filter((f) => f.startsWith('DataIsland'));
		expect(island).toHaveLength(1);
		const withIsland = pages.filter(({ file }) =>
			readFileSync(join(distDir, file), 'utf8').includes(island[0] ?? '-'),
		);
		expect(withIsland.map((p) => p.file).sort()).toEqual([
			'en/kalkulator/data-anda/index.html',
			'kalkulator/data-anda/index.html',
		]);
		expect(withIsland.every((p) => dataPage.test(p.file))).toBe(true);
		// The worker is referenced by the island's code alone.
		const referencing = readdirSync(astroDir).filter(
			(f) =>
				f.endsWith('.js') && readFileSync(join(astroDir, f), 'utf8').includes(workers[0] ?? '-'),
		);
		expect(referencing).toEqual(island);
	});
});

describe('the weighing, on a deliberately heavy page', () => {
	test('counts an island’s code and its imports as ours, and catches a page over budget', () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		const dir = mkdtempSync(join(root, '.tmp', 'heavy-'));
		try {
			mkdirSync(join(dir, '_astro'));
			// Random text barely compresses: 40 KB of it stays far above any budget after gzip.
			const noise = randomBytes(30_000).toString('base64');
			writeFileSync(join(dir, '_astro', 'dep.js'), `export const n = "${noise}";`);
			writeFileSync(
				join(dir, '_astro', 'Island.js'),
				`import { n } from "./dep.js"; export default n; const later = () => import(\`./Later.js\`);`,
			);
			// Loaded on demand: its own heavy import counts, the island's shared one does not.
			writeFileSync(join(dir, '_astro', 'Later.js'), `import "./dep.js"; import "./more.js";`);
			const more = randomBytes(12_000).toString('base64'); // about 12 KB after gzip
			writeFileSync(join(dir, '_astro', 'more.js'), `export const m = "${more}";`);
			writeFileSync(
				join(dir, 'index.html'),
				'<!doctype html><html><head><link rel="stylesheet" href="/missing.css"></head><body>' +
					'<astro-island component-url="/_astro/Island.js"></astro-island></body></html>',
			);
			const weight = weighPage(dir, 'index.html', { ownInline, ownScript });
			expect(weight.ourJs).toBeGreaterThan(calculatorJs);
			expect(weight.js).toBe(weight.ourJs);
			expect(weight.requests).toBe(4); // the page, the stylesheet, the island and its import
			expect(weight.onDemand).toHaveLength(1);
			expect(weight.onDemand[0]?.file).toBe('Later.js');
			expect(weight.onDemand[0]?.js).toBeGreaterThan(comparisonJs);
			expect(weight.onDemand[0]?.js).toBeLessThan(weight.ourJs);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
