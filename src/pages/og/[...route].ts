/**
 * The link-preview image of every page in both languages (`og/…png`), drawn at build time by
 * astro-og-canvas; what each card shows is in src/lib/seo/preview-image.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { sidebar } from '../../../config/sidebar.ts';
import { drawIcon } from '../../lib/offline/icon.ts';
import { encodePng } from '../../lib/offline/png.ts';
import {
	previewCard,
	previewDir,
	previewImageOptions,
	previewImagePath,
} from '../../lib/seo/preview-image.ts';

const root = process.cwd();
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
	getImageOptions: (_path, card) => previewImageOptions(card, { root, logo, cacheDir }),
});
