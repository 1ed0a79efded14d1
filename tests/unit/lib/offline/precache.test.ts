import { describe, expect, test } from 'vitest';
import {
	groupOf,
	precacheKb,
	precacheManifest,
	urlPath,
} from '../../../../src/lib/offline/precache.ts';

const file = (name: string, text = name) => ({ file: name, content: Buffer.from(text) });

describe('which files each language saves', () => {
	test.each([
		['index.html', 'id'],
		['panduan/risiko/index.html', 'id'],
		['kalkulator/data-anda/index.html', 'id'],
		['en/index.html', 'en'],
		['en/kalkulator/data-anda/index.html', 'en'],
		['manifest.webmanifest', 'id'],
		['en/manifest.webmanifest', 'en'],
		['pagefind/pagefind.id_95f635c52a.pf_meta', 'id'],
		['pagefind/pagefind.en_46314758f5.pf_meta', 'en'],
		['pagefind/wasm.id.pagefind', 'id'],
		['pagefind/wasm.en.pagefind', 'en'],
		['pagefind/index/en_a1b2c3.pf_index', 'en'],
		['pagefind/fragment/id_a1b2c3.pf_fragment', 'id'],
		['pagefind/pagefind.js', 'shared'],
		['pagefind/pagefind-entry.json', 'shared'],
		['pagefind/pagefind-ui.js', 'shared'],
		['_astro/ui-core.DdZDRPcq.js', 'shared'],
		['icons/icon-512.png', 'shared'],
		['ib-offline.js', 'shared'],
	])('%s → %s', (name, group) => {
		expect(groupOf(name)).toBe(group);
	});

	test.each([
		'sw.js',
		'_headers',
		'robots.txt',
		'sitemap-index.xml',
		'sitemap-0.xml',
		'404.html',
		'en/404.html',
		'pagefind/wasm.unknown.pagefind',
		'pagefind/pagefind-modular-ui.js',
		'.build-stamp',
	])('%s is never saved', (name) => {
		expect(groupOf(name)).toBeUndefined();
	});

	test('pages are saved under their directory URL', () => {
		expect(urlPath('index.html')).toBe('');
		expect(urlPath('en/panduan/index.html')).toBe('en/panduan/');
		expect(urlPath('_astro/x.css')).toBe('_astro/x.css');
	});
});

describe('the precache manifest', () => {
	const files = [
		file('index.html', '<title>Beranda &amp; awal</title>'),
		file('lama/index.html', '<title>Redirecting</title><meta http-equiv="refresh" content="0">'),
		file('en/index.html', '<title>Home</title>'),
		file('_astro/a.css', 'body{}'),
		file('sw.js'),
	];

	test('groups files, titles pages (not redirects) and gives each a content revision', () => {
		const manifest = precacheManifest(files);
		expect(manifest.groups.id.map((e) => [e.path, e.title])).toEqual([
			['', 'Beranda & awal'],
			['lama/', undefined],
		]);
		expect(manifest.groups.en.map((e) => e.path)).toEqual(['en/']);
		expect(manifest.groups.shared.map((e) => e.path)).toEqual(['_astro/a.css']);
		for (const entry of Object.values(manifest.groups).flat())
			expect(entry.rev).toMatch(/^[0-9a-f]{16}$/);
	});

	test('the version changes with any file or the worker code, and only then', () => {
		const a = precacheManifest(files, 'worker v1').version;
		expect(precacheManifest([...files].reverse(), 'worker v1').version).toBe(a);
		expect(precacheManifest(files, 'worker v2').version).not.toBe(a);
		const changed = files.map((f) =>
			f.file === '_astro/a.css' ? file(f.file, 'body{color:red}') : f,
		);
		expect(precacheManifest(changed, 'worker v1').version).not.toBe(a);
	});

	test('one language’s transfer counts its files and the shared ones, gzip bytes', () => {
		const manifest = precacheManifest(files);
		const sum = (entries: { gzip: number }[]) => entries.reduce((s, e) => s + e.gzip, 0);
		expect(precacheKb(manifest, 'id') * 1024).toBe(
			sum([...manifest.groups.id, ...manifest.groups.shared]),
		);
		expect(precacheKb(manifest, 'en')).toBeLessThan(precacheKb(manifest, 'id'));
	});
});
