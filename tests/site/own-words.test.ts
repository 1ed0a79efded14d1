import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../support/paths.ts';
import { readSourcePages } from './lib/content.ts';
import { findCopiedRuns, readableSegments, sourceFingerprints, words } from './lib/own-words.ts';

const runsFile = join(root, 'tests/site/fixtures/source-runs.txt');
const stored = readFileSync(runsFile, 'utf8').split('\n').filter(Boolean);
const seedsDir = join(root, '../shared/seeds');
const seeds = existsSync(seedsDir)
	? readdirSync(seedsDir)
			.filter((name) => name.endsWith('.txt'))
			.sort()
			.map((name) => readFileSync(join(seedsDir, name), 'utf8'))
	: [];

describe('own words', () => {
	test('the stored fingerprints cover both source articles', () => {
		expect(stored.length).toBeGreaterThan(1000);
	});

	// The articles are not in the repository; CI and developers' machines have them in ../shared.
	test.runIf(seeds.length > 0)('the stored fingerprints are those of the source articles', () => {
		expect(stored).toEqual(sourceFingerprints(seeds));
	});

	test('no page shares a run of eight or more words with a source article', () => {
		const pages = readSourcePages(join(root, 'src/content/docs'));
		const runs = findCopiedRuns(pages, new Set(stored)).map((r) => `${r.path}: “${r.words}”`);
		expect(runs).toEqual([]);
	});

	test.runIf(seeds.length > 0)('catches a page pasted from a source article', () => {
		const first = (seeds[0] ?? '').split('\n')[0] ?? '';
		const runs = findCopiedRuns([{ path: 'pasted.md', text: first }], new Set(stored));
		expect(runs.map((r) => r.path)).toContain('pasted.md');
	});
});

describe('findCopiedRuns(), on a made-up source', () => {
	const source =
		'Pemilik warung kopi di ujung gang selalu menyapa pelanggan baru dengan senyum lebar setiap pagi.';
	const fingerprints = new Set(sourceFingerprints([source]));
	const check = (text: string) => findCopiedRuns([{ path: 'a.md', text }], fingerprints);

	test('reports a copied run of eight words, ignoring case and punctuation', () => {
		expect(
			check('Kata mereka, PEMILIK warung kopi di ujung gang selalu menyapa: begitulah.'),
		).toEqual([{ path: 'a.md', words: 'pemilik warung kopi di ujung gang selalu menyapa' }]);
	});

	test('reports the whole run once when it is longer than eight words', () => {
		const runs = check(`---\ntitle: A\n---\n\n${source}`);
		expect(runs).toEqual([{ path: 'a.md', words: words(source).join(' ') }]);
	});

	test('accepts seven shared words', () => {
		expect(check('Pemilik warung kopi di ujung gang selalu, lalu yang lain.')).toEqual([]);
	});

	test('reads the frontmatter description, link text and table cells, not link targets', () => {
		expect(
			check('---\ndescription: warung kopi di ujung gang selalu menyapa pelanggan baru\n---\n'),
		).toHaveLength(1);
		expect(check('[Pemilik warung kopi di ujung gang selalu menyapa](/a/)')).toHaveLength(1);
		expect(check('| x | pemilik warung kopi di ujung gang selalu menyapa |')).toHaveLength(1);
		expect(check('[Kopi](/pemilik-warung-kopi-di-ujung-gang-selalu-menyapa/)')).toEqual([]);
	});

	test('accepts a quotation attributed to the article, not an unattributed one', () => {
		const quoted = '“pemilik warung kopi di ujung gang selalu menyapa pelanggan baru”';
		expect(check(`Penulis artikel menulis ${quoted}.`)).toEqual([]);
		expect(check(`The author writes ${quoted.replace(/[“”]/g, '"')}.`)).toEqual([]);
		expect(
			check(`<blockquote>${quoted}</blockquote> ([artikel](/referensi/sumber/#artikel-x))`),
		).toEqual([]);
		expect(check(`Kata orang, ${quoted}.`)).toHaveLength(1);
	});

	test('does not let a run cross from a quotation into the text around it', () => {
		const segments = readableSegments(
			'Penulis: “pemilik warung kopi” di ujung gang selalu menyapa.',
		);
		expect(segments).toEqual(['Penulis: ', ' di ujung gang selalu menyapa.']);
	});
});
