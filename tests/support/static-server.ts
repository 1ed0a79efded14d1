/** A minimal static file server on loopback, for serving a built folder (the bare Starlight page). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` on a free port of 127.0.0.1 at `base` (`/` or `/sub/`); resolves to its origin and a
 * `close()`. Requests outside the base get a 404.
 */
export function serveStatic(
	dir: string,
	base = '/',
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const pathname = new URL(request.url ?? '/', 'http://x').pathname;
		const inside = pathname.startsWith(base);
		const path = normalize(decodeURIComponent(inside ? pathname.slice(base.length - 1) : '/-/'));
		let file = join(dir, path);
		if (!file.startsWith(dir)) file = join(dir, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		response.writeHead(found ? 200 : 404, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
		});
		if (found) createReadStream(file).pipe(response);
		else response.end('not found');
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({
				origin: `http://127.0.0.1:${String(port)}`,
				// A browser keeps its connections alive, and `close()` waits for every one of them:
				// end them, or a test that closes its server while Chromium is still open waits
				// until the browser goes.
				close: () =>
					new Promise((done) => {
						server.close(() => {
							done();
						});
						server.closeAllConnections();
					}),
			});
		});
	});
}
