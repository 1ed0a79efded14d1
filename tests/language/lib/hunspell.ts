/**
 * Spelling with real dictionaries: Hunspell with Debian's `hunspell-id` (Indonesian) and
 * `hunspell-en-us` (English, US spelling). They are system packages used at test time only.
 * Words the dictionaries lack (names, accepted loanwords) are listed in `tests/language/words/`,
 * one per line, sorted; `word/model` gives a word the affixes of a dictionary word
 * (`unggah/ambil` accepts *unggahan*, *mengunggah*, *diunggah*).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Hunspell dictionaries used, and the Debian package that installs each. */
export const dictionaryPackages = { id_ID: 'hunspell-id', en_US: 'hunspell-en-us' } as const;
export type DictionaryName = keyof typeof dictionaryPackages;

/** Where Debian installs Hunspell dictionaries. */
export const systemDictionaryDir = '/usr/share/hunspell';

/**
 * Says what is missing to run the spelling check, naming the packages to install, or `undefined`
 * when Hunspell and both dictionaries are there.
 */
export function missingSetup(dir = systemDictionaryDir, binary = 'hunspell'): string | undefined {
	const missing: string[] = [];
	if (spawnSync(binary, ['-v'], { encoding: 'utf8' }).error) missing.push('hunspell');
	for (const [name, pkg] of Object.entries(dictionaryPackages)) {
		if (!existsSync(join(dir, `${name}.dic`)) || !existsSync(join(dir, `${name}.aff`))) {
			missing.push(pkg);
		}
	}
	if (missing.length === 0) return undefined;
	return (
		`The spelling check needs Hunspell and its Indonesian and English dictionaries; missing: ` +
		`${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')} ` +
		`(Debian/Ubuntu; not available from npm).`
	);
}

/**
 * The words of a text worth spelling: letters, with hyphenated words whole (*masing-masing*), no
 * acronyms, no possessive `'s`.
 */
export function spellableWords(text: string): string[] {
	return (text.normalize('NFC').match(/\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu) ?? [])
		.map((w) => w.replace(/’/g, "'").replace(/'s$|'+$/, ''))
		.filter((w) => w.length > 1 && !/^\p{Lu}+s?$/u.test(w));
}

/** A personal word list for Hunspell made of several lists, in a temporary file. */
export function personalList(files: readonly string[]): string {
	const words = files.flatMap((file) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line !== '' && !line.startsWith('#')),
	);
	const path = join(mkdtempSync(join(tmpdir(), 'spelling-')), 'words.dic');
	writeFileSync(path, `${words.join('\n')}\n`);
	return path;
}

/**
 * Indonesian affixes and clitics written apart from a foreign or numeric base with a hyphen
 * (EYD V: *engagement*-nya, ber-ROI, ke-2): fragments, not words.
 */
const affixFragments = new Set([
	'nya',
	'ber',
	'di',
	'ke',
	'se',
	'me',
	'pe',
	'ter',
	'an',
	'kan',
	'i',
]);

/** Indonesian clitics a word may end in: *unggahannya*, *periksalah*, *apakah*. */
const clitic = /(?:nya|lah|kah|pun|ku|mu)$/;

/**
 * The words Hunspell does not know with the given dictionaries and personal list, in their first
 * order, each once. With `id_ID`, a word is also known when it is a known word plus a clitic.
 */
export function unknownWords(
	words: readonly string[],
	dictionaries: readonly DictionaryName[],
	personal: string,
	dir = systemDictionaryDir,
): string[] {
	const unique = [...new Set(words)];
	const whole = runHunspell(unique, dictionaries, personal, dir);
	// A hyphenated word the dictionaries lack is known when each part is (*engagement*-nya, ber-ROI).
	const parts = whole.flatMap((w) => (w.includes('-') ? w.split('-') : [w]));
	const unknownParts = new Set(
		withClitics(
			parts.filter((p) => p.length > 1 && !affixFragments.has(p.toLowerCase())),
			dictionaries,
			personal,
			dir,
		),
	);
	return whole.filter((w) =>
		w
			.split('-')
			.some((p) => p.length > 1 && !affixFragments.has(p.toLowerCase()) && unknownParts.has(p)),
	);
}

/** The unknown words, where, with `id_ID`, a known word plus a clitic counts as known. */
function withClitics(
	words: readonly string[],
	dictionaries: readonly DictionaryName[],
	personal: string,
	dir: string,
): string[] {
	const first = runHunspell([...new Set(words)], dictionaries, personal, dir);
	if (!dictionaries.includes('id_ID')) return first;
	const stems = first.map((w) => w.replace(clitic, '')).filter((stem) => stem.length > 1);
	const unknownStems = new Set(runHunspell(stems, dictionaries, personal, dir));
	return first.filter((w) => {
		const stem = w.replace(clitic, '');
		return stem === w || stem.length <= 1 || unknownStems.has(stem);
	});
}

function runHunspell(
	unique: readonly string[],
	dictionaries: readonly DictionaryName[],
	personal: string,
	dir: string,
): string[] {
	if (unique.length === 0) return [];
	const result = spawnSync(
		'hunspell',
		['-d', dictionaries.map((d) => join(dir, d)).join(','), '-p', personal, '-l', '-i', 'utf-8'],
		{ input: unique.join('\n'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	if (result.error) throw result.error;
	if (result.status !== 0) throw new Error(`hunspell failed: ${result.stderr}`);
	const unknown = new Set(result.stdout.split('\n').filter(Boolean));
	return unique.filter((w) => unknown.has(w));
}
