/** Runs `astro build` in a throwaway project folder, with the project's pinned Node and Astro. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './paths.ts';

/**
 * The environment of a throwaway build: only what a shell would pass to `astro build`. Vitest mirrors
 * its own `import.meta.env` into `process.env` (BASE_URL, MODE, PROD, …), which would leak into the
 * build and change it.
 */
function buildEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
	const passed = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TERM', 'USER', 'CI'];
	const kept = passed.flatMap((name) => {
		const value = process.env[name];
		return value === undefined ? [] : [[name, value] as const];
	});
	return { ...Object.fromEntries(kept), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Builds the project in `dir` (with extra CLI `args`, e.g. `--outDir`); returns whether it succeeded
 * and everything it printed.
 */
export function astroBuild(
	dir: string,
	env: Readonly<Record<string, string>> = {},
	args: readonly string[] = [],
): { ok: boolean; output: string } {
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const run = spawnSync(process.execPath, [astro, 'build', ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: buildEnv(env),
		timeout: 240_000,
	});
	return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}
