/**
 * Writes the fingerprints of every eight-word run of the source articles (`../shared/seeds/*.txt`)
 * to `tests/site/fixtures/source-runs.txt`, for the own-words test. Run after a source changes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceFingerprints } from '../tests/site/lib/own-words.ts';

const root = join(import.meta.dirname, '..');
const seeds = join(root, '../shared/seeds');
const texts = readdirSync(seeds)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => readFileSync(join(seeds, name), 'utf8'));
const out = join(root, 'tests/site/fixtures/source-runs.txt');
writeFileSync(out, `${sourceFingerprints(texts).join('\n')}\n`);
console.log(`Wrote ${out} from ${String(texts.length)} source articles.`);
