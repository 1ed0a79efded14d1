import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../support/paths.ts';
import {
	findForbidden,
	findHeadingsWithoutId,
	findMissingDescriptions,
	findMissingQuizzes,
	findMissingSummaries,
	findRecallOnlyQuizzes,
	findTwinDifferences,
	readSourcePages,
	type SourcePage,
} from './lib/content.ts';

const pages = readSourcePages(join(root, 'src/content/docs'));
const notFound = (p: SourcePage) => !/(^|\/)404\.md$/.test(p.path);
const isGuide = (p: SourcePage) => /^(en\/)?(panduan|pemasaran)\//.test(p.path);

/** What a page must never say, and why. */
const forbidden = [
	{ pattern: /galaxy\s*panel/i, reason: 'names the follower-selling panel advertised in a source' },
	{ pattern: /\biikuti\b/i, reason: 'reproduces the source typo "iikuti"' },
	{
		pattern: /^(?![\s\S]*X Pro)[\s\S]*TweetDeck/,
		reason: 'mentions TweetDeck without saying it is now X Pro',
	},
	{
		pattern: /^(?![\s\S]*\bX\b)[\s\S]*Twitter/,
		reason: 'mentions Twitter without ever calling it X',
	},
	{
		// Issue 20: the follow-back article is undated; an old product name proves no date.
		pattern:
			/\b(?:ditulis|written)\s+(?:sebelum|before)\s+(?:2023|Twitter|TweetDeck)|\b(?:sebelum|before) 2023\)/i,
		reason: 'dates the undated source article from an old product name',
	},
	{
		pattern:
			/belum (?:ada aturan TikTok yang kami kutip|mengutip aturan TikTok)|cite no TikTok rule/i,
		reason: 'says no TikTok rule is cited: its Community Guidelines are (2025)',
	},
];

describe('the content pages', () => {
	test('are all read', () => {
		expect(pages.length).toBeGreaterThanOrEqual(26);
	});

	test('each have a description', () => {
		expect(findMissingDescriptions(pages)).toEqual([]);
	});

	test('give every heading an explicit ID', () => {
		expect(findHeadingsWithoutId(pages)).toEqual([]);
	});

	test('open with a summary paragraph', () => {
		expect(findMissingSummaries(pages.filter(notFound))).toEqual([]);
	});

	test('end every guide page with two or three "check your understanding" questions', () => {
		const guides = pages.filter(isGuide);
		expect(guides.length).toBe(18);
		expect(findMissingQuizzes(guides)).toEqual([]);
	});

	test('ask at least one question per guide page that applies it, and none that asks what it says', () => {
		expect(findRecallOnlyQuizzes(pages.filter(isGuide))).toEqual([]);
	});

	test('match their twin in headings, asides, questions, table rows and cited sources', () => {
		expect(findTwinDifferences(pages)).toEqual([]);
	});

	test('never name the advert, reproduce the typo, or use the old names alone', () => {
		expect(findForbidden(pages, forbidden)).toEqual([]);
	});
});

