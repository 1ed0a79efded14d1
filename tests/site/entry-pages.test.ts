import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { basePath } from '../../config/site.ts';
import { distDir } from '../support/paths.ts';
import { findHomeProblems, findNotFoundProblems } from './lib/entry-pages.ts';

const read = (file: string) => parse(readFileSync(join(distDir, file), 'utf8'));

describe('the home pages', () => {
	test.each(['index.html', 'en/index.html'])(
		'%s offers a first step and an illustration',
		(file) => {
			expect(findHomeProblems(file, read(file), basePath())).toEqual([]);
		},
	);
});

describe('the not-found pages', () => {
	test.each([
		['404.html', 'id'],
		['en/404/index.html', 'en'],
	] as const)(
		'%s leads back into the guide, the calculators, the trainers and search',
		(file, lang) => {
			expect(findNotFoundProblems(file, read(file), lang)).toEqual([]);
		},
	);
});

describe('the entry-page checks, on broken pages', () => {
	test('report a home page without actions or illustration, and an action leaving the site', () => {
		const bare = parse('<div class="ib-home-actions"><a href="https://example.org/">x</a></div>');
		expect(findHomeProblems('a.html', bare, '/')).toEqual([
			'a.html: 1 hero actions (want 2–3)',
			'a.html: hero action “x” leaves the site (https://example.org/)',
			'a.html: no named illustration in the hero',
		]);
	});

	test('report a not-found page with nowhere to go', () => {
		const page = parse('<main><a href="/">Beranda</a></main>');
		expect(findNotFoundProblems('404.html', page, 'id')).toHaveLength(6);
	});
});
