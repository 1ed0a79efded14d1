import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { basePath } from '../../config/site.ts';
import { distDir, root } from '../support/paths.ts';
import { listHtmlFiles, readPages, type BuiltPage } from './lib/dist.ts';
import { fileOfHref, findLanguageSwitchProblems } from './lib/language-switch.ts';

const fixture = join(root, 'tests/site/fixtures/language-switch');

/** The hint after the other language's name, as each language's UI strings give it. */
const hints = Object.fromEntries(
	(['id', 'en'] as const).map((lang) => {
		const strings = JSON.parse(
			readFileSync(join(root, `src/content/i18n/${lang}.json`), 'utf8'),
		) as Record<string, string>;
		return [lang, strings['languageSwitch.hint'] ?? ''];
	}),
) as Record<'id' | 'en', string>;

describe('the language switch in the built site (dist/)', () => {
	let pages: BuiltPage[];

	beforeAll(() => {
		if (!existsSync(join(distDir, 'index.html'))) {
			throw new Error('No build found in dist/: run `npm run build` first (`npm test` does).');
		}
		pages = readPages(distDir).filter(({ file }) => !file.startsWith('_'));
	});

	test('both languages have a hint for it', () => {
		expect(hints.id).not.toBe('');
		expect(hints.en).not.toBe('');
	});

	test('every page has one in its header, pointing at its twin, the not-found pages included', () => {
		expect(pages.map((p) => p.file)).toEqual(
			expect.arrayContaining(['index.html', 'en/index.html', '404.html', 'en/404/index.html']),
		);
		expect(findLanguageSwitchProblems(pages, basePath(), hints)).toEqual([]);
	});
});

describe('fileOfHref()', () => {
	test.each([
		['/', '/', 'index.html'],
		['/en/', '/', 'en/index.html'],
		['/panduan/risiko/', '/', 'panduan/risiko/index.html'],
		['/404.html', '/', '404.html'],
		['/ikuti-balik/en/404/', '/ikuti-balik', 'en/404/index.html'],
		['/ikuti-balik/', '/ikuti-balik', 'index.html'],
		['/panduan/risiko/', '/ikuti-balik', undefined],
		['/ikuti-balikan/', '/ikuti-balik', undefined],
		['/panduan/risiko', '/', undefined],
		['/panduan/?platform=x', '/', undefined],
		['/panduan/#risiko', '/', undefined],
		['https://example.org/en/', '/', undefined],
	] as const)('%s under base %s is %s', (href, base, file) => {
		expect(fileOfHref(href, base)).toBe(file);
	});
});

describe('the check, on a broken fixture', () => {
	const broken = readPages(fixture);

	test('the fixture is read', () => {
		expect(listHtmlFiles(fixture)).toHaveLength(8);
	});

	test('findLanguageSwitchProblems() reports each broken switch and passes the sound ones', () => {
		expect(findLanguageSwitchProblems(broken, '/', hints)).toEqual([
			'en/404/index.html: the language switch points at "/404/", not at 404.html',
			'en/index.html: the language switch points at "/en/", not at index.html',
			'en/panduan/a/index.html: the language switch says hreflang="en", expected "id"',
			'en/panduan/a/index.html: the language switch does not show "Bahasa Indonesia" in lang="id"',
			'en/panduan/a/index.html: the language switch lacks the hint "read in Indonesian" in the page\'s language',
			'en/panduan/b/index.html: the language switch points at "/panduan/b/?platform=x#kalkulator", not at panduan/b/index.html',
			'panduan/a/index.html has 0 language switches in its header, expected 1',
			'panduan/b/index.html has 2 language switches in its header, expected 1',
		]);
	});

	test('findLanguageSwitchProblems() reports links that ignore the base path', () => {
		const problems = findLanguageSwitchProblems(broken, '/ikuti-balik', hints);
		expect(problems).toContain(
			'index.html: the language switch points at "/en/", not at en/index.html',
		);
		expect(problems).toContain(
			'404.html: the language switch points at "/en/404/", not at en/404/index.html',
		);
	});
});
