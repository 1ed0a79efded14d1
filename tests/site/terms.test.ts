import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { terms, type Term } from '../../src/content/terms.ts';
import { root } from '../support/paths.ts';
import { uiDictionaries } from '../support/ui-dictionaries.ts';
import { readSourcePages } from './lib/content.ts';
import {
	dictionaryText,
	findGlossaryMismatches,
	findMissingColloquial,
	findMissingEntries,
	findRejectedVariants,
	findUnitalicised,
	findUnusedHeadwords,
	pagesToCheck,
	type Checked,
} from './lib/terms.ts';

const pages = pagesToCheck(readSourcePages(join(root, 'src/content/docs')));
/** Dictionary sections that one calculator page shows, so that rules limited to it apply to them. */
const sectionPages: Readonly<Record<string, string>> = {
	reciprocity: 'kalkulator/ikuti-balik',
	engagement: 'kalkulator/engagement',
	reach: 'kalkulator/jangkauan',
};
const dictionaries: Checked[] = uiDictionaries.flatMap(({ label, lang, value }) =>
	Object.entries(value as Record<string, unknown>).map(([section, strings]) => ({
		label: `${label} (${section})`,
		lang,
		page: sectionPages[section] ?? '',
		// Placeholders such as `{broadcast}` are filled in, never read.
		text: dictionaryText(strings).replace(/\{\w+\}/g, ' '),
	})),
);
const isGlossary = (t: Checked) => t.page === 'referensi/glosarium';
const glossary = {
	id: pages.find((t) => isGlossary(t) && t.lang === 'id')?.text ?? '',
	en: pages.find((t) => isGlossary(t) && t.lang === 'en')?.text ?? '',
};

describe('the termbase', () => {
	test('lists each Indonesian and each English term once', () => {
		for (const lang of ['id', 'en'] as const) {
			const names = terms.map((t) => t[lang].toLowerCase());
			// “engagement”, “spam”, “bot” and “follow churn” are the same word in both languages.
			expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
		}
	});

	test('never rejects its own term', () => {
		const clash = terms.flatMap((term) => [
			...findRejectedVariants([{ label: term.id, lang: 'id', page: '', text: term.id }], [term]),
			...findRejectedVariants([{ label: term.en, lang: 'en', page: '', text: term.en }], [term]),
		]);
		expect(clash).toEqual([]);
	});
});

describe('pages and UI strings', () => {
	test('use no variant the termbase rejects', () => {
		expect(findRejectedVariants([...pages, ...dictionaries], terms)).toEqual([]);
	});

	test('italicise foreign and colloquial terms in Indonesian prose', () => {
		expect(findUnitalicised(pages, terms)).toEqual([]);
	});

	test('have glossary headwords that are the termbase’s terms', () => {
		expect(findGlossaryMismatches(glossary, terms)).toEqual([]);
	});

	test('use every glossary headword somewhere outside the glossary', () => {
		const others = [...pages.filter((t) => !isGlossary(t)), ...dictionaries];
		expect(findUnusedHeadwords(glossary, others)).toEqual([]);
	});

	test('explain in the glossary the terms the pages use for feeds, rules, statistics and LinkedIn', () => {
		// Issue 20: terms the pages used without explaining them.
		const needed = [
			'beranda-rekomendasi',
			'undangan-koneksi',
			'tingkat-penerimaan-undangan',
			'ambang-5000',
			'median',
			'rasio-jangkauan',
			'titik-impas',
			'interval-kepercayaan',
			'kelompok-interaksi',
			'humas',
		];
		expect(findMissingEntries(glossary, needed)).toEqual([]);
	});

	test('name the words readers use on the what-is page and in the glossary', () => {
		const where = pages.filter((t) => isGlossary(t) || t.page === 'panduan/apa-itu-ikuti-balik');
		expect(where).toHaveLength(4);
		expect(findMissingColloquial(where, terms)).toEqual([]);
	});
});

