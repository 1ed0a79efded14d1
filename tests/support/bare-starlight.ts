/**
 * A bare Starlight page built with the same package versions, in a throwaway folder: the floor the
 * site's pages are measured against (its budgets and `npm run bench`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from './astro-build.ts';
import { root } from './paths.ts';
import { weighPage, type PageWeight } from './page-weight.ts';

const files: Record<string, string> = {
	// Listing the dependencies lets Vite bundle Starlight's components instead of leaving them to Node.
	'package.json': `${JSON.stringify({
		name: 'bare-starlight',
		private: true,
		type: 'module',
		dependencies: { astro: 'x', '@astrojs/starlight': 'x' },
	})}\n`,
	'tsconfig.json':
		'{ "extends": "astro/tsconfigs/strict", "include": [".astro/types.d.ts", "**/*"] }\n',
	'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [starlight({ title: 'Bare' })] });
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
`,
	'src/content/docs/index.md': `---
title: Bare page
description: A bare Starlight page to measure against.
---

A paragraph of text.

## A section

More text, with a [link](#a-section).

## Another section

The end.
`,
};

/** A built bare Starlight site: its `dist` folder, to be removed with `cleanup()`. */
export interface BareBuild {
	dist: string;
	cleanup: () => void;
}

/** Builds the bare site. Throws with the build output when the build fails. */
export function buildBareStarlight(): BareBuild {
	mkdirSync(join(root, '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(root, '.tmp', 'bare-'));
	const cleanup = () => {
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		const build = astroBuild(dir);
		if (!build.ok)
			throw new Error(`The bare Starlight build failed:
${build.output}`);
		return { dist: join(dir, 'dist'), cleanup };
	} catch (error) {
		cleanup();
		throw error;
	}
}

/** Builds the bare page and returns its weight. */
export function weighBareStarlight(): PageWeight {
	const bare = buildBareStarlight();
	try {
		return weighPage(bare.dist, 'index.html');
	} finally {
		bare.cleanup();
	}
}
