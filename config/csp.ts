/**
 * Completes the Content-Security-Policy that Astro's `security.csp` writes into every page. Astro
 * hashes the scripts and styles it bundles; Starlight's own inline scripts (theme, sidebar, search
 * shortcut) and the inline script in `head` are invisible to it. After the build, this integration
 * hashes every inline `<script>` and `<style>` of each page into that page's policy, then writes the
 * union of all pages' policies into `dist/_headers` for static hosts that read it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The directives every page's policy carries besides Astro's script-src and style-src. */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	// The “Your data” page reads files in a same-origin Web Worker; nothing looser.
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	// The service worker (config/offline.ts) and the web app manifest, from the site itself only.
	"worker-src 'self'",
	"manifest-src 'self'",
] as const;

/** Astro's `security.csp` option. */
export const csp = {
	directives: [...cspDirectives],
	scriptDirective: {
		// Pagefind, the site search, runs WebAssembly: this allows compiling it, never eval of strings.
		resources: ["'self'", "'wasm-unsafe-eval'"],
	},
	styleDirective: {
		// Starlight sets a few custom properties in style="" attributes, which hashes cannot cover:
		// inline style *attributes* stay allowed (style-src-attr); <style> elements are all hashed.
		resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
	},
};

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The `sha256-…` source of a script or style body, exactly as the browser hashes it. */
export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Parses a policy into directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name, sources);
	}
	return map;
}

/** Writes a policy back from its directives, in their order. */
export function formatPolicy(policy: ReadonlyMap<string, readonly string[]>): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The bodies of a page's inline `<script>` (not JSON data) and `<style>` elements. */
export function inlineBodies(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
		.filter(
			([, attrs = '']) => !/\ssrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs),
		)
		.map(([, , body = '']) => body)
		.filter((body) => body !== '');
	const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(
		([, , body = '']) => body,
	);
	return { scripts, styles };
}

/** Adds the hashes of a page's inline scripts and styles to its policy. */
export function completePolicy(policy: string, html: string): string {
	const map = parsePolicy(policy);
	const { scripts, styles } = inlineBodies(html);
	const add = (name: string, extra: string[]) => {
		const sources = map.get(name) ?? ["'self'"];
		map.set(name, [...new Set([...sources, ...extra])]);
	};
	add('script-src', scripts.map(sha256));
	add('style-src', styles.map(sha256));
	return formatPolicy(map);
}

/** Lists the HTML files under `dir`. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

/** The Astro integration: completes each page's policy and writes `_headers`. */
export function completeCsp(): AstroIntegration {
	return {
		name: 'ikuti-balik-csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const union = new Map<string, string[]>();
				let pages = 0;
				for (const file of htmlFiles(root)) {
					const html = readFileSync(file, 'utf8');
					const match = metaPattern.exec(html);
					if (!match?.[1]) continue; // redirect pages carry no policy and run no script
					const policy = completePolicy(match[1], html);
					writeFileSync(
						file,
						html.replace(
							metaPattern,
							`<meta http-equiv="content-security-policy" content="${policy}">`,
						),
					);
					for (const [name, sources] of parsePolicy(policy)) {
						union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
					}
					pages += 1;
				}
				// frame-ancestors only works as a header: the site is never shown inside another site.
				union.set('frame-ancestors', ["'none'"]);
				const headersFile = join(root, '_headers');
				const template = readFileSync(headersFile, 'utf8');
				writeFileSync(
					headersFile,
					template.replace(/^(\s*Content-Security-Policy:).*$/m, `$1 ${formatPolicy(union)}`),
				);
				logger.info(`completed the CSP of ${String(pages)} pages and wrote _headers`);
			},
		},
	};
}
