import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, root } from '../support/paths.ts';
import { directives } from './lib/csp.ts';
import { localeOf, readPages } from './lib/dist.ts';
import { languageBudgetKb } from '../../src/lib/offline/precache.ts';
import { findPrecacheGaps, findTouchIconProblems, readWorkerConfig } from './lib/offline.ts';

const allPages = readPages(distDir);
const pages = allPages.filter((p) => !p.file.endsWith('404.html'));
const config = readWorkerConfig(distDir);

describe('offline files in the build', () => {
	test('the worker precaches every page, the search index, scripts, styles and icons', () => {
		expect(findPrecacheGaps(distDir, config)).toEqual([]);
		const all = Object.values(config.groups)
			.flat()
			.map((e) => e.path);
		expect(all).toEqual(
			expect.arrayContaining([
				'',
				'en/',
				'icons/icon-512.png',
				'icons/apple-touch-icon.png',
				'ib-offline.js',
			]),
		);
		// Icons serve both languages, like the scripts and styles.
		expect(config.groups.shared.map((e) => e.path)).toEqual(
			expect.arrayContaining(['icons/icon-192.png', 'icons/apple-touch-icon.png']),
		);
		expect(config.groups.id.some((e) => e.path.startsWith('pagefind/fragment/id_'))).toBe(true);
		expect(config.groups.en.some((e) => e.path.startsWith('pagefind/fragment/en_'))).toBe(true);
		expect(all.some((p) => p.includes('?'))).toBe(false);
	});

	test(`one language’s precache stays under ${String(languageBudgetKb)} KB compressed`, () => {
		for (const lang of ['id', 'en'] as const) {
			const entries = [...config.groups.shared, ...config.groups[lang]];
			const kb = entries.reduce((sum, e) => sum + e.gzip, 0) / 1024;
			expect(kb).toBeGreaterThan(100);
			expect(kb).toBeLessThan(languageBudgetKb);
		}
	});

	test.each(pages.map((p) => [p.file, p] as const))(
		'%s links its language’s manifest and allows only same-origin workers and manifests',
		(_, page) => {
			const redirect = page.document.querySelector('meta[http-equiv="refresh"]');
			if (redirect) return; // renamed pages' old URLs: no head of their own
			const manifest = page.document.querySelector('link[rel="manifest"]')?.getAttribute('href');
			expect(manifest).toBe(
				localeOf(page.file) === 'en' ? '/en/manifest.webmanifest' : '/manifest.webmanifest',
			);
			const policy = page.document
				.querySelector('meta[http-equiv="content-security-policy"]')
				?.getAttribute('content');
			const d = directives(policy ?? '');
			expect(d.get('worker-src')).toEqual(["'self'"]);
			expect(d.get('manifest-src')).toEqual(["'self'"]);
		},
	);

	test('every page, the not-found pages too, links the 180 px home-screen icon iOS reads', () => {
		expect(allPages.length).toBeGreaterThan(30);
		expect(findTouchIconProblems(distDir, allPages)).toEqual([]);
	});

	test('the icon check reports a page without the link and an icon of the wrong size (broken copy)', () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		const dir = mkdtempSync(join(root, '.tmp', 'touch-icon-'));
		try {
			const home = readFileSync(join(distDir, 'index.html'), 'utf8');
			writeFileSync(
				join(dir, 'index.html'),
				home.replace(/<link rel="apple-touch-icon"[^>]*>/, ''),
			);
			mkdirSync(join(dir, 'icons'));
			cpSync(join(distDir, 'icons', 'icon-192.png'), join(dir, 'icons', 'apple-touch-icon.png'));
			expect(findTouchIconProblems(dir, readPages(dir))).toEqual([
				'index.html links the home-screen icon as [], expected /icons/apple-touch-icon.png',
				'icons/apple-touch-icon.png is 192×192, expected 180×180',
			]);
			expect(findTouchIconProblems(dir, readPages(distDir).slice(0, 1), '/ikuti-balik/')).toEqual([
				'404.html links the home-screen icon as [/icons/apple-touch-icon.png], expected /ikuti-balik/icons/apple-touch-icon.png',
				'icons/apple-touch-icon.png is 192×192, expected 180×180',
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('the check reports a page or a search index the worker would miss (broken copy)', () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		const dir = mkdtempSync(join(root, '.tmp', 'precache-'));
		try {
			cpSync(join(distDir, 'index.html'), join(dir, 'index.html'));
			cpSync(join(distDir, 'index.html'), join(dir, 'baru', 'index.html'));
			mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
			cpSync(join(distDir, 'favicon.svg'), join(dir, 'pagefind', 'fragment', 'en_new.pf_fragment'));
			expect(findPrecacheGaps(dir, config)).toEqual([
				'baru/index.html is not precached with id',
				'pagefind/fragment/en_new.pf_fragment is not precached with en',
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
