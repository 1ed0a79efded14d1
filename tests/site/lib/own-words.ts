/**
 * The own-words check: no passage of a page shares a run of eight or more consecutive words with a
 * source article, compared case- and punctuation-insensitively, except inside a quotation that is
 * marked as one (“…”, "…" or `<blockquote>`) and attributed to the article in the same paragraph.
 */
import { createHash } from 'node:crypto';

/** How many consecutive shared words make a copied run. */
export const RUN_LENGTH = 8;

/** The words of a text: lower case, letters and digits only, punctuation dropped. */
export function words(text: string): string[] {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[’'`]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/**
 * A run of `RUN_LENGTH` words as a short fingerprint, so the repository can keep the sources'
 * fingerprints (`tests/site/fixtures/source-runs.txt`) without keeping their text.
 */
export function fingerprint(run: string): string {
	return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

/** The fingerprints of every run of `RUN_LENGTH` consecutive words in the sources, sorted. */
export function sourceFingerprints(sources: readonly string[]): string[] {
	const set = new Set<string>();
	for (const source of sources) {
		const list = words(source);
		for (let i = 0; i + RUN_LENGTH <= list.length; i++) {
			set.add(fingerprint(list.slice(i, i + RUN_LENGTH).join(' ')));
		}
	}
	return [...set].sort();
}

/** Says whether a paragraph attributes what it quotes to a source article. */
function attributes(paragraph: string): boolean {
	return /\/referensi\/sumber\/#artikel-|\bpenulis\b|\bartikel (?:sumber|itu|ini|opini)\b|\b(?:the|its) author\b|\b(?:the|source) article\b/i.test(
		paragraph,
	);
}

/**
 * The page's reader-facing text as segments that a run may not cross: frontmatter `title` and
 * `description`, then the body without code, imports, markup, link targets and heading IDs.
 * Quotations attributed to an article are cut out, so they break a run instead of joining it.
 */
export function readableSegments(text: string): string[] {
	const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
	const meta = front
		? [...(front[1] ?? '').matchAll(/^(?:title|description):\s*(.+)$/gm)].map((m) => m[1] ?? '')
		: [];
	const body = (front ? text.slice(front[0].length) : text)
		.replace(/^```[\s\S]*?^```/gm, '\n\n')
		.replace(/^(?:import|export) .*$/gm, '')
		.replace(/`[^`\n]*`/g, ' ');
	const paragraphs = body.split(/\n\s*\n/);
	const segments: string[] = [...meta];
	for (const paragraph of paragraphs) {
		let kept = paragraph;
		if (attributes(paragraph)) {
			kept = kept
				.replace(/<blockquote>[\s\S]*?<\/blockquote>/g, '\u0000')
				.replace(/“[^”]*”/g, '\u0000')
				.replace(/"[^"\n]*"/g, (quote, offset: number, whole: string) =>
					// a "…" inside a tag is an attribute value, not a quotation
					/<[^>]*$/.test(whole.slice(0, offset)) ? quote : '\u0000',
				)
				.replace(/^>.*$/gm, '\u0000');
		}
		kept = kept
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/<[^>]*>/g, ' ')
			.replace(/\{#[a-z0-9-]+\}/g, ' ')
			.replace(/\{[^}]*\}/g, ' ');
		segments.push(...kept.split('\u0000'));
	}
	return segments.filter((s) => s.trim() !== '');
}

/** One copied run: the page and the shared words. */
export interface CopiedRun {
	path: string;
	words: string;
}

/** Every maximal run of `RUN_LENGTH` or more words that a page shares with the sources. */
export function findCopiedRuns(
	pages: readonly { path: string; text: string }[],
	fingerprints: ReadonlySet<string>,
): CopiedRun[] {
	const seen = { has: (run: string) => fingerprints.has(fingerprint(run)) };
	const runs: CopiedRun[] = [];
	for (const page of pages) {
		for (const segment of readableSegments(page.text)) {
			const list = words(segment);
			let i = 0;
			while (i + RUN_LENGTH <= list.length) {
				if (!seen.has(list.slice(i, i + RUN_LENGTH).join(' '))) {
					i++;
					continue;
				}
				let end = i + RUN_LENGTH;
				while (end < list.length && seen.has(list.slice(end - RUN_LENGTH + 1, end + 1).join(' '))) {
					end++;
				}
				runs.push({ path: page.path, words: list.slice(i, end).join(' ') });
				i = end;
			}
		}
	}
	return runs;
}
