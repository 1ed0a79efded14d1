/**
 * Offline support, written after the build: the service worker (`sw.js`) with its per-language
 * precache manifest, the status script (`ib-offline.js`), the web app manifests
 * (`manifest.webmanifest`, `en/manifest.webmanifest`) and the app icons (PNG, drawn at build time:
 * the manifests' two sizes and the home-screen icon every page links for iOS).
 *
 * It runs in `astro:build:done` as the last integration, after Starlight's (which writes the
 * Pagefind index, `dist/pagefind/`) and after the CSP is completed, so it hashes every final file;
 * it refuses to write a worker when the search index is missing.
 *
 * The worker and the status script run in the browser, so their sources live in `src/offline/`;
 * this module fills in their configuration and writes them into the build.
 *
 * Pages load none of it up front: the inline `offlineLoaderScript` (a few hundred bytes), added to
 * every page of a production build by the `offlineLoader` Starlight plugin, waits for the page to be
 * idle, then adds `ib-offline.js`, which registers the worker and shows the status.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { offline } from '../src/i18n/offline.ts';
import { appleTouchIcon, backgroundColor, iconPng, themeColor } from '../src/lib/offline/icon.ts';
import { precacheManifest, type OfflineLang } from '../src/lib/offline/precache.ts';

/** The browser code of the worker and the status script, before the build fills in `CONFIG`. */
const sources = fileURLToPath(new URL('../src/offline/', import.meta.url));
const template = (name: string) => readFileSync(join(sources, name), 'utf8');
const placeholder = '/*IB_CONFIG*/ null';

/** The icon sizes written to `icons/`. */
export const iconSizes = [192, 512] as const;

/** `/` or `/base/`, from Astro's base (`/`, `/base` or `/base/`). */
export function slashBase(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/** The inline script every page carries: loads the status script once the page is idle. */
export function offlineLoaderScript(base: string): string {
	const src = JSON.stringify(`${slashBase(base)}ib-offline.js`);
	return `'serviceWorker'in navigator&&addEventListener('load',function(){(window.requestIdleCallback||setTimeout)(function(){var s=document.createElement('script');s.src=${src};document.head.append(s);});});`;
}

/**
 * A Starlight plugin that puts `offlineLoaderScript` in every page's head, in production builds
 * only: `ib-offline.js` is written by the build, so the dev server has no such file, and loading it
 * there would only log a 404 on every page. List it after any plugin whose head entries should come
 * first. The CSP integration hashes the loader where it ends up (config/csp.ts).
 */
export function offlineLoader(): StarlightPlugin {
	return {
		name: 'ikuti-balik-offline-loader',
		hooks: {
			'config:setup': ({ command, config, astroConfig, updateConfig }) => {
				if (command !== 'build') return;
				updateConfig({
					head: [
						...(config.head ?? []),
						{ tag: 'script', content: offlineLoaderScript(astroConfig.base) },
					],
				});
			},
		},
	};
}

/** The web app manifest of one language. */
export function webManifest(lang: OfflineLang, base: string): Record<string, unknown> {
	const root = slashBase(base);
	const start = lang === 'en' ? `${root}en/` : root;
	const t = offline[lang].app;
	return {
		id: start,
		name: t.name,
		short_name: t.shortName,
		description: t.description,
		lang,
		dir: 'ltr',
		start_url: start,
		scope: root,
		display: 'standalone',
		theme_color: themeColor,
		background_color: backgroundColor,
		icons: iconSizes.map((size) => ({
			src: `${root}icons/icon-${String(size)}.png`,
			sizes: `${String(size)}x${String(size)}`,
			type: 'image/png',
			purpose: 'any maskable',
		})),
	};
}

const offlineCss =
	'body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#17181c;background:#fff}' +
	'main{max-width:40rem;margin:auto}a{color:#3447d4}li{margin:.4rem 0}' +
	'@media (prefers-color-scheme:dark){body{color:#eceef2;background:#17181c}a{color:#b3c7ff}}';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Every file under `dir`, relative with `/` separators. */
function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/**
 * Writes the icons, manifests, status script and service worker into the built site at `dist`.
 * Returns the manifest's version and how many files each group precaches.
 */
export function writeOfflineFiles(
	dist: string,
	base: string,
): { version: string; counts: Record<string, number> } {
	if (!existsSync(join(dist, 'pagefind', 'pagefind.js')))
		throw new Error(`No search index in ${dist}/pagefind: the worker must be written after it.`);
	const root = slashBase(base);
	mkdirSync(join(dist, 'icons'), { recursive: true });
	for (const size of iconSizes)
		writeFileSync(join(dist, 'icons', `icon-${String(size)}.png`), iconPng(size));
	writeFileSync(join(dist, appleTouchIcon.file), iconPng(appleTouchIcon.size));
	for (const lang of ['id', 'en'] as const) {
		const file = join(dist, lang === 'en' ? 'en' : '', 'manifest.webmanifest');
		writeFileSync(file, `${JSON.stringify(webManifest(lang, base), null, '\t')}\n`);
	}
	const strings = { id: offline.id.status, en: offline.en.status };
	const client = template('client.js').replace(
		placeholder,
		JSON.stringify({ base: root, strings }),
	);
	writeFileSync(join(dist, 'ib-offline.js'), client);

	const workerCode = template('sw.js');
	const files = listFiles(dist).map((file) => ({ file, content: readFileSync(join(dist, file)) }));
	const manifest = precacheManifest(files, workerCode);
	const config = {
		...manifest,
		base: root,
		strings: { id: offline.id.offlinePage, en: offline.en.offlinePage },
		offlineCss,
		offlineCsp: `default-src 'none'; style-src 'sha256-${sha256(offlineCss)}'; base-uri 'none'; form-action 'none'`,
	};
	writeFileSync(join(dist, 'sw.js'), workerCode.replace(placeholder, JSON.stringify(config)));
	const counts = Object.fromEntries(
		Object.entries(manifest.groups).map(([group, entries]) => [group, entries.length]),
	);
	return { version: manifest.version, counts };
}

/** The Astro integration; list it last. */
export function offlineSupport(): AstroIntegration {
	let base = '/';
	return {
		name: 'ikuti-balik-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const { version, counts } = writeOfflineFiles(fileURLToPath(dir), base);
				logger.info(
					`wrote the service worker ${version}: ${String(counts['shared'])} shared files, ` +
						`${String(counts['id'])} Indonesian, ${String(counts['en'])} English`,
				);
			},
		},
	};
}
