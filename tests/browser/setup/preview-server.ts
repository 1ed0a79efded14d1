/**
 * Global setup of the browser tier: finds Chromium, then serves the production build with
 * `astro preview` on a free local port for the tests, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { sourceHash, staleReason } from '../../../config/build-stamp.ts';
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

/** A running preview server: its URL, and how to stop it. */
interface Preview {
	baseUrl: string;
	chromiumPath: string;
	stop: () => Promise<void>;
}

/** Checks the build, then starts `astro preview` of it on a free port and waits until it answers. */
async function startPreview(): Promise<Preview> {
	const chromiumPath = findChromium();
	// Never test a build of other sources: `npm run test:browser` builds first unless dist/ carries
	// the stamp of the current sources (config/build-stamp.ts).
	const stale = staleReason(distDir, sourceHash(root));
	if (stale) {
		throw new Error(
			`Not testing dist/: ${stale}. Run \`npm run build\` first (\`npm run test:browser\` does).`,
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
	return {
		baseUrl,
		chromiumPath,
		stop: async () => {
			if (server.exitCode !== null || server.signalCode !== null) return;
			const exited = new Promise((r) => server.once('exit', r));
			server.kill();
			await exited;
		},
	};
}

/**
 * The `browser` and `lighthouse` projects share one preview server (Astro runs one per project
 * folder): the first setup starts it, the last teardown stops it. Global setups of all projects
 * run in Vitest's main process, so `globalThis` is the place they share.
 */
const shared = globalThis as typeof globalThis & {
	ibPreview?: { started: Promise<Preview>; users: number };
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	shared.ibPreview ??= { started: startPreview(), users: 0 };
	const entry = shared.ibPreview;
	entry.users += 1;
	const preview = await entry.started;
	project.provide('baseUrl', preview.baseUrl);
	project.provide('chromiumPath', preview.chromiumPath);
	return async () => {
		entry.users -= 1;
		if (entry.users > 0) return;
		delete shared.ibPreview;
		await preview.stop();
	};
}
