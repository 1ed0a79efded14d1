/**
 * The link-preview image of every page in both languages (`og/…png`), drawn at build time by
 * astro-og-canvas; what each card shows is in src/lib/seo/preview-image.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { sidebar } from '../../../config/sidebar.ts';
import { drawIcon } from '../../lib/offline/icon.ts';
import { encodePng } from '../../lib/offline/png.ts';
import {
	previewCard,
	previewDir,
	previewFonts,
	previewImageOptions,
	previewImagePath,
} from '../../lib/seo/preview-image.ts';

const root = process.cwd();
// The font files from node_modules (the registry's package), found as Node finds packages.
const fonts = previewFonts.map((font) => createRequire(join(root, 'package.json')).resolve(font));
// The app icon (the favicon's two arrows on the accent blue) beside the title, written once per build.
const cacheDir = join(root, 'node_modules', '.astro-og-canvas');
const logoSize = 96;
const logo = join(cacheDir, `ib-icon-${String(logoSize)}.png`);
mkdirSync(cacheDir, { recursive: true });
writeFileSync(logo, encodePng(logoSize, logoSize, drawIcon(logoSize)));

const entries = await getCollection('docs');
const pages = Object.fromEntries(
	entries.map((entry) => [
		previewImagePath(entry.id).slice(previewDir.length + 1),
		previewCard({ id: entry.id, title: entry.data.title }, sidebar),
	]),
);

export const { getStaticPaths, GET } = await OGImageRoute({
	pages,
	getSlug: (path) => path,
	getImageOptions: (_path, card) => previewImageOptions(card, { fonts, logo, cacheDir }),
});
