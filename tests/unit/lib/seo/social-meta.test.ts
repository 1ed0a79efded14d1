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

	test('with a preview image: og:image with its size and alt, and a large-image card', () => {
		const image = {
			url: 'https://example.org/sub/og/panduan/risiko.png',
			width: 1200,
			height: 630,
			alt: 'Kartu pratinjau bertuliskan “Risiko · Panduan · Ikuti Balik”',
		};
		const head = withSocialMeta(
			[...starlightHead, { tag: 'meta', attrs: { property: 'og:image', content: 'old.png' } }],
			{ title: 'Risiko', description: 'D', lang: 'id', image },
		);
		expect(content(head, 'og:image')).toEqual([image.url]);
		expect(content(head, 'og:image:width')).toEqual(['1200']);
		expect(content(head, 'og:image:height')).toEqual(['630']);
		expect(content(head, 'og:image:alt')).toEqual([image.alt]);
		expect(content(head, 'twitter:card')).toEqual(['summary_large_image']);
		expect(content(head, 'twitter:image')).toEqual([image.url]);
		// Without one, a plain summary card and no image tags.
		const plain = withSocialMeta(starlightHead, { title: 'R', description: 'D', lang: 'id' });
		expect(content(plain, 'og:image')).toEqual([]);
		expect(content(plain, 'twitter:card')).toEqual(['summary']);
	});
});
