import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and common installs put a Chromium-family browser. */
const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

/** Flags for a headless Chromium on a machine whose only network is the local preview. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Finds the Chromium to drive: `CHROMIUM_PATH` when set, else the usual system locations.
 * Throws with installation advice when there is none, so the browser tier never passes vacuously.
 */
export function findChromium(
	env: NodeJS.ProcessEnv = process.env,
	locations: readonly string[] = candidates,
): string {
	const override = env['CHROMIUM_PATH'];
	if (override) {
		if (existsSync(override)) return override;
		throw new Error(`CHROMIUM_PATH is set to "${override}", but there is no file there.`);
	}
	const found = locations.find((path) => existsSync(path));
	if (found) return found;
	throw new Error(
		[
			'The browser tests need Chromium, and none was found.',
			'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH',
			'at a Chromium or Chrome binary: `CHROMIUM_PATH=/path/to/chrome npm run test:browser`.',
			`Looked in: ${locations.join(', ')}.`,
		].join('\n'),
	);
}
