import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/paths.ts';
import { readPages } from './lib/dist.ts';
import { findVagueLinks, linkName } from './lib/link-text.ts';

describe('link texts', () => {
	test('say where each link goes, on every built page', () => {
		const pages = readPages(distDir);
		expect(pages.length).toBeGreaterThanOrEqual(30);
		expect(findVagueLinks(pages)).toEqual([]);
	});
});

describe('findVagueLinks(), on a broken page', () => {
	const page = (body: string) => [
		{ file: 'a/index.html', document: parse(`<main>${body}</main>`) },
	];

	test('reports vague and empty link names in both languages', () => {
		expect(
			findVagueLinks(
				page(
					'<a href="/a/">Klik di sini!</a> <a href="/b/">selengkapnya</a> <a href="/c/">Read more…</a>' +
						'<a href="/d/">here</a> <a href="/e/"></a>',
				),
			),
		).toEqual([
			'a/index.html: “klik di sini” (/a/)',
			'a/index.html: “selengkapnya” (/b/)',
			'a/index.html: “read more” (/c/)',
			'a/index.html: “here” (/d/)',
			'a/index.html: “” (/e/)',
		]);
	});

	test('accepts descriptive texts, an aria-label and an image with alt text', () => {
		expect(
			findVagueLinks(
				page(
					'<a href="/a/">risiko ikuti balik</a> <a href="/b/" aria-label="Kalkulator engagement">di sini</a>' +
						'<a href="/c/"><img src="x.png" alt="Beranda"></a>',
				),
			),
		).toEqual([]);
	});

	test('linkName() folds case, punctuation and spacing', () => {
		expect(linkName('  Klik   DI sini. ')).toBe('klik di sini');
	});
});
