import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HookParameters } from '@astrojs/starlight/types';
import {
	offlineLoader,
	offlineLoaderScript,
	webManifest,
	writeOfflineFiles,
} from '../../../config/offline.ts';
import { offline } from '../../../src/i18n/offline.ts';
import { root } from '../../support/paths.ts';

describe('the web app manifests', () => {
	test.each([
		['/', 'id', '/', '/'],
		['/', 'en', '/en/', '/'],
		['/ikuti-balik', 'id', '/ikuti-balik/', '/ikuti-balik/'],
		['/ikuti-balik/', 'en', '/ikuti-balik/en/', '/ikuti-balik/'],
	] as const)('base %s, %s: start URL %s, scope %s', (base, lang, start, scope) => {
		const manifest = webManifest(lang, base);
		expect(manifest['start_url']).toBe(start);
		expect(manifest['scope']).toBe(scope);
		expect(manifest['name']).toBe(offline[lang].app.name);
		expect(manifest['short_name']).toBe(offline[lang].app.shortName);
		expect(manifest['icons']).toEqual([
			expect.objectContaining({ src: `${scope}icons/icon-192.png`, sizes: '192x192' }),
			expect.objectContaining({ src: `${scope}icons/icon-512.png`, sizes: '512x512' }),
		]);
	});
});

describe('the inline loader', () => {
	test('loads the status script from the base, only where service workers exist', () => {
		expect(offlineLoaderScript('/')).toContain('"/ib-offline.js"');
		expect(offlineLoaderScript('/ikuti-balik')).toContain('"/ikuti-balik/ib-offline.js"');
		expect(offlineLoaderScript('/')).toMatch(/^'serviceWorker'in navigator&&/);
	});
});

describe('the loader plugin', () => {
	/** Runs the plugin's setup for `command` and returns the head it sets, if any. */
	const headFor = (command: HookParameters<'config:setup'>['command']) => {
		const heads: unknown[] = [];
		const setup = offlineLoader().hooks['config:setup'];
		const params = {
			command,
			config: { title: 'x', head: [{ tag: 'script', content: 'first' }] },
			astroConfig: { base: '/ikuti-balik' },
			updateConfig: (update: { head?: unknown }) => heads.push(update.head),
		};
		void setup?.(params as unknown as HookParameters<'config:setup'>);
		return heads;
	};

	test('adds the loader after the head’s own scripts in a production build', () => {
		expect(headFor('build')).toEqual([
			[
				{ tag: 'script', content: 'first' },
				{ tag: 'script', content: offlineLoaderScript('/ikuti-balik') },
			],
		]);
	});

	test('adds nothing to the dev server’s pages, which have no ib-offline.js to load', () => {
		expect(headFor('dev')).toEqual([]);
		expect(headFor('sync')).toEqual([]);
	});
});

describe('writing the offline files into a build', () => {
	const scratch = () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		return mkdtempSync(join(root, '.tmp', 'offline-files-'));
	};

	test('writes the worker with its manifest, the status script, manifests and icons', () => {
		const dir = scratch();
		try {
			mkdirSync(join(dir, 'pagefind'));
			mkdirSync(join(dir, 'en'));
			writeFileSync(join(dir, 'pagefind', 'pagefind.js'), '//');
			writeFileSync(join(dir, 'index.html'), '<title>Beranda</title>');
			writeFileSync(join(dir, 'en', 'index.html'), '<title>Home</title>');
			const { version, counts } = writeOfflineFiles(dir, '/sub');
			// Shared: the search engine, the status script, three icons (the manifests' two and the
			// home-screen icon); each language: its page and manifest.
			expect(counts).toEqual({ shared: 5, id: 2, en: 2 });
			const touchIcon = readFileSync(join(dir, 'icons', 'apple-touch-icon.png'));
			expect([touchIcon.readUInt32BE(16), touchIcon.readUInt32BE(20)]).toEqual([180, 180]);
			const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
			expect(worker).toContain(`"version":"${version}"`);
			expect(worker).toContain('"base":"/sub/"');
			expect(worker).not.toContain('/*IB_CONFIG*/');
			const client = readFileSync(join(dir, 'ib-offline.js'), 'utf8');
			expect(client).toContain(JSON.stringify(offline.en.status.update));
			expect(JSON.parse(readFileSync(join(dir, 'en', 'manifest.webmanifest'), 'utf8'))).toEqual(
				webManifest('en', '/sub'),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('refuses a build without the search index (written too early)', () => {
		const dir = scratch();
		try {
			cpSync(join(root, 'public', 'favicon.svg'), join(dir, 'favicon.svg'));
			expect(() => writeOfflineFiles(dir, '/')).toThrow(/No search index/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
