/**
 * The diagrams (`src/components/diagrams/`) as built: each figure is an accessible, captioned,
 * script-free inline SVG in its page's language, small, with IDs of its own; each of the four
 * appears in both languages; and the diagrams' dictionary has the same strings in both languages.
 * The checks also run on broken fixtures, to prove they fail.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { terms } from '../../src/content/terms.ts';
import { diagrams } from '../../src/i18n/diagrams.ts';
import { distDir } from '../support/paths.ts';
import { readPages, type BuiltPage } from './lib/dist.ts';
import {
	findDiagramIdCollisions,
	findDiagramProblems,
	findDictionaryMismatches,
	findMissingDiagrams,
	gzipBytes,
	maxDiagramGzipBytes,
	type TitlesByLocale,
} from './lib/diagrams.ts';
import { dictionaryText, findRejectedVariants } from './lib/terms.ts';

/** The four diagrams, by their `data-diagram` name. */
const names = ['follow-back-loop', 'who-sees-a-post', 'one-to-many', 'following-growth'];

const titles: TitlesByLocale = {
	id: Object.values(diagrams.id).map((d) => d.title),
	en: Object.values(diagrams.en).map((d) => d.title),
};

describe('the diagrams in the build (dist/)', () => {
	let pages: BuiltPage[];

	beforeAll(() => {
		if (!existsSync(join(distDir, 'index.html'))) {
			throw new Error('No build found in dist/: run `npm run build` first (`npm test` does).');
		}
		pages = readPages(distDir);
	});

	test('are accessible, captioned, in the page’s language, script-free and small', () => {
		expect(findDiagramProblems(pages, titles)).toEqual([]);
	});

	test('have IDs no other element of their page uses', () => {
		expect(findDiagramIdCollisions(pages)).toEqual([]);
	});

	test('each appear on at least one page in each language', () => {
		expect(findMissingDiagrams(pages, names)).toEqual([]);
	});
});

describe('the diagrams’ dictionary (src/i18n/diagrams.ts)', () => {
	test('has the same keys, placeholders and italics in both languages', () => {
		expect(findDictionaryMismatches(diagrams.id, diagrams.en)).toEqual([]);
	});

	test('gives every diagram a title of its own in each language', () => {
		for (const list of [titles.id, titles.en]) {
			expect(new Set(list).size).toBe(list.length);
		}
		expect(titles.id.filter((t) => titles.en.includes(t))).toEqual([]);
	});

	test('uses no variant the termbase rejects', () => {
		const texts = (['id', 'en'] as const).map((lang) => ({
			label: `src/i18n/diagrams.ts (${lang})`,
			lang,
			page: '',
			text: dictionaryText(diagrams[lang]),
		}));
		expect(findRejectedVariants(texts, terms)).toEqual([]);
	});
});

describe('the diagram checks, on broken fixtures', () => {
	/** A well-formed figure; `change` breaks one thing in it. */
	const figure = (change: (html: string) => string = (html) => html, prefix = 'ib-test-1') =>
		change(
			`<figure class="ib-diagram" data-diagram="test"><svg viewBox="0 0 320 40" role="img" aria-labelledby="${prefix}-t" aria-describedby="${prefix}-d"><title id="${prefix}-t">${titles.id[0] ?? ''}</title><desc id="${prefix}-d">Uraian.</desc><defs><marker id="${prefix}-h"></marker></defs><path marker-end="url(#${prefix}-h)" d="M0 0H9"></path><text x="4" y="20">Teks</text></svg><figcaption>Keterangan.</figcaption></figure>`,
		);
	const page = (body: string, file = 'coba/index.html'): BuiltPage => ({
		file,
		document: parse(`<html><body>${body}</body></html>`),
	});
	const problems = (body: string, file?: string) =>
		findDiagramProblems([page(body, file)], titles).join('\n');

	test('pass a well-formed figure', () => {
		expect(findDiagramProblems([page(figure())], titles)).toEqual([]);
		expect(findDiagramIdCollisions([page(figure() + figure(undefined, 'ib-test-2'))])).toEqual([]);
	});

	test('catch a figure without a caption', () => {
		expect(problems(figure((h) => h.replace('<figcaption>Keterangan.</figcaption>', '')))).toMatch(
			'has no <figcaption> text',
		);
	});

	test('catch a missing role, title, description or label', () => {
		expect(problems(figure((h) => h.replace(' role="img"', '')))).toMatch('lacks role="img"');
		expect(problems(figure((h) => h.replace(/<title.*<\/title>/, '')))).toMatch('no <title>');
		expect(problems(figure((h) => h.replace(/<desc.*<\/desc>/, '')))).toMatch('no <desc>');
		expect(problems(figure((h) => h.replace(/ aria-labelledby="[^"]*"/, '')))).toMatch(
			'does not point at the <title>',
		);
	});

	test('catch a title in the other language', () => {
		expect(problems(figure(), 'en/coba/index.html')).toMatch('is not an English title');
	});

	test('catch a drawing without text, or with words drawn as paths only', () => {
		expect(problems(figure((h) => h.replace('<text x="4" y="20">Teks</text>', '')))).toMatch(
			'has no <text>',
		);
	});

	test('catch a script, an event handler or a reference outside the figure', () => {
		expect(problems(figure((h) => h.replace('</svg>', '<script>1</script></svg>')))).toMatch(
			'embeds a script',
		);
		expect(problems(figure((h) => h.replace('<text ', '<text onclick="x()" ')))).toMatch(
			'event handlers (onclick)',
		);
		expect(problems(figure((h) => h.replace('url(#ib-test-1-h)', 'url(#elsewhere)')))).toMatch(
			'refers to #elsewhere',
		);
	});

	test('catch a figure over the size budget', () => {
		// Digits of a pseudo-random sequence compress poorly, like a real drawing would not.
		let seed = 1;
		const noise = Array.from({ length: 12_000 }, () => {
			seed = (seed * 16_807) % 2_147_483_647;
			return String(seed % 10);
		}).join('');
		const heavy = figure((h) => h.replace('Teks', noise));
		expect(gzipBytes(heavy)).toBeGreaterThan(maxDiagramGzipBytes);
		expect(problems(heavy)).toMatch(/bytes gzip, over 4096/);
	});

	test('catch two figures sharing IDs, and an unprefixed ID', () => {
		expect(findDiagramIdCollisions([page(figure() + figure())]).join('\n')).toMatch(
			'id="ib-test-1-t" ×2',
		);
		expect(findDiagramIdCollisions([page(figure(undefined, 'judul'))]).join('\n')).toMatch(
			'id="judul-t" is not prefixed ib-',
		);
	});

	test('catch a diagram missing from one language', () => {
		const onlyId = [page(figure()), page('<p>No figure</p>', 'en/coba/index.html')];
		expect(findMissingDiagrams(onlyId, ['test'])).toEqual(['diagram test is on no English page']);
	});

	test('catch a dictionary string in one language only, or with other placeholders', () => {
		expect(
			findDictionaryMismatches(
				{ a: { title: 'Judul {n}', extra: 'Tambahan', lines: ['*satu*'] } },
				{ a: { title: 'Title', lines: ['*one'] } },
			),
		).toEqual([
			'a.extra only in Indonesian',
			'a.title: placeholders differ ({n} / )',
			'a.lines (en): unbalanced *italic* marks',
		]);
	});
});
