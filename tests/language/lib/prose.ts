/**
 * The prose of a Markdown/MDX page, split for spelling: upright text is checked against the page's
 * language; italic and quoted text (foreign words, titles of sources, slang) against either language.
 */

/**
 * A page's reader-facing words: in its own language, and the rest (italic or quoted words,
 * passages marked with another `lang`, and the frontmatter, which cannot italicise).
 */
export interface Prose {
	upright: string;
	foreign: string;
}

/** Italic and quoted spans, in the order they are taken out. */
const foreignSpans = [
	/<(em|i)>([\s\S]*?)<\/\1>/g,
	/\*\*\*([^*\n]+)\*\*\*/g,
	/(?<!\*)\*(?!\*)([^*\n]+?)(?<!\*)\*(?!\*)/g,
	/(?<![\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])/gu,
	/“([^”\n]*)”/g,
	/"([^"\n]*)"/g,
];

/** Splits one page's source (frontmatter title and description, then the body) into prose. */
export function splitProse(source: string): Prose {
	const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
	const meta = front
		? [...(front[1] ?? '').matchAll(/^(?:title|description):\s*(.+)$/gm)]
				.map((m) => (m[1] ?? '').replace(/^["']|["']$/g, ''))
				.join('\n')
		: '';
	const foreign: string[] = [meta];
	let text = (front ? source.slice(front[0].length) : source)
		.replace(/<(\w+)[^>]*\blang="[a-z-]+"[^>]*>([\s\S]*?)<\/\1>/g, (_, _tag, inner: string) => {
			foreign.push(inner);
			return ' ';
		})
		.replace(/^```[\s\S]*?^```/gm, ' ')
		.replace(/^(?:import|export) .*$/gm, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|id|io)(?:\/[^\s)]*)?/g, ' ')
		.replace(/\{#[a-z0-9-]+\}/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/^:::\w+/gm, ' ')
		.replace(/<(?!\/?(?:em|i)>)[^>]*>/g, ' ');
	for (const span of foreignSpans) {
		for (const m of text.matchAll(span)) foreign.push(m[m.length - 1] ?? '');
		text = text.replace(span, ' ');
	}
	return { upright: text.replace(/\*\*/g, ' '), foreign: foreign.join('\n') };
}
