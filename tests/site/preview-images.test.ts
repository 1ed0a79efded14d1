import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../config/site.ts';
import { groupOf } from '../../src/lib/offline/precache.ts';
import { distDir, root } from '../support/paths.ts';
import { readPages } from './lib/dist.ts';
import { readWorkerConfig } from './lib/offline.ts';
import { findPreviewProblems, findScenariosWithoutPage } from './lib/preview-images.ts';

const pages = readPages(distDir);

describe('link-preview images', () => {
	test('every page has its own 1200 × 630 PNG of at most 100 KB, described in its language', () => {
		const withHead = pages.filter((p) => !p.document.querySelector('meta[http-equiv="refresh"]'));
		expect(withHead.length).toBeGreaterThan(40);
		expect(findPreviewProblems(distDir, pages, siteUrl())).toEqual([]);
	});

	test('the offline precache lists no preview image', () => {
		const config = readWorkerConfig(distDir);
		const paths = Object.values(config.groups)
			.flat()
			.map((e) => e.path);
		expect(paths.length).toBeGreaterThan(50);
		expect(paths.filter((p) => p.startsWith('og/'))).toEqual([]);
		// The rule that keeps them out, against a preview image and a file that is precached.
		expect(groupOf('og/en/panduan/risiko.png')).toBeUndefined();
		expect(groupOf('icons/icon-192.png')).toBe('shared');
	});

	test('the check reports each broken case (a broken copy of two pages)', () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		const dir = mkdtempSync(join(root, '.tmp', 'previews-'));
		try {
			const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
			const site = siteUrl();
			// Indonesian risk page: its image is the home page's and its alt is in English.
			mkdirSync(join(dir, 'panduan/risiko'), { recursive: true });
			writeFileSync(
				join(dir, 'panduan/risiko/index.html'),
				read('panduan/risiko/index.html')
					.replaceAll(`${site}/og/panduan/risiko.png`, `${site}/og/index.png`)
					.replace(
						/(property="og:image:alt" content=")Kartu pratinjau bertuliskan/,
						'$1Preview card reading',
					),
			);
			// English risk page and Indonesian strategy page: images with the same bytes (one page's
			// image copied for another); the English strategy page's image is missing.
			for (const file of ['en/panduan/risiko', 'panduan/strategi', 'en/panduan/strategi']) {
				mkdirSync(join(dir, file), { recursive: true });
				writeFileSync(join(dir, file, 'index.html'), read(`${file}/index.html`));
			}
			mkdirSync(join(dir, 'og/en/panduan'), { recursive: true });
			mkdirSync(join(dir, 'og/panduan'), { recursive: true });
			copyFileSync(join(distDir, 'og/panduan/risiko.png'), join(dir, 'og/en/panduan/risiko.png'));
			copyFileSync(join(distDir, 'og/panduan/risiko.png'), join(dir, 'og/panduan/strategi.png'));
			// Home: an image of the wrong size (the app icon), card type summary.
			writeFileSync(
				join(dir, 'index.html'),
				read('index.html').replace('content="summary_large_image"', 'content="summary"'),
			);
			copyFileSync(join(distDir, 'icons/icon-192.png'), join(dir, 'og/index.png'));
			// English home: an og:image that is not in the build, relative rather than absolute.
			mkdirSync(join(dir, 'en'), { recursive: true });
			writeFileSync(
				join(dir, 'en/index.html'),
				read('en/index.html').replace(
					`content="${site}/og/en/index.png"`,
					'content="/og/en/index.png"',
				),
			);
			const problems = findPreviewProblems(dir, readPages(dir), site);
			expect(problems).toEqual([
				`en/index.html: og:image /og/en/index.png is not a PNG under ${site}/`,
				`en/panduan/strategi/index.html: ${site}/og/en/panduan/strategi.png is not in the build`,
				`index.html: ${site}/og/index.png is 192×192, expected 1200×630`,
				'index.html: twitter:card is not summary_large_image',
				`panduan/risiko/index.html shares its image ${site}/og/index.png with index.html`,
				`panduan/risiko/index.html: ${site}/og/index.png is 192×192, expected 1200×630`,
				'panduan/risiko/index.html has the same image as index.html',
				'panduan/risiko/index.html: og:image:alt "Preview card reading “Tantangan dan risiko ikuti balik · Panduan · Ikuti Balik”" does not describe "Tantangan dan risiko ikuti balik" in id',
				'panduan/strategi/index.html has the same image as en/panduan/risiko/index.html',
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('every scenario the trainers’ pages link has its own page, whose preview names its calculator', () => {
		const scenarios = pages.filter((p) => /^(en\/)?skenario\//.test(p.file));
		expect(scenarios.length).toBe(12);
		expect(findScenariosWithoutPage(pages)).toEqual([]);
		for (const { file, document } of scenarios) {
			const alt = document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content');
			const calculator = file.startsWith('en/')
				? /(Follow-back|Engagement-rate|Reach) calculator/
				: /Kalkulator (ikuti balik|engagement|jangkauan)/;
			expect(alt, file).toMatch(calculator);
		}
		// Without the scenario pages, each scenario link of the outlines is reported.
		const without = findScenariosWithoutPage(pages.filter((p) => !scenarios.includes(p)));
		expect(without.length).toBeGreaterThanOrEqual(scenarios.length);
		expect(without).toContainEqual(
			expect.stringMatching(
				/^pelatihan\/praktik-90-menit\/index\.html links \/kalkulator\/jangkauan\/\?hours=10&conversationShare=50/,
			),
		);
	});
});
