import { describe, expect, test } from 'vitest';
import { withSocialMeta, type HeadEntry } from '../../../../src/lib/seo/social-meta.ts';

const starlightHead: HeadEntry[] = [
	{ tag: 'meta', attrs: { property: 'og:title', content: 'Risiko' } },
	{ tag: 'meta', attrs: { property: 'og:locale', content: 'id' } },
	{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
	{ tag: 'link', attrs: { rel: 'canonical', href: 'https://example.org/' } },
];

const content = (head: HeadEntry[], key: string) =>
	head
		.filter((e) => e.attrs?.['name'] === key || e.attrs?.['property'] === key)
		.map((e) => e.attrs?.['content']);

describe('withSocialMeta()', () => {
	test('adds the Twitter/X title and description in the page language, once each', () => {
		const head = withSocialMeta(starlightHead, {
			title: 'Risiko',
			description: 'Lima risiko.',
			lang: 'id',
		});
		expect(content(head, 'twitter:title')).toEqual(['Risiko']);
		expect(content(head, 'twitter:description')).toEqual(['Lima risiko.']);
		expect(content(head, 'twitter:card')).toEqual(['summary']);
	});

	test('gives og:locale with its territory and the other language as alternate', () => {
		expect(
			content(
				withSocialMeta(starlightHead, { title: 'R', description: undefined, lang: 'id' }),
				'og:locale',
			),
		).toEqual(['id_ID']);
		const en = withSocialMeta(starlightHead, {
			title: 'Risks',
			description: undefined,
			lang: 'en',
		});
		expect(content(en, 'og:locale')).toEqual(['en_US']);
		expect(content(en, 'og:locale:alternate')).toEqual(['id_ID']);
		expect(content(en, 'twitter:description')).toEqual([]);
	});

	test('keeps every other entry as it was', () => {
		const head = withSocialMeta(starlightHead, { title: 'R', description: 'D', lang: 'id' });
		expect(head).toContainEqual(starlightHead[3]);
	});

	test('gives Open Graph the same title as Twitter/X, once', () => {
		const head = withSocialMeta(starlightHead, { title: 'Beranda', description: 'D', lang: 'id' });
		expect(content(head, 'og:title')).toEqual(['Beranda']);
		expect(content(head, 'twitter:title')).toEqual(['Beranda']);
	});
});
