import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, root } from '../support/paths.ts';
import { findMissingSections } from './lib/dist.ts';
import { sourceChecklist } from './source-checklist.ts';

describe('the source checklist', () => {
	test('covers both articles', () => {
		const articles = new Set(sourceChecklist.map((p) => p.article));
		expect(articles).toEqual(new Set(['000', '003']));
	});

	test('finds every point of both source articles in both languages', () => {
		expect(findMissingSections(distDir, sourceChecklist)).toEqual([]);
	});

	test('reports a section missing in one language (broken fixture)', () => {
		const fixture = join(root, 'tests/site/fixtures/broken');
		expect(
			findMissingSections(fixture, [
				{ page: 'panduan/a', anchor: 'bagian' },
				{ page: 'panduan/a', anchor: 'rincian' },
				{ page: 'panduan/b', anchor: 'hanya-id' },
			]),
		).toEqual([
			'en/panduan/a/index.html has no #rincian',
			'en/panduan/b/index.html does not exist (needed for #hanya-id)',
		]);
	});
});
