// Builds the site into dist/ and stamps it with the hash of its sources (config/build-stamp.ts).
// `npm run build` always builds; with `--if-stale` (the test tiers) the build is skipped when dist/
// already carries the stamp of the current sources, so one change is built once, never tested stale.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuild, sourceHash } from '../config/build-stamp.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const ifStale = process.argv.includes('--if-stale');
const started = Date.now();

const outcome = ensureBuild({
	dist,
	ifStale,
	hash: () => sourceHash(root),
	build: () => spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit' }).status === 0,
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (outcome.kind === 'failed') process.exit(1);
if (outcome.kind === 'current')
	console.log(
		`dist/ is the build of the current sources (${outcome.hash.slice(0, 12)}): not rebuilt.`,
	);
else if (outcome.hash)
	console.log(`Built and stamped dist/ (${outcome.hash.slice(0, 12)}) in ${seconds} s.`);
else console.log(`Built dist/ in ${seconds} s, unstamped: the sources changed during the build.`);
