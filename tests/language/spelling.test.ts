import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { root } from '../support/paths.ts';
import { uiDictionaries } from '../support/ui-dictionaries.ts';
import { readSourcePages } from '../site/lib/content.ts';
import { dictionaryText } from '../site/lib/terms.ts';
import {
	missingSetup,
	personalList,
	spellableWords,
	unknownWords,
	type DictionaryName,
} from './lib/hunspell.ts';
import { splitProse, type Prose } from './lib/prose.ts';

const wordsDir = join(root, 'tests/language/words');
const lists = ['names', 'id', 'en'] as const;
const listFile = (name: (typeof lists)[number]) => join(wordsDir, `${name}.txt`);
const readList = (name: (typeof lists)[number]) =>
	readFileSync(listFile(name), 'utf8')
		.split('\n')
		.filter((line) => line !== '' && !line.startsWith('#'));

/** A text to spell: where it is, its language, and its prose. */
interface Spelled {
	label: string;
	lang: 'id' | 'en';
	prose: Prose;
	/**
	 * UI strings are plain text, which cannot italicise a foreign word: Indonesian ones may also use
	 * English words (the apps' own labels), checked against the English dictionary.
	 */
	plain?: boolean;
}

const texts: Spelled[] = [
	...readSourcePages(join(root, 'src/content/docs')).map(({ path, text }): Spelled => ({
		label: path,
		lang: path.startsWith('en/') ? 'en' : 'id',
		prose: splitProse(text),
	})),
	...uiDictionaries.map(({ label, lang, plain, value }): Spelled => ({
		label,
		lang,
		...(plain ? { plain } : {}),
		prose: splitProse(dictionaryText(value)),
	})),
];

/**
 * Misspelt words of each text: upright words against the text's own language, italic and quoted
 * words (foreign terms, slang, titles of sources) against either language. Words are checked in
 * one Hunspell run per dictionary set, then reported per text.
 */
function misspelt(items: readonly Spelled[]): string[] {
	const own = {
		id: personalList([listFile('names'), listFile('id')]),
		en: personalList([listFile('names'), listFile('en')]),
	};
	const both = personalList(lists.map(listFile));
	const checks = {
		id: { dictionaries: ['id_ID'], personal: own.id },
		en: { dictionaries: ['en_US'], personal: own.en },
		either: { dictionaries: ['id_ID', 'en_US'], personal: both },
	} satisfies Record<string, { dictionaries: DictionaryName[]; personal: string }>;
	type Check = keyof typeof checks;
	const planned = items.map(
		({ lang, prose, plain = false }): { check: Check; words: string[] }[] => {
			// Capitalised words mid-text are mostly names and titles (Help Center, Rival IQ): either language.
			const words = spellableWords(prose.upright);
			const lower = words.filter((w) => !/^\p{Lu}/u.test(w));
			const rest = [...words.filter((w) => /^\p{Lu}/u.test(w)), ...spellableWords(prose.foreign)];
			const own: Check = plain && lang === 'id' ? 'either' : lang;
			return [
				{ check: own, words: lower },
				{ check: 'either', words: rest },
			];
		},
	);
	const unknown = Object.fromEntries(
		(Object.keys(checks) as Check[]).map((check) => {
			const words = planned.flatMap((p) =>
				p.filter((x) => x.check === check).flatMap((x) => x.words),
			);
			const { dictionaries, personal } = checks[check];
			return [check, new Set(unknownWords(words, dictionaries, personal))];
		}),
	) as Record<Check, Set<string>>;
	return items.flatMap(({ label }, i) => {
		const found = (planned[i] ?? []).flatMap(({ check, words }) =>
			words.filter((w) => unknown[check].has(w)),
		);
		return found.length === 0 ? [] : [`${label}: ${[...new Set(found)].join(', ')}`];
	});
}

beforeAll(() => {
	const missing = missingSetup();
	if (missing !== undefined) throw new Error(missing);
});

describe('spelling, with Hunspell (hunspell-id, hunspell-en-us)', () => {
	test('every page and UI string is spelt as the dictionaries and the word lists allow', () => {
		expect(texts.length).toBeGreaterThanOrEqual(30);
		expect(misspelt(texts)).toEqual([]);
	});

	test('the word lists are sorted, without duplicates, and every entry is still needed', () => {
		const used = new Set(
			texts.flatMap(({ prose }) =>
				spellableWords(`${prose.upright}\n${prose.foreign}`).map((w) => w.toLowerCase()),
			),
		);
		for (const name of lists) {
			const entries = readList(name);
			const sorted = [...entries].sort((a, b) => a.localeCompare(b, 'en'));
			expect(entries, `${name}.txt is not sorted`).toEqual(sorted);
			expect(new Set(entries).size, `${name}.txt has duplicates`).toBe(entries.length);
			const unused = entries.filter((entry) => {
				const word = (entry.split('/')[0] ?? '').toLowerCase();
				// `word/model` entries also accept affixed forms: any word containing the base.
				return entry.includes('/') ? ![...used].some((w) => w.includes(word)) : !used.has(word);
			});
			expect(unused, `${name}.txt lists words no text uses`).toEqual([]);
		}
	});
});

describe('the spelling check, on broken texts', () => {
	const page = (lang: 'id' | 'en', text: string): Spelled => ({
		label: `${lang}/a.md`,
		lang,
		prose: splitProse(text),
	});

	test('reports a typo in each language, and English left upright in Indonesian prose', () => {
		expect(
			misspelt([
				page('id', 'Pengikut yang aktif sering memberi kesalhan kecil.'),
				page('id', 'Pengikut (follower) baru.'),
				page('en', 'Your followrs read the guide.'),
			]),
		).toEqual(['id/a.md: kesalhan', 'id/a.md: follower', 'en/a.md: followrs']);
	});

	test('accepts italic foreign words, clitics, hyphenated affixes and quoted titles', () => {
		expect(
			misspelt([
				page('id', 'Pengikut (*follower*) menaikkan *engagement*-nya; rumahnya “Men Follow Men”.'),
				page('en', 'Indonesians say *ikuti balik*.'),
			]),
		).toEqual([]);
	});

	test('names the packages to install when the dictionaries are missing', () => {
		const message = missingSetup('/nonexistent-dictionaries') ?? '';
		expect(message).toMatch(/hunspell-id/);
		expect(message).toMatch(/hunspell-en-us/);
		expect(missingSetup('/nonexistent', 'no-such-hunspell-binary')).toMatch(/missing: hunspell,/);
	});
});
