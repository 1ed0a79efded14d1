/**
 * Checks on the Markdown/MDX sources of the pages: the editorial rules that the build does not
 * enforce. Each returns a list of problems, empty when the rule holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One content page: its path under `src/content/docs/` (POSIX) and its raw text. */
export interface SourcePage {
	path: string;
	text: string;
}

/** Reads every `.md` and `.mdx` page under `dir`, sorted by path. */
export function readSourcePages(dir: string): SourcePage[] {
	const found: SourcePage[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const full = join(current, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.mdx?$/.test(entry.name)) {
				found.push({
					path: relative(dir, full).split(sep).join('/'),
					text: readFileSync(full, 'utf8'),
				});
			}
		}
	};
	walk(dir);
	return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Splits a page into its frontmatter lines and its body. */
function split(text: string): { frontmatter: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	return match
		? { frontmatter: match[1] ?? '', body: text.slice(match[0].length) }
		: { frontmatter: '', body: text };
}

/** The body without fenced code, so examples of syntax are not taken for content. */
function prose(body: string): string {
	return body.replace(/^```[\s\S]*?^```/gm, '');
}

/** Pages whose frontmatter lacks a `description` of real length (50–200 characters). */
export function findMissingDescriptions(pages: readonly SourcePage[]): string[] {
	return pages.flatMap(({ path, text }) => {
		const line = /^description:\s*(.+)$/m.exec(split(text).frontmatter)?.[1] ?? '';
		const description = line.replace(/^["']|["']$/g, '').trim();
		return description.length >= 50 && description.length <= 200
			? []
			: [`${path}: description is ${String(description.length)} characters (want 50–200)`];
	});
}

/** `##`–`######` headings without an explicit kebab-case ID (`## Judul {#judul}`). */
export function findHeadingsWithoutId(pages: readonly SourcePage[]): string[] {
	return pages.flatMap(({ path, text }) =>
		prose(split(text).body)
			.split('\n')
			.filter((line) => /^#{2,6}\s/.test(line) && !/\{#[a-z0-9]+(?:-[a-z0-9]+)*\}\s*$/.test(line))
			.map((line) => `${path}: "${line}" has no explicit {#id}`),
	);
}

/** Pages whose body does not open with a summary paragraph (prose before any heading). */
export function findMissingSummaries(pages: readonly SourcePage[]): string[] {
	return pages.flatMap(({ path, text }) => {
		const blocks = prose(split(text).body)
			.split(/\n\s*\n/)
			.map((b) => b.trim())
			.filter((b) => b && !b.startsWith('import '));
		const first = blocks[0] ?? '';
		const isProse = first !== '' && !/^(#|<|:::|-|\*\s|\||>)/.test(first);
		return isProse ? [] : [`${path}: does not open with a summary paragraph`];
	});
}

/** Guide pages without a "check your understanding" section holding two or three questions. */
export function findMissingQuizzes(pages: readonly SourcePage[]): string[] {
	return pages.flatMap(({ path, text }) => {
		const body = split(text).body;
		const start = body.search(/^## .*\{#cek-pemahaman\}\s*$/m);
		if (start === -1) return [`${path}: no ## … {#cek-pemahaman} section`];
		const questions = (body.slice(start).match(/<details>/g) ?? []).length;
		return questions >= 2 && questions <= 3
			? []
			: [`${path}: cek-pemahaman has ${String(questions)} questions (want 2–3)`];
	});
}

/** Counts of the structural pieces a reader compares between twins. */
export function structureOf(text: string): Record<string, number> {
	const body = prose(split(text).body);
	return {
		headings: (body.match(/^#{2,6}\s/gm) ?? []).length,
		asides: (body.match(/^:::(note|tip|caution|danger)/gm) ?? []).length,
		questions: (body.match(/<details>/g) ?? []).length,
		tableRows: (body.match(/^\|.*\|\s*$/gm) ?? []).length,
	};
}

/** The sources-page anchors a page cites, as a sorted list without duplicates. */
export function citedSources(text: string): string[] {
	const anchors = [...text.matchAll(/\/referensi\/sumber\/#([a-z0-9-]+)/g)].map((m) => m[1] ?? '');
	return [...new Set(anchors)].sort();
}

/**
 * Twin pages (Indonesian `x`, English `en/x`) whose structure or cited sources differ: a point, an
 * aside, a question, a table row or a citation present in one language only.
 */
export function findTwinDifferences(pages: readonly SourcePage[]): string[] {
	const byPath = new Map(pages.map((p) => [p.path, p.text]));
	return pages.flatMap(({ path, text }) => {
		if (path.startsWith('en/')) return [];
		const twin = byPath.get(`en/${path}`);
		if (twin === undefined) return [];
		const ours = structureOf(text);
		const theirs = structureOf(twin);
		const problems = Object.keys(ours)
			.filter((k) => ours[k] !== theirs[k])
			.map(
				(k) => `${path}: ${k} ${String(ours[k])} in Indonesian, ${String(theirs[k])} in English`,
			);
		const a = citedSources(text).join(' ');
		const b = citedSources(twin).join(' ');
		if (a !== b) problems.push(`${path}: cites [${a}] in Indonesian but [${b}] in English`);
		return problems;
	});
}

/** Lines containing a forbidden pattern, with the reason it is forbidden. */
export function findForbidden(
	pages: readonly SourcePage[],
	rules: readonly { pattern: RegExp; reason: string }[],
): string[] {
	return pages.flatMap(({ path, text }) =>
		rules.flatMap(({ pattern, reason }) => (pattern.test(text) ? [`${path}: ${reason}`] : [])),
	);
}

/** The questions (`<summary>` texts) of a page's check-your-understanding section. */
export function quizQuestions(text: string): string[] {
	const body = split(text).body;
	const start = body.search(/^## .*\{#cek-pemahaman\}\s*$/m);
	if (start === -1) return [];
	return [...body.slice(start).matchAll(/<summary>([\s\S]*?)<\/summary>/g)].map((m) =>
		(m[1] ?? '').replace(/<[^>]+>/g, '').trim(),
	);
}

/** A question that only asks what the page says, instead of applying it. */
const recallQuestion =
	/\b(?:menurut|apa kata|yang disebut(?:kan)?|yang dijelaskan) (?:halaman|panduan|bagian) ini\b|\bhalaman ini (?:menyebut|mengatakan|menjelaskan|menyarankan)|\b(?:according to|what does) (?:this|the) (?:page|guide|section)\b|\bthis page (?:says|lists|suggests|explains)\b/i;

/** A question built on a situation: a number to work out, or a person, business or account. */
const situation =
	/\d|\b(?:Bu|Pak|Kak|seorang|seseorang|sebuah|pemilik|toko|usaha|warung|kedai|akun (?:Anda|toko|X|Instagram)|rekan|klien|a (?:shop|business|client|colleague|bakery|new account)|an? (?:owner|account|small business)|your (?:shop|account|business)|Mrs|Mr)\b/i;

/**
 * Guide pages whose questions do not apply the page: none built on a situation (a case or a number),
 * or one that only asks what the page says.
 */
export function findRecallOnlyQuizzes(pages: readonly SourcePage[]): string[] {
	return pages.flatMap(({ path, text }) => {
		const questions = quizQuestions(text);
		const problems = questions
			.filter((q) => recallQuestion.test(q))
			.map((q) => `${path}: “${q}” asks what the page says`);
		if (!questions.some((q) => situation.test(q))) {
			problems.push(`${path}: no question applies the page to a case or a number`);
		}
		return problems;
	});
}
