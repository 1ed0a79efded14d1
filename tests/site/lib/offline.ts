/** Checks of the offline files in a build: does the worker's precache list hold everything? */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { groupOf, urlPath, type Group } from '../../../src/lib/offline/precache.ts';

export interface WorkerConfig {
	version: string;
	base: string;
	groups: Record<Group, { path: string; rev: string; gzip: number }[]>;
}

/** The precache manifest written into a build's `sw.js`. */
export function readWorkerConfig(dir: string): WorkerConfig {
	const code = readFileSync(join(dir, 'sw.js'), 'utf8');
	const json = /const CONFIG = (\{.*\});\n/.exec(code)?.[1];
	if (!json) throw new Error(`${dir}/sw.js carries no precache manifest`);
	return JSON.parse(json) as WorkerConfig;
}

/**
 * Files of the build that the worker would need offline but does not precache in their language's
 * group: every page but the not-found pages, the search index, scripts, styles and icons.
 */
export function findPrecacheGaps(dir: string, config: WorkerConfig): string[] {
	const files = readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
	const gaps: string[] = [];
	for (const file of files) {
		const group = groupOf(file);
		if (!group) continue;
		if (!config.groups[group].some((e) => e.path === urlPath(file)))
			gaps.push(`${file} is not precached with ${group}`);
	}
	return gaps;
}
