/**
 * Repairs, after the build, the few places where the HTML that Astro and Starlight write breaks the
 * HTML content model or leaves landmarks and buttons ambiguous, so that every page passes
 * `html-validate` (tests/site/html-validate.test.ts) without turning those rules off:
 *
 * - `<button>` without `type` (Starlight's search, its dialog's close button, the menu button)
 *   gets `type="button"`: none of them submits a form.
 * - `<style>` elements in `<body>` (Astro's island rule `astro-island{display:contents}`) move to the
 *   end of `<head>`, where the content model allows them; the CSP hash of their text is unchanged.
 * - Starlight's right sidebar `<aside>` gets a name, and the compact (phone) table of contents gets
 *   a name of its own, so no two landmarks of one kind share a name.
 * - The search button is named by its visible text, not by an `aria-label` (WCAG 2.5.3, label in
 *   name): its label span stays in the accessibility tree (visually hidden on phones, where
 *   Starlight shows only the icon) and its "Ctrl K" hint is hidden from assistive technology,
 *   which `aria-keyshortcuts` already tells.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headingShareButtons } from './heading-links.ts';

/** Names for Starlight's unnamed or same-named landmarks, per page language. */
export const landmarkNames = {
	id: { sidebar: 'Navigasi halaman ini', mobileToc: 'Daftar isi ringkas' },
	en: { sidebar: 'This page’s navigation', mobileToc: 'Compact table of contents' },
} as const;

/** The page language from `<html lang>`: English for `en`, Indonesian otherwise. */
function langOf(html: string): keyof typeof landmarkNames {
	return /<html[^>]*\blang="en"/.test(html) ? 'en' : 'id';
}

/** Adds `type="button"` to every `<button>` start tag that has no `type`. */
export function typeButtons(html: string): string {
	return html.replace(/<button\b([^>]*)>/g, (tag, attributes: string) =>
		/\stype\s*=/.test(attributes) ? tag : `<button type="button"${attributes}>`,
	);
}

/** Moves every `<style>` element found after `<body>` to the end of `<head>`. */
export function hoistBodyStyles(html: string): string {
	const bodyStart = html.search(/<body\b/);
	const headEnd = html.indexOf('</head>');
	if (bodyStart === -1 || headEnd === -1 || headEnd > bodyStart) return html;
	const styles: string[] = [];
	const body = html.slice(bodyStart).replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, (style) => {
		styles.push(style);
		return '';
	});
	if (styles.length === 0) return html;
	return `${html.slice(0, headEnd)}${styles.join('')}${html.slice(headEnd, bodyStart)}${body}`;
}

/** Names Starlight's right sidebar and compact table of contents in the page's language. */
export function nameLandmarks(html: string): string {
	const names = landmarkNames[langOf(html)];
	return html
		.replace(
			/<aside class="right-sidebar-container(?![^>]*aria-label)/g,
			`<aside aria-label="${names.sidebar}" class="right-sidebar-container`,
		)
		.replace(
			/<nav aria-labelledby="starlight__on-this-page--mobile"/g,
			`<nav aria-label="${names.mobileToc}"`,
		);
}

/**
 * Names the search button by its visible text: drops its `aria-label`, keeps its label span in the
 * accessibility tree (class `ib-search-label`, visually hidden on phones by site.css) and hides its
 * keyboard-shortcut hint (`<kbd>`) from assistive technology. Buttons it has repaired are left alone.
 */
export function nameSearchByText(html: string): string {
	return html.replace(
		/<button\b([^>]*\bdata-open-modal\b[^>]*)>((?:(?!<\/button>)[\s\S])*)<\/button>/g,
		(whole, attributes: string, inner: string) => {
			const label = /<span class="([^"]*\bsl-hidden\b[^"]*)" aria-hidden="true">/.exec(inner);
			if (!label || !/\saria-label="[^"]*"/.test(attributes)) return whole;
			const named = inner
				.replace(label[0], `<span class="${label[1] ?? ''} ib-search-label">`)
				.replace(/<kbd (?![^>]*aria-hidden)/, '<kbd aria-hidden="true" ');
			return `<button${attributes.replace(/\saria-label="[^"]*"/, '')}>${named}</button>`;
		},
	);
}

/**
 * Makes every content table keyboard-focusable: Starlight lets a wide table scroll sideways on a
 * phone, and a scrolling region must be reachable from the keyboard (WCAG 2.1.1).
 */
export function focusableTables(html: string): string {
	return html.replace(/<table(?![^>]*\btabindex=)/g, '<table tabindex="0"');
}

/** Every repair, in order, then the share buttons beside heading links (config/heading-links.ts). */
export function repairMarkup(html: string): string {
	return headingShareButtons(
		focusableTables(nameSearchByText(nameLandmarks(hoistBodyStyles(typeButtons(html))))),
	);
}

/** The Astro integration: repairs every built page. Runs before the CSP is completed. */
export function repairBuiltMarkup(): AstroIntegration {
	return {
		name: 'ikuti-balik-markup',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let pages = 0;
				for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					const html = readFileSync(file, 'utf8');
					const repaired = repairMarkup(html);
					if (repaired !== html) {
						writeFileSync(file, repaired);
						pages += 1;
					}
				}
				logger.info(`repaired the markup of ${String(pages)} pages`);
			},
		},
	};
}
