import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sources } from '../../src/data/sources.ts';
import { root } from '../support/paths.ts';
import { citedSources, readSourcePages } from './lib/content.ts';
import { findIncompleteSources, findTimingProblems } from './lib/reference.ts';

const pages = readSourcePages(join(root, 'src/content/docs'));
const text = (path: string) => pages.find((p) => p.path === path)?.text ?? '';

describe('the workshop outlines', () => {
	test.each([
		['pelatihan/pengantar-60-menit.md', 60],
		['en/pelatihan/pengantar-60-menit.md', 60],
		['pelatihan/praktik-90-menit.md', 90],
		['en/pelatihan/praktik-90-menit.md', 90],
	] as const)('%s: every step fits its minutes and they add up to %i', (path, length) => {
		expect(findTimingProblems(path, text(path), length)).toEqual([]);
	});
});

describe('the sources page', () => {
	test.each([
		['referensi/sumber.md', 'id'],
		['en/referensi/sumber.md', 'en'],
	] as const)(
		'%s: every entry has publisher, title, date, what the site takes, a status',
		(path, lang) => {
			expect(text(path).match(/^### /gm)?.length).toBeGreaterThanOrEqual(30);
			expect(findIncompleteSources(path, text(path), lang)).toEqual([]);
		},
	);

	test('has an entry for every source any page or UI string cites', () => {
		// An entry (###) or a group of entries (##), such as all 2009 statistics.
		const entries = new Set(
			[...text('referensi/sumber.md').matchAll(/^##+ .*\{#([a-z0-9-]+)\}/gm)].map((m) => m[1]),
		);
		// Anchors cited by pages, and by the calculators' warnings (src/data/sources.ts).
		const cited = [
			...pages.flatMap((p) => citedSources(p.text)),
			...Object.values(sources).map((s) => s.anchor),
		];
		expect(cited.filter((anchor) => !entries.has(anchor))).toEqual([]);
	});
});

describe('the reference checks, on broken pages', () => {
	const outline = (rows: string, body: string) =>
		`| Langkah | Waktu | Menit |\n| --- | --- | --- |\n${rows}\n| **Total** | | **10** |\n\n${body}`;

	test('findTimingProblems() reports a sum, a gap, a heading and parts that do not add up', () => {
		const rows = '| 1. A | 0.00–0.05 | 5 |\n| 2. B | 0:06–0:10 | 4 |';
		const body =
			'## Langkah 1: A (5 menit) {#langkah-1}\n\n- **Bagian (3 menit):** x\n\n## Langkah 2: B (6 menit) {#langkah-2}\n\n- **Bagian (4 menit):** y\n';
		expect(findTimingProblems('a.md', outline(rows, body), 10)).toEqual([
			'a.md: steps add up to 9 minutes, not 10',
			'a.md: step 2 starts at minute 6, not 5',
			'a.md: step 1 has timed parts of 3 minutes, not 5',
			'a.md: step 2 heading says 6 minutes, the table 4',
		]);
	});

	test('findIncompleteSources() reports a missing field and a status outside the legend', () => {
		const page =
			'### A {#a}\n\n- **Penerbit:** P.\n- **Judul:** J.\n- **Tanggal:** 2009.\n- **Status:** Mungkin benar.\n';
		expect(findIncompleteSources('s.md', page, 'id')).toEqual([
			's.md #a: no “Yang diambil situs”',
			's.md #a: status “Mungkin benar.” is not from the legend',
		]);
	});

	test('findIncompleteSources() reports a range of levels, in either language, and accepts a label', () => {
		const entry = (status: string, lang: 'id' | 'en') =>
			lang === 'id'
				? `### A {#a}\n\n- **Penerbit:** P.\n- **Judul:** J.\n- **Tanggal:** 2009.\n- **Yang diambil situs:** x.\n- **Status:** ${status}\n`
				: `### A {#a}\n\n- **Publisher:** P.\n- **Title:** T.\n- **Date:** 2009.\n- **What the site takes:** x.\n- **Status:** ${status}\n`;
		expect(
			findIncompleteSources('s.md', entry('Keyakinan sedang hingga tinggi.', 'id'), 'id'),
		).toEqual([
			's.md #a: status “Keyakinan sedang hingga tinggi.” is not from the legend',
			's.md #a: “Keyakinan sedang hingga tinggi” is a range, not a label of the legend',
		]);
		expect(
			findIncompleteSources(
				's.md',
				entry('Terverifikasi: halaman resmi. Keyakinan rendah hingga sedang untuk x.', 'id'),
				'id',
			),
		).toEqual(['s.md #a: “Keyakinan rendah hingga sedang” is a range, not a label of the legend']);
		expect(findIncompleteSources('s.md', entry('Medium to high confidence.', 'en'), 'en')).toEqual([
			's.md #a: status “Medium to high confidence.” is not from the legend',
			's.md #a: “Medium to high” is a range, not a label of the legend',
		]);
		expect(
			findIncompleteSources('s.md', entry('Keyakinan sedang, tetapi tidak resmi.', 'id'), 'id'),
		).toEqual([]);
		expect(findIncompleteSources('s.md', entry('Medium confidence: press.', 'en'), 'en')).toEqual(
			[],
		);
	});
});
