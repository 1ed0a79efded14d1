import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generateOpenGraphImage } from 'astro-og-canvas';
import { describe, expect, test } from 'vitest';
import { sidebar } from '../../../../config/sidebar.ts';
import {
	fontCovers,
	previewCard,
	previewFonts,
	previewImageOptions,
	previewImagePath,
	previewImageUrl,
	previewSize,
	previewSubtitle,
	scenarioCalculator,
} from '../../../../src/lib/seo/preview-image.ts';
import { pngSize } from '../../../site/lib/offline.ts';
import { root } from '../../../support/paths.ts';

/** astro-og-canvas returns the image as a `BodyInit`; it is a Buffer in Node. */
const render = async (options: Parameters<typeof generateOpenGraphImage>[0]) =>
	Buffer.from((await generateOpenGraphImage(options)) as Uint8Array);

const fonts = previewFonts.map((font) => createRequire(join(root, 'package.json')).resolve(font));

/** Every content page's id and title, read from its frontmatter. */
function contentTitles(): { id: string; title: string }[] {
	const docs = join(root, 'src/content/docs');
	const files = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) =>
		/\.mdx?$/.test(f),
	);
	return files.map((file) => {
		const text = readFileSync(join(docs, file), 'utf8');
		const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.replace(/^(['"])(.*)\1$/, '$2') ?? '';
		return { id: file.replace(/\.mdx?$/, '').replace(/\\/g, '/'), title };
	});
}

describe('one preview image, rendered', () => {
	const page = { id: 'panduan/risiko', title: 'Tantangan dan risiko ikuti balik' };

	test('is a 1200 × 630 PNG of at most 100 KB whose text is the page’s title', async () => {
		const card = previewCard(page, sidebar);
		const options = previewImageOptions(card, { fonts, cacheDir: false });
		// The text the card draws: the page's title, then its group and the site's name.
		expect(options.title).toBe(page.title);
		expect(options.description).toBe('Panduan · Ikuti Balik');
		const png = await render(options);
		expect(pngSize(png)).toEqual(previewSize);
		expect(png.length).toBeLessThanOrEqual(100 * 1024);
		// The title is what is drawn: another title gives another image, the same title the same one.
		const again = await render(options);
		const other = await render(
			previewImageOptions(previewCard({ ...page, title: 'Manfaat ikuti balik' }, sidebar), {
				fonts,
				cacheDir: false,
			}),
		);
		expect(Buffer.compare(png, again)).toBe(0);
		expect(Buffer.compare(png, other)).not.toBe(0);
	}, 30_000);

	test('reads no font from another origin: every font is a file in node_modules', () => {
		const options = previewImageOptions(previewCard(page, sidebar), { fonts });
		for (const font of options.fonts ?? []) {
			expect(font).not.toMatch(/^[a-z]+:\/\//);
			expect(font).toContain(join('node_modules', '@fontsource', 'noto-sans'));
			expect(readFileSync(font).length).toBeGreaterThan(1000);
		}
	});
});

describe('which image a page gets', () => {
	test('one path per page and language, the home pages included', () => {
		expect(previewImagePath('')).toBe('og/index.png');
		expect(previewImagePath('index')).toBe('og/index.png');
		expect(previewImagePath('en')).toBe('og/en/index.png');
		expect(previewImagePath('en/index')).toBe('og/en/index.png');
		expect(previewImagePath('panduan/risiko')).toBe('og/panduan/risiko.png');
		expect(previewImagePath('en/panduan/risiko')).toBe('og/en/panduan/risiko.png');
		const ids = contentTitles().map((p) => p.id);
		expect(new Set(ids.map(previewImagePath)).size).toBe(ids.length);
	});

	test('absolute, under SITE_URL and BASE_PATH', () => {
		expect(previewImageUrl('en/panduan/risiko', 'https://example.org', '/ikuti-balik/')).toBe(
			'https://example.org/ikuti-balik/og/en/panduan/risiko.png',
		);
		expect(previewImageUrl('', 'http://localhost:4321/', '/')).toBe(
			'http://localhost:4321/og/index.png',
		);
		expect(previewImageUrl('', 'https://example.org', '/sub')).toBe(
			'https://example.org/sub/og/index.png',
		);
	});

	test('the sidebar group in the page’s language; the home pages say what the site is', () => {
		expect(previewCard({ id: 'en/panduan/risiko', title: 'Risks' }, sidebar)).toMatchObject({
			group: 'Guide',
			lang: 'en',
		});
		expect(previewCard({ id: 'kalkulator/ikuti-balik', title: 'K' }, sidebar).group).toBe(
			'Kalkulator',
		);
		const home = previewCard({ id: 'en/index', title: 'Ikuti Balik' }, sidebar);
		expect(home.group).toBeUndefined();
		expect(home.title).toMatch(/^Ikuti Balik: follow-back/);
		expect(previewSubtitle(home)).toBe('Ikuti Balik');
		// A scratch site without a sidebar still gets cards.
		expect(previewCard({ id: 'panduan/a', title: 'A' }, undefined).group).toBeUndefined();
	});

	test('the bundled font has every character of every page title', () => {
		const pages = contentTitles();
		expect(pages.length).toBeGreaterThan(30);
		for (const { id, title } of pages) {
			expect(title, id).not.toBe('');
			expect(fontCovers(title), `${id}: ${title}`).toBe(true);
		}
		// A character outside the Latin subset is caught.
		expect(fontCovers('Panduan → risiko')).toBe(false);
		expect(fontCovers('हिन्दी')).toBe(false);
	});

	test('a trainer’s named scenario shows its calculator’s name under its own', () => {
		const card = previewCard(
			{ id: 'en/skenario/jangkauan-percakapan-50', title: 'The same scenario' },
			sidebar,
		);
		expect(card).toMatchObject({ title: 'The same scenario', group: 'Reach calculator' });
		expect(scenarioCalculator('skenario/ikuti-balik-x', 'id')).toBe('Kalkulator ikuti balik');
		expect(scenarioCalculator('skenario/engagement-suka', 'id')).toBe('Kalkulator engagement');
		// Not a scenario page, or a scenario of no known calculator.
		expect(scenarioCalculator('panduan/risiko', 'id')).toBeUndefined();
		expect(scenarioCalculator('skenario/lain', 'id')).toBeUndefined();
	});
});
