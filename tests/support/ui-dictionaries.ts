/**
 * Every UI dictionary the site ships, in each language, for the checks that read all its words
 * (spelling in tests/language, terms in tests/site). A new dictionary is added here once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataImport } from '../../src/i18n/data-import.ts';
import { diagrams } from '../../src/i18n/diagrams.ts';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { offline } from '../../src/i18n/offline.ts';
import { root } from './paths.ts';

export interface UiDictionary {
	label: string;
	lang: 'id' | 'en';
	/** Shown as plain text (no italics); the diagrams' words are set in SVG with their own styles. */
	plain: boolean;
	value: unknown;
}

const json = (lang: 'id' | 'en'): unknown =>
	JSON.parse(readFileSync(join(root, `src/content/i18n/${lang}.json`), 'utf8'));

export const uiDictionaries: readonly UiDictionary[] = [
	{ label: 'src/i18n/id.ts', lang: 'id', plain: true, value: id },
	{ label: 'src/i18n/en.ts', lang: 'en', plain: true, value: en },
	...(['id', 'en'] as const).flatMap((lang): UiDictionary[] => [
		{ label: `src/i18n/diagrams.ts (${lang})`, lang, plain: false, value: diagrams[lang] },
		{ label: `src/i18n/data-import.ts (${lang})`, lang, plain: true, value: dataImport[lang] },
		{ label: `src/i18n/offline.ts (${lang})`, lang, plain: true, value: offline[lang] },
		{ label: `src/content/i18n/${lang}.json`, lang, plain: true, value: json(lang) },
	]),
];
