/** Checks of the offline files in a build: does the worker's precache list hold everything? */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { appleTouchIcon } from '../../../src/lib/offline/icon.ts';
import { groupOf, urlPath, type Group } from '../../../src/lib/offline/precache.ts';
import type { BuiltPage } from './dist.ts';

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

/** A PNG's width and height from its header, or `undefined` when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
	if (bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Problems with the home-screen icon iOS reads (`<link rel="apple-touch-icon">`): pages of a build
 * in `dir`, served at `base`, that do not link it exactly once at `base` + its file, and an icon
 * file that is missing, not a PNG or not its size. Redirect pages (renamed pages' old URLs) have no
 * head of their own and are skipped.
 */
export function findTouchIconProblems(
	dir: string,
	pages: readonly BuiltPage[],
	base = '/',
): string[] {
	const href = `${base}${appleTouchIcon.file}`;
	const problems = pages.flatMap(({ file, document }) => {
		if (document.querySelector('meta[http-equiv="refresh"]')) return [];
		const links = document.querySelectorAll('link[rel="apple-touch-icon"]');
		const found = links.map((l) => l.getAttribute('href') ?? '');
		return found.length === 1 && found[0] === href
			? []
			: [`${file} links the home-screen icon as [${found.join(', ')}], expected ${href}`];
	});
	const path = join(dir, appleTouchIcon.file);
	const size = existsSync(path) ? pngSize(readFileSync(path)) : undefined;
	const want = appleTouchIcon.size;
	if (size?.width !== want || size.height !== want)
		problems.push(
			`${appleTouchIcon.file} is ${size ? `${String(size.width)}×${String(size.height)}` : 'not a PNG'}, expected ${String(want)}×${String(want)}`,
		);
	return problems;
}
