/**
 * The build stamp: a hash of everything a build is made from, written into `dist/` after a build, so
 * that the test tiers build once per change and never test a `dist/` made from other sources.
 *
 * Astro empties `dist/` when a build starts, so a stamp found there was written after the last
 * build finished, by `scripts/build.ts`, for the sources that build read.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The stamp's file name inside the build output. */
export const stampName = '.build-stamp';

/**
 * Paths that no build reads: the tests and their configuration, lint settings, CI and prose about
 * the project. Changing one of them leaves the build as it is.
 */
export function isBuildInput(path: string): boolean {
	return (
		!/^(?:tests|docs|\.ci|\.github)\//.test(path) &&
		!/^(?:[^/]+\.md|vitest\.config\.ts|eslint\.config\.js|\.prettier(?:rc|ignore)[^/]*)$/.test(path)
	);
}

/** The environment variables that change what a build writes (config/site.ts). */
export const buildEnvNames = ['SITE_URL', 'BASE_PATH'] as const;

/**
 * The hash of the build's inputs in `root`: every file git tracks or would track (ignored files
 * such as `node_modules/` and `dist/` excluded; installed packages are covered by the lock file),
 * with its content, plus the Node version and the build's environment. A tracked file deleted from
 * the work tree counts as deleted. `undefined` when `root` is not a git work tree: then no build
 * is ever taken as current.
 */
export function sourceHash(
	root: string,
	env: Readonly<Record<string, string | undefined>> = process.env,
	nodeVersion: string = process.version,
): string | undefined {
	const listed = spawnSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{ cwd: root, encoding: 'utf8' },
	);
	if (listed.status !== 0 || listed.error) return undefined;
	const files = [...new Set(listed.stdout.split('\0').filter((f) => f && isBuildInput(f)))].sort();
	const hash = createHash('sha256');
	hash.update(`node ${nodeVersion}\n`);
	for (const name of buildEnvNames) hash.update(`${name}=${env[name] ?? ''}\n`);
	for (const file of files) {
		const path = join(root, file);
		hash.update(`${file}\0`);
		hash.update(existsSync(path) ? readFileSync(path) : '\0deleted\0');
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** The stamp in `dist`, or `undefined` when there is none. */
export function readStamp(dist: string): string | undefined {
	const file = join(dist, stampName);
	return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** Writes `hash` as the stamp of the build in `dist`. */
export function writeStamp(dist: string, hash: string): void {
	writeFileSync(join(dist, stampName), `${hash}\n`);
}

/** What `ensureBuild` did. */
export type BuildOutcome =
	| { kind: 'current'; hash: string }
	| { kind: 'built'; hash: string | undefined }
	| { kind: 'failed' };

/**
 * Builds unless `dist` already carries the stamp of the current sources (`ifStale`); after a
 * successful build, stamps it with the hash the sources had before the build, provided they still
 * have it (a file saved during the build leaves the build unstamped, so the next run builds again).
 */
export function ensureBuild(options: {
	dist: string;
	hash: () => string | undefined;
	build: () => boolean;
	ifStale: boolean;
}): BuildOutcome {
	const before = options.hash();
	if (options.ifStale && before !== undefined && readStamp(options.dist) === before)
		return { kind: 'current', hash: before };
	if (!options.build()) return { kind: 'failed' };
	const after = options.hash();
	if (before === undefined || after !== before) return { kind: 'built', hash: undefined };
	writeStamp(options.dist, before);
	return { kind: 'built', hash: before };
}

/** Why `dist` cannot be tested as the build of the current sources, or `null` when it can. */
export function staleReason(dist: string, current: string | undefined): string | null {
	if (!existsSync(join(dist, 'index.html'))) return 'there is no build in dist/';
	const stamp = readStamp(dist);
	if (stamp === undefined)
		return 'dist/ carries no build stamp (it was not built by `npm run build`)';
	if (current === undefined) return 'the sources cannot be hashed (not a git work tree)';
	if (stamp !== current) return 'the sources changed after dist/ was built';
	return null;
}
