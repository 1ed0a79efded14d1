/**
 * Builds a throwaway copy of the site's configuration with pages a test chooses, to prove that the
 * build itself refuses a bilingual mistake. The copy lives under the repository's `.tmp/` so that
 * Node and Vite resolve `node_modules` from the real project (a symlink confuses Astro's compiler).
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { astroBuild } from '../../support/astro-build.ts';
import { root } from '../../support/paths.ts';
import { listHtmlFiles } from './dist.ts';

/** What one scratch build printed and how it ended. */
export interface ScratchBuild {
	ok: boolean;
	output: string;
	/** The built HTML pages, path inside `dist/` → markup (empty when the build failed). */
	html: Map<string, string>;
	/** Every file of the build, as POSIX paths inside `dist/` (empty when the build failed). */
	files: string[];
}

/** How to build: extra environment variables (e.g. `BASE_PATH`). */
export interface ScratchOptions {
	env?: Record<string, string>;
}

/** The files that make up the site's configuration, copied as they are. */
const configFiles = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'config',
	'src',
	'public',
];

/** Builds the site's configuration with `pages` (path under `src/content/docs/` → Markdown). */
export function buildScratchSite(
	pages: Record<string, string>,
	options: ScratchOptions = {},
): ScratchBuild {
	mkdirSync(join(root, '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(root, '.tmp', 'scratch-'));
	try {
		for (const file of configFiles) cpSync(join(root, file), join(dir, file), { recursive: true });
		// The scratch site has only the pages the test gives it.
		rmSync(join(dir, 'src/content/docs'), { recursive: true, force: true });
		// The real sidebar names pages a scratch site does not have; list whatever the site has instead.
		writeFileSync(join(dir, 'config/sidebar.ts'), 'export const sidebar = undefined;\n');
		for (const [path, text] of Object.entries(pages)) {
			const target = join(dir, 'src/content/docs', path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, text);
		}
		const { ok, output } = astroBuild(dir, options.env);
		const dist = join(dir, 'dist');
		const html = new Map(
			ok ? listHtmlFiles(dist).map((f) => [f, readFileSync(join(dist, f), 'utf8')] as const) : [],
		);
		const files = ok
			? readdirSync(dist, { recursive: true, withFileTypes: true })
					.filter((e) => e.isFile())
					.map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
			: [];
		return { ok, output, html, files };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A minimal Markdown page with a title and the given body. */
export function page(title: string, body: string): string {
	return `---\ntitle: ${title}\n---\n\n${body}\n`;
}
