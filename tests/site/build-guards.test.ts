import { describe, expect, test } from 'vitest';
import { buildScratchSite, page } from './lib/scratch-site.ts';

/** A valid pair of home pages that every scratch site starts from. */
const homes = {
	'index.md': page('Beranda', '## Satu {#satu}\n\nTeks.'),
	'en/index.md': page('Home', '## One {#satu}\n\nText.'),
};

describe('the production build', () => {
	test('passes with twin pages and valid links (the control case)', () => {
		const build = buildScratchSite({
			...homes,
			'panduan/a.md': page('A', '## Bagian {#bagian}\n\n[Ke beranda](/#satu)'),
			'en/panduan/a.md': page('A', '## Section {#bagian}\n\n[Home](/en/#satu)'),
		});
		expect(build.output).toContain('All internal links are valid');
		expect(build.ok).toBe(true);
	});

	test('fails on a page without its English twin (a fallback page)', () => {
		const build = buildScratchSite({ ...homes, 'panduan/a.md': page('A', 'Teks.') });
		expect(build.ok).toBe(false);
		expect(build.output).toContain('"/en/panduan/a/" has no en page of its own');
	});

	test('fails on a link to a missing #anchor', () => {
		const build = buildScratchSite({
			'index.md': page('Beranda', '## Satu {#satu}\n\n[Rusak](/#tidak-ada)'),
			'en/index.md': homes['en/index.md'],
		});
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(/\/#tidak-ada[\s\S]*invalid hash/);
	});

	test('fails on a link to a missing page', () => {
		const build = buildScratchSite({
			'index.md': page('Beranda', '[Rusak](/tidak-ada/)'),
			'en/index.md': page('Home', '[Broken](/en/missing/)'),
		});
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(/\/tidak-ada\/[\s\S]*invalid link/);
	});

	test('fails on a link from one language into the other', () => {
		const build = buildScratchSite({
			'index.md': page('Beranda', '## Satu {#satu}\n\n[English](/en/)'),
			'en/index.md': homes['en/index.md'],
		});
		expect(build.ok).toBe(false);
		expect(build.output).toContain('inconsistent locale');
	});

	test('serves the same content under a sub-path when BASE_PATH is set', () => {
		const build = buildScratchSite(
			{
				'index.md': page('Beranda', '## Satu {#satu}\n\n[Bagian](/panduan/a/#bagian)'),
				'en/index.md': page('Home', '## One {#satu}\n\n[Section](/en/panduan/a/#bagian)'),
				'panduan/a.md': page('A', '## Bagian {#bagian}'),
				'en/panduan/a.md': page('A', '## Section {#bagian}'),
			},
			{ env: { BASE_PATH: '/ikuti-balik', SITE_URL: 'https://example.org' } },
		);
		expect(build.ok).toBe(true);
		expect(build.html.get('index.html')).toContain('href="/ikuti-balik/panduan/a/#bagian"');
		expect(build.html.get('en/index.html')).toContain('href="/ikuti-balik/en/panduan/a/#bagian"');
		expect(build.html.get('index.html')).toContain(
			'hreflang="en" href="https://example.org/ikuti-balik/en/"',
		);
		// The header's language switch leads to the twin under the base.
		expect(build.html.get('index.html')).toMatch(
			/<a class="ib-lang-switch[^"]*" href="\/ikuti-balik\/en\/"/,
		);
		// A production build loads the offline status script, and links the home-screen icon, under it.
		expect(build.html.get('en/index.html')).toContain('"/ikuti-balik/ib-offline.js"');
		expect(build.html.get('en/index.html')).toContain(
			'rel="apple-touch-icon" sizes="180x180" href="/ikuti-balik/icons/apple-touch-icon.png"',
		);
		// Each page's preview image is absolute, on SITE_URL under BASE_PATH, and in the build.
		expect(build.html.get('en/panduan/a/index.html')).toContain(
			'property="og:image" content="https://example.org/ikuti-balik/og/en/panduan/a.png"',
		);
		expect(build.html.get('index.html')).toContain(
			'property="og:image" content="https://example.org/ikuti-balik/og/index.png"',
		);
		expect(build.files).toContain('og/en/panduan/a.png');
	});

	test('gives the hero actions of the home pages the base path', () => {
		const splash = (title: string) =>
			`---\ntitle: ${title}\ndescription: Halaman uji untuk tombol aksi di bagian hero.\ntemplate: splash\nhero:\n  tagline: Uji.\n---\n\nTeks.\n`;
		const pages = { 'index.md': splash('Beranda'), 'en/index.md': splash('Home') };
		const based = buildScratchSite(pages, {
			env: { BASE_PATH: '/ikuti-balik', SITE_URL: 'https://example.org' },
		});
		expect(based.ok, based.output.slice(-3000)).toBe(true);
		expect(based.html.get('index.html')).toContain('href="/ikuti-balik/pelatihan/"');
		expect(based.html.get('en/index.html')).toContain('href="/ikuti-balik/en/pelatihan/"');
		const root = buildScratchSite(pages);
		expect(root.html.get('index.html')).toContain('href="/pelatihan/"');
		expect(root.html.get('en/index.html')).toContain('href="/en/panduan/apa-itu-ikuti-balik/"');
	});
});

describe('two calculators on one page', () => {
	test('get distinct element IDs, and only the first keeps its scenario in the URL', () => {
		const two = (prefix: string) =>
			`---\ntitle: Dua\n---\n\nimport R from '${prefix}components/ReciprocityCalculator.astro';\nimport E from '${prefix}components/EngagementCalculator.astro';\n\nTeks.\n\n<R />\n\n<E />\n\n<R />\n`;
		const build = buildScratchSite({
			...homes,
			'dua.mdx': two('../../'),
			'en/dua.mdx': two('../../../'),
		});
		expect(build.ok).toBe(true);
		const html = build.html.get('dua/index.html') ?? '';
		const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(ids.length).toBeGreaterThan(20);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		const islands = [...html.matchAll(/<astro-island[^>]*props="([^"]*)"/g)].map((m) => m[1] ?? '');
		expect(islands).toHaveLength(3);
		expect(islands.map((p) => p.includes('&quot;syncUrl&quot;:[0,true]'))).toEqual([
			true,
			false,
			false,
		]);
	});
});
