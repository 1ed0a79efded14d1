import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startLighthouse } from '../support/lighthouse.ts';
import { serveStatic } from '../support/static-server.ts';
import { urlOf } from './support/browser.ts';

let lighthouse: Awaited<ReturnType<typeof startLighthouse>>;
beforeAll(async () => {
	lighthouse = await startLighthouse(inject('chromiumPath'));
}, 60_000);
afterAll(() => {
	lighthouse.close();
});

// Each score is the median of three runs after a warm-up, with Lighthouse's CPU slowdown calibrated
// to the host (tests/support/lighthouse.ts); `measured` names the metrics when a page falls short.
describe('Lighthouse (mobile)', () => {
	test.each([
		'',
		'en/',
		'panduan/risiko/',
		'en/panduan/risiko/',
		'kalkulator/ikuti-balik/',
		'en/kalkulator/ikuti-balik/',
	])(
		'/%s scores 100 in accessibility, best practices and SEO, and at least 90 in performance',
		async (path) => {
			const scores = await lighthouse.run(urlOf(path));
			expect(scores.failing).toEqual([]);
			expect([scores.accessibility, scores.bestPractices, scores.seo]).toEqual([100, 100, 100]);
			expect(scores.performance, scores.measured).toBeGreaterThanOrEqual(90);
		},
		300_000,
	);

	test('refuses to score a page it could not audit (the 404 page), instead of passing it', async () => {
		await expect(lighthouse.run(urlOf('halaman-yang-tidak-ada/'))).rejects.toThrow(
			/could not audit/,
		);
	}, 180_000);

	test('scores a page that blocks its first paint for two seconds below 90, median and calibration notwithstanding', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ib-slow-'));
		writeFileSync(
			join(dir, 'index.html'),
			`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A slow page</title><meta name="description" content="A fixture that blocks its first paint.">
<script>const end = Date.now() + 2000; while (Date.now() < end) {}</script>
</head><body><main><h1>A slow page</h1><p>It blocks the main thread before it paints.</p></main></body></html>`,
		);
		const site = await serveStatic(dir);
		try {
			const scores = await lighthouse.run(`${site.origin}/`);
			expect(scores.performance, scores.measured).toBeLessThan(90);
		} finally {
			await site.close();
			rmSync(dir, { recursive: true, force: true });
		}
	}, 300_000);
});
