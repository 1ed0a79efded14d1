import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { sourceHash, staleReason } from '../../config/build-stamp.ts';
import { distDir, root } from '../support/paths.ts';
import {
	findDuplicateIds,
	findFallbackPages,
	findHeadingIdMismatches,
	findKeyMismatches,
	findMissingTwins,
	findWrongLang,
	listHtmlFiles,
	readPages,
	type BuiltPage,
} from './lib/dist.ts';

const fixture = join(root, 'tests/site/fixtures/broken');

const readJson = (path: string) =>
	JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('the built site (dist/)', () => {
	let pages: BuiltPage[];

	beforeAll(() => {
		if (!existsSync(join(distDir, 'index.html'))) {
			throw new Error('No build found in dist/: run `npm run build` first (`npm test` does).');
		}
		pages = readPages(distDir);
	});

	test('is the build of the current sources (its stamp matches them)', () => {
		expect(staleReason(distDir, sourceHash(root))).toBeNull();
	});

	test('has both home pages and the not-found pages', () => {
		const files = pages.map((p) => p.file);
		expect(files).toEqual(
			expect.arrayContaining(['index.html', 'en/index.html', '404.html', 'en/404/index.html']),
		);
	});

	test('has every page in both languages', () => {
		expect(findMissingTwins(pages.map((p) => p.file))).toEqual([]);
	});

	test('declares the right <html lang> on every page', () => {
		expect(findWrongLang(pages)).toEqual([]);
	});

	test('has no fallback page', () => {
		expect(findFallbackPages(pages)).toEqual([]);
	});

	test('gives twin pages identical sets of heading IDs', () => {
		expect(findHeadingIdMismatches(pages)).toEqual([]);
	});

	test('never repeats an element ID on a page, calculators included', () => {
		expect(findDuplicateIds(pages)).toEqual([]);
	});
});

describe('the UI-string overrides', () => {
	test('id.json and en.json have the same keys', () => {
		const id = readJson('src/content/i18n/id.json');
		const en = readJson('src/content/i18n/en.json');
		expect(Object.keys(id).length).toBeGreaterThan(0);
		expect(findKeyMismatches(id, en)).toEqual([]);
	});
});

describe('the checks, on a broken fixture', () => {
	const broken = readPages(fixture);

	test('the fixture is read', () => {
		expect(listHtmlFiles(fixture)).toHaveLength(6);
	});

	test('findMissingTwins() reports a page without its twin, in either direction', () => {
		expect(findMissingTwins(broken.map((p) => p.file))).toEqual([
			'en/panduan/c/index.html has no twin panduan/c/index.html',
			'panduan/b/index.html has no twin en/panduan/b/index.html',
		]);
	});

	test('findWrongLang() reports an English page that says lang="id"', () => {
		expect(findWrongLang(broken)).toEqual(['en/panduan/c/index.html has lang="id", expected "en"']);
	});

	test("findFallbackPages() reports a page with Starlight's fallback notice", () => {
		expect(findFallbackPages(broken)).toEqual(['en/index.html is a fallback page']);
	});

	test('findHeadingIdMismatches() names the IDs found on one side only', () => {
		expect(findHeadingIdMismatches(broken)).toEqual([
			'panduan/a/index.html ↔ en/panduan/a/index.html: only in Indonesian [rincian], only in English [details]',
		]);
	});

	test('findDuplicateIds() reports an ID used twice on one page', () => {
		expect(findDuplicateIds(broken)).toEqual(['panduan/b/index.html: id="dua" ×2']);
	});

	test('findKeyMismatches() reports keys missing on either side', () => {
		expect(findKeyMismatches({ a: '1', b: '2' }, { a: '1', c: '3' })).toEqual([
			'"b" only in id.json',
			'"c" only in en.json',
		]);
	});
});