describe('the content checks, on broken pages', () => {
	const page = (path: string, text: string): SourcePage => ({ path, text });
	const good = page(
		'panduan/a.md',
		'---\ntitle: A\ndescription: Ringkasan halaman yang cukup panjang untuk menjadi deskripsi yang berguna.\n---\n\nRingkasan.\n\n## Bagian {#bagian}\n\n:::tip\nx\n:::\n\n## Cek pemahaman {#cek-pemahaman}\n\n<details>\n<summary>Q</summary>\nA\n</details>\n<details>\n<summary>Q</summary>\nA\n</details>\n',
	);

	test('a well-formed page passes every check', () => {
		expect(findMissingDescriptions([good])).toEqual([]);
		expect(findHeadingsWithoutId([good])).toEqual([]);
		expect(findMissingSummaries([good])).toEqual([]);
		expect(findMissingQuizzes([good])).toEqual([]);
	});

	test('findMissingDescriptions() reports a missing description', () => {
		expect(findMissingDescriptions([page('a.md', '---\ntitle: A\n---\n\nX')])).toEqual([
			'a.md: description is 0 characters (want 50–200)',
		]);
	});

	test('findHeadingsWithoutId() reports a heading without {#id}, and ignores code', () => {
		const text = '---\ntitle: A\n---\n\n## Tanpa ID\n\n```md\n## Contoh\n```\n\n### Baik {#baik}\n';
		expect(findHeadingsWithoutId([page('a.md', text)])).toEqual([
			'a.md: "## Tanpa ID" has no explicit {#id}',
		]);
	});

	test('findMissingSummaries() reports a page that opens with a heading', () => {
		expect(
			findMissingSummaries([page('a.md', '---\ntitle: A\n---\n\n## Judul {#judul}\n')]),
		).toEqual(['a.md: does not open with a summary paragraph']);
	});

	test('findMissingQuizzes() reports a missing section and a single question', () => {
		const one = good.text.replace(/<details>[\s\S]*?<\/details>\n/, '');
		expect(findMissingQuizzes([page('a.md', 'Teks.'), page('b.md', one)])).toEqual([
			'a.md: no ## … {#cek-pemahaman} section',
			'b.md: cek-pemahaman has 1 questions (want 2–3)',
		]);
	});

	test('findTwinDifferences() reports an aside and a citation present in one language only', () => {
		const en = good.text
			.replace(':::tip\nx\n:::\n', '')
			.replace('Ringkasan.', 'Summary ([S](/en/referensi/sumber/#hbr-2009)).');
		expect(findTwinDifferences([good, page('en/panduan/a.md', en)])).toEqual([
			'panduan/a.md: asides 1 in Indonesian, 0 in English',
			'panduan/a.md: cites [] in Indonesian but [hbr-2009] in English',
		]);
	});

	test('findRecallOnlyQuizzes() reports a recall question and a page without a case', () => {
		const quiz = (...qs: string[]) =>
			`## Cek pemahaman {#cek-pemahaman}\n\n${qs.map((q) => `<details>\n<summary>${q}</summary>\nA\n</details>`).join('\n')}`;
		expect(
			findRecallOnlyQuizzes([
				page(
					'a.md',
					quiz(
						'Menurut halaman ini, apa manfaat ikuti balik?',
						'Bu Sari punya 200 pengikut. Berapa?',
					),
				),
				page('en/b.md', quiz('What does this page say about risks?', 'Why is it risky?')),
				page('c.md', quiz('Seorang pemilik toko mengikuti 50 akun. Apa masalahnya?', 'Mengapa?')),
			]),
		).toEqual([
			'a.md: “Menurut halaman ini, apa manfaat ikuti balik?” asks what the page says',
			'en/b.md: “What does this page say about risks?” asks what the page says',
			'en/b.md: no question applies the page to a case or a number',
		]);
	});

	test('findForbidden() reports the advert, the typo and the old names', () => {
		// The panel's name is split so that no file in the repository spells it out.
		const bad = page(
			'a.md',
			['Beli di Galaxy', 'panel. Strategi iikuti balik. Pakai TweetDeck di Twitter.'].join(''),
		);
		expect(findForbidden([bad], forbidden)).toEqual([
			'a.md: names the follower-selling panel advertised in a source',
			'a.md: reproduces the source typo "iikuti"',
			'a.md: mentions TweetDeck without saying it is now X Pro',
			'a.md: mentions Twitter without ever calling it X',
		]);
	});

	test('findForbidden() reports a date guessed from an old name and a missing TikTok rule', () => {
		const dated = page(
			'b.md',
			'Artikel ini ditulis sebelum Twitter menjadi X. Belum ada aturan TikTok yang kami kutip.',
		);
		const datedEn = page(
			'en/b.md',
			'The article, written before 2023, is old (X). We cite no TikTok rule yet.',
		);
		const undated = page(
			'c.md',
			'Artikel ini tidak bertanggal dan masih memakai nama Twitter (kini X).',
		);
		expect(findForbidden([dated, datedEn, undated], forbidden)).toEqual([
			'b.md: dates the undated source article from an old product name',
			'b.md: says no TikTok rule is cited: its Community Guidelines are (2025)',
			'en/b.md: dates the undated source article from an old product name',
			'en/b.md: says no TikTok rule is cited: its Community Guidelines are (2025)',
		]);
	});
});
