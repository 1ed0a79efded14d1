import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startLighthouse } from '../support/lighthouse.ts';
import { urlOf } from './support/browser.ts';

let lighthouse: Awaited<ReturnType<typeof startLighthouse>>;
beforeAll(async () => {
	lighthouse = await startLighthouse(inject('chromiumPath'));
}, 60_000);
afterAll(() => {
	lighthouse.close();
});

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
			// Timings are noisy on shared machines; `npm run bench` reports the real figure.
			expect(scores.performance).toBeGreaterThanOrEqual(90);
		},
		180_000,
	);

	test('refuses to score a page it could not audit (the 404 page), instead of passing it', async () => {
		await expect(lighthouse.run(urlOf('halaman-yang-tidak-ada/'))).rejects.toThrow(
			/could not audit/,
		);
	}, 180_000);
});
