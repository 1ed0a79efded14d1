/** The dictionaries of our own components, by page locale. */
import type { Locale } from '../lib/number/index.ts';
import { en } from './en.ts';
import { id, type Dictionary } from './id.ts';

export type { Dictionary };

export const dictionaries: Readonly<Record<Locale, Dictionary>> = { id, en };

/** The page locale from Starlight's BCP 47 tag: English for `en`, Indonesian otherwise. */
export function localeOf(lang: string): Locale {
	return lang === 'en' ? 'en' : 'id';
}
