/**
 * Global setup of the browser tier: finds Chromium, then serves the production build with
 * `astro preview` on a free local port for the tests, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { distDir, root } from '../../support/paths.ts';
import { findChromium } from '../support/chromium.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The preview server's origin plus the configured base, with a trailing slash. */
		baseUrl: string;
		chromiumPath: string;
	}
}

/** Asks the OS for a free TCP port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				if (address && typeof address === 'object') resolve(address.port);
				else reject(new Error('No port'));
			});
		});
	});
}

/** Polls `url` until it answers, or fails after `timeoutMs`. */
async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.exitCode !== null)
			throw new Error(`astro preview exited with ${String(server.exitCode)}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`astro preview did not answer at ${url} within ${String(timeoutMs / 1000)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const chromiumPath = findChromium();
	if (!existsSync(join(distDir, 'index.html'))) {
		throw new Error(
			'No build found in dist/: run `npm run build` first (`npm run test:browser` does).',
		);
	}
	const port = await freePort();
	const astro = join(root, 'node_modules/astro/bin/astro.mjs');
	const server = spawn(
		process.execPath,
		[astro, 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	let log = '';
	server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
	server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const base = (process.env['BASE_PATH'] ?? '').replace(/^\/*|\/*$/g, '');
	const baseUrl = `http://127.0.0.1:${String(port)}/${base ? `${base}/` : ''}`;
	try {
		await waitFor(baseUrl, server);
	} catch (error) {
		server.kill();
		throw new Error(`${(error as Error).message}\n${log}`);
	}
	project.provide('baseUrl', baseUrl);
	project.provide('chromiumPath', chromiumPath);
	return async () => {
		server.kill();
		await new Promise((r) => server.once('exit', r));
	};
}
