// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';

import { baseLinks } from './config/base-links.ts';
import { completeCsp, csp } from './config/csp.ts';
import { headingLinkScript } from './config/heading-links.ts';
import { offlineLoader, offlineSupport } from './config/offline.ts';
import { repairBuiltMarkup } from './config/markup.ts';
import { locales, title } from './config/locales.ts';
import { redirects } from './config/redirects.ts';
import { sidebar } from './config/sidebar.ts';
import { basePath, siteUrl } from './config/site.ts';

const base = basePath();

/**
 * Preact and the number and message helpers that every island uses, in one chunk rather than the
 * several small ones the bundler would make once the "Your data" island shares them: each small
 * chunk costs a request and its own compression.
 * @param {string} id
 */
const islandRuntime = (id) =>
	/node_modules[\\/]preact[\\/]|src[\\/]lib[\\/](number|i18n)[\\/]/.test(id) ? 'runtime' : null;

export default defineConfig({
	site: siteUrl(),
	base,
	trailingSlash: 'always',
	// The toolbar is a dev-server overlay with its own requests; this site has no use for it.
	devToolbar: { enabled: false },
	redirects: redirects(),
	// A strict CSP on every page; config/csp.ts lists the directives and why any is looser.
	security: { csp },
	vite: {
		build: {
			rolldownOptions: { output: { codeSplitting: { groups: [{ name: islandRuntime }] } } },
		},
		plugins: [
			{
				// Astro turns module preloading on. Our one module loaded later (a calculator's scenario
				// B) imports only modules its page has already loaded, so its preload list is dead
				// weight; Starlight's search fetches its interface's parts on first use instead.
				name: 'ikuti-balik-no-module-preload',
				configEnvironment: () => ({ build: { modulePreload: false } }),
			},
		],
	},
	markdown: {
		// Explicit heading IDs (`## Risiko {#risiko}`) keep section links identical in both languages.
		// Content links are written root-relative (`/panduan/…`); `baseLinks` adds BASE_PATH in front.
		processor: satteri({ features: { headingAttributes: true }, hastPlugins: [baseLinks(base)] }),
	},
	integrations: [
		starlight({
			title,
			defaultLocale: 'root',
			locales,
			sidebar,
			// The header's language switch, which phones and splash pages can reach, replaces Starlight's
			// language picker (see the file).
			components: {
				Header: './src/components/Header.astro',
				// The phone menu without Starlight's language picker: the header's switch is the one way.
				MobileMenuFooter: './src/components/MobileMenuFooter.astro',
				// The home pages' hero gets the site's illustration beside it.
				Hero: './src/components/Hero.astro',
			},
			// offlineLoader() below adds the offline loader after it, in production builds.
			head: [{ tag: 'script', content: headingLinkScript }],
			customCss: ['./src/styles/site.css'],
			routeMiddleware: './src/route-middleware.ts',
			plugins: [
				// Loads the offline status (and the service worker) once the page is idle, in builds only:
				// the dev server has no ib-offline.js (config/offline.ts).
				offlineLoader(),
				starlightLinksValidator({
					errorOnInconsistentLocale: true,
					// The not-found pages deliberately offer the other language's home page.
					exclude: ({ slug }) => slug === '404' || slug === 'en/404',
				}),
			],
		}),
		mdx(),
		preact(),
		// Markup first: the CSP hashes the inline scripts and styles where they end up.
		repairBuiltMarkup(),
		completeCsp(),
		// Last: after Pagefind's index (Starlight's build:done) and the final HTML, it lists every file.
		offlineSupport(),
	],
});