describe('the term checks, on broken texts', () => {
	const term: Term = {
		concept: 'saves',
		id: 'disimpan',
		en: 'saves',
		italic: false,
		glossary: 'disimpan',
		rejectedId: [
			{ pattern: 'simpanan', why: 'reads as savings' },
			{ pattern: 'porsi', why: 'not on this page', pages: '^kalkulator/jangkauan$' },
		],
		rejectedEn: [{ pattern: 'bookmarks', why: 'say saves' }],
	};
	const foreign: Term = {
		concept: 'x',
		id: 'engagement',
		en: 'engagement',
		italic: true,
		colloquial: ['folbek'],
	};
	const text = (t: string, lang: 'id' | 'en' = 'id', page = 'panduan/a'): Checked => ({
		label: `${page}.md`,
		lang,
		page,
		text: t,
	});

	test('findRejectedVariants() reports a variant on whole words, in its language and pages only', () => {
		expect(
			findRejectedVariants(
				[
					text('Jumlah Simpanan naik; penyimpanan tidak.'),
					text('Ada porsi.'),
					text('Ada porsi.', 'id', 'kalkulator/jangkauan'),
					text('simpanan and bookmarks', 'en'),
				],
				[term],
			),
		).toEqual([
			'panduan/a.md: “Simpanan”: reads as savings',
			'kalkulator/jangkauan.md: “porsi”: not on this page',
			'panduan/a.md: “bookmarks”: say saves',
		]);
	});

	test('the termbase rejects the calque “satu lawan satu” everywhere, the calculator pages included', () => {
		const calque = 'Penjualan berjalan satu lawan satu, lalu satu-lawan-satu.';
		expect(
			findRejectedVariants(
				[text(calque), text(calque, 'id', ''), text(calque, 'id', 'kalkulator/jangkauan')],
				terms,
			),
		).toEqual([
			'panduan/a.md: “satu lawan satu”: calque of “one-on-one” (it reads as a contest): “empat mata”',
			'panduan/a.md: “satu-lawan-satu”: calque of “one-on-one” (it reads as a contest): “empat mata”',
			'.md: “satu lawan satu”: calque of “one-on-one” (it reads as a contest): “empat mata”',
			'.md: “satu-lawan-satu”: calque of “one-on-one” (it reads as a contest): “empat mata”',
			'kalkulator/jangkauan.md: “satu lawan satu”: calque of “one-on-one” (it reads as a contest): “empat mata”',
			'kalkulator/jangkauan.md: “satu-lawan-satu”: calque of “one-on-one” (it reads as a contest): “empat mata”',
		]);
		expect(findRejectedVariants([text('Percakapan empat mata.')], terms)).toEqual([]);
	});

	test('findRejectedVariants() ignores quotations, code and link targets', () => {
		expect(
			findRejectedVariants(
				[text('Judulnya “Simpanan kita”, `simpanan` dan [x](/simpanan/).')],
				[term],
			),
		).toEqual([]);
	});

	test('findUnitalicised() reports upright foreign terms outside headings, in Indonesian only', () => {
		const page = [
			'---',
			'title: Tingkat engagement',
			'---',
			'',
			'## Engagement {#engagement}',
			'',
			'Naikkan engagement dan *engagement* lagi; _engagement_, <em>folbek</em>.',
			'',
			'<summary>Apa itu folbek?</summary>',
			'',
			'**engagement** tebal bukan miring.',
		].join('\n');
		expect(findUnitalicised([text(page), text(page, 'en')], [foreign])).toEqual([
			'panduan/a.md: “engagement” is a foreign or colloquial term: italicise it',
			'panduan/a.md: “folbek” is a foreign or colloquial term: italicise it',
			'panduan/a.md: “engagement” is a foreign or colloquial term: italicise it',
		]);
	});

	test('findGlossaryMismatches() reports a headword that is not the term, and a missing entry', () => {
		expect(
			findGlossaryMismatches(
				{ id: '### Simpanan (saves) {#disimpan}\n', en: '### Saves (disimpan) {#disimpan}\n' },
				[term],
			),
		).toEqual(['id glossary #disimpan: headword “Simpanan (saves)” is not “disimpan”']);
		expect(findGlossaryMismatches({ id: '', en: '' }, [term])).toHaveLength(2);
	});

	test('findUnusedHeadwords() reports a headword no other text uses', () => {
		const glossaryText = '### Disimpan (saves) {#disimpan}\n\n### Umpan (feed) {#umpan}\n';
		expect(
			findUnusedHeadwords({ id: glossaryText, en: '' }, [text('Jumlah yang *disimpan* naik.')]),
		).toEqual(['id glossary #umpan: no page uses “Umpan”']);
	});

	test('findMissingEntries() reports an anchor a glossary lacks, per language', () => {
		expect(
			findMissingEntries(
				{
					id: '### Median {#median}\n',
					en: '### Median {#median}\n### Reach ratio {#rasio-jangkauan}\n',
				},
				['median', 'rasio-jangkauan'],
			),
		).toEqual(['id glossary: no entry #rasio-jangkauan']);
	});

	test('findMissingColloquial() reports a colloquial form a page does not name', () => {
		expect(
			findMissingColloquial([text('Orang menyebutnya *folbek*.'), text('Tidak ada.')], [foreign]),
		).toEqual(['panduan/a.md: does not name “folbek”']);
	});
});
