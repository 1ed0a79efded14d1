/**
 * Link texts that say where a link goes: no "di sini", "klik di sini", "selengkapnya", "here",
 * "click here", "read more". A link's name is its `aria-label` when it has one, else its text.
 */
import type { BuiltPage } from './dist.ts';

/** Link names that tell a reader nothing out of context, in either language. */
export const vagueLinkTexts = [
	'di sini',
	'klik di sini',
	'klik',
	'selengkapnya',
	'baca selengkapnya',
	'lihat selengkapnya',
	'tautan ini',
	'here',
	'click here',
	'click',
	'read more',
	'more',
	'this link',
	'link',
	'tautan',
] as const;

const vague = new Set<string>(vagueLinkTexts);

/** A link's name, lower case, with punctuation and spacing folded. */
export function linkName(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Links whose name is vague (or empty) on the given pages, as `page: “name”`. */
export function findVagueLinks(pages: readonly BuiltPage[]): string[] {
	return pages.flatMap(({ file, document }) =>
		document.querySelectorAll('main a[href]').flatMap((a) => {
			const label = a.getAttribute('aria-label') ?? '';
			const labelledBy = a.getAttribute('aria-labelledby');
			if (labelledBy !== undefined && labelledBy !== '') return [];
			const images = a
				.querySelectorAll('img[alt], svg[aria-label]')
				.map((el) => el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '');
			const name = linkName(label || `${a.textContent} ${images.join(' ')}`);
			// Starlight's heading-link icon is named by its hidden text, e.g. "Bagian berjudul “…”".
			return name === '' || vague.has(name)
				? [`${file}: “${name}” (${a.getAttribute('href') ?? ''})`]
				: [];
		}),
	);
}
