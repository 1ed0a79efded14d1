import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sources } from '../../src/data/sources.ts';
import { citation } from '../../src/lib/i18n/citation.ts';
import { distDir, root } from '../support/paths.ts';
import { readPages } from './lib/dist.ts';
import {
	findForeignSourceLabels,
	islandCitations,
	sourceLabelProblems,
} from './lib/source-labels.ts';

describe('source labels in the reader’s language', () => {
	test('no Indonesian page shows an English source label or a dash for an unknown date', () => {
		const pages = readPages(distDir);
		expect(pages.length).toBeGreaterThanOrEqual(30);
		// The follow-back calculator hands its island every citation it may show in a warning.
		const calculator = pages.find((p) => p.file === 'kalkulator/ikuti-balik/index.html');
		const props = calculator?.document.querySelector('astro-island')?.getAttribute('props') ?? '';
		expect(islandCitations(props)).toHaveLength(Object.keys(sources).length);
		expect(findForeignSourceLabels(pages)).toEqual([]);
	});

	test('every source the calculators cite reads in Indonesian, without a dangling dash', () => {
		const problems = Object.values(sources).flatMap((source) =>
			sourceLabelProblems(citation(source, 'id')).map((p) => `${source.anchor}: ${p}`),
		);
		expect(problems).toEqual([]);
	});
});

describe('findForeignSourceLabels(), on a broken build (tests/site/fixtures/source-labels/)', () => {
	test('reports English labels and dashes on the Indonesian page, and nothing on the English one', () => {
		const pages = readPages(join(root, 'tests/site/fixtures/source-labels'));
		expect(pages.map((p) => p.file)).toEqual(['en/index.html', 'index.html']);
		expect(findForeignSourceLabels(pages)).toEqual([
			'index.html: “User reports”: English source label “User reports”',
			'index.html: “Sumber: laporan pengguna, batas mingguan, —”: a dash where the date should be',
			'index.html: “Secondary sources, “Instagram following limit (no official help page)”, —”: English source label “Secondary sources”',
			'index.html: “Secondary sources, “Instagram following limit (no official help page)”, —”: a dash where the date should be',
		]);
	});

	test('sourceLabelProblems() accepts names, quoted titles and date ranges', () => {
		expect(sourceLabelProblems('X Help Center, “About following on X”, 2019–2026')).toEqual([]);
		expect(sourceLabelProblems('Rival IQ, laporan 2023, data 2022')).toEqual([]);
		expect(sourceLabelProblems('laporan pengguna, sejak 2021')).toEqual([]);
		expect(sourceLabelProblems('Meta, version of October 3, 2024')).toEqual([
			'English source label “version”',
		]);
		expect(sourceLabelProblems('—')).toEqual(['a dash where the date should be']);
	});
});
