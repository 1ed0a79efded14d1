/**
 * Checks on the trainers' outlines and the sources page: timings that add up, and a sources page
 * whose every entry says who published what, when, what the site takes and how sure it is.
 */

/** One row of an outline's timing table. */
interface TimingRow {
	step: number;
	start: number;
	end: number;
	minutes: number;
}

const clock = (t: string) => {
	const [h = '0', m = '0'] = t.split(/[:.]/);
	return Number(h) * 60 + Number(m);
};

/** The rows of the outline's timing table (`| 1. Name | 0:00–0:05 | 5 |`) and its total. */
export function timingTable(text: string): { rows: TimingRow[]; total: number | undefined } {
	const rows = [
		...text.matchAll(
			/^\|\s*(\d+)\.[^|]*\|\s*(\d+[:.]\d\d)\s*[–-]\s*(\d+[:.]\d\d)\s*\|\s*(\d+)\s*\|\s*$/gm,
		),
	].map((m) => ({
		step: Number(m[1]),
		start: clock(m[2] ?? ''),
		end: clock(m[3] ?? ''),
		minutes: Number(m[4]),
	}));
	const total = /^\|\s*\*\*(?:Total|Jumlah)\*\*\s*\|[^|]*\|\s*\*\*(\d+)\*\*\s*\|\s*$/m.exec(
		text,
	)?.[1];
	return { rows, total: total === undefined ? undefined : Number(total) };
}

/**
 * Problems with an outline lasting `length` minutes: a table that does not add up or has gaps, a
 * step heading whose minutes differ from the table, or a step whose timed parts do not fill it.
 */
export function findTimingProblems(path: string, text: string, length: number): string[] {
	const { rows, total } = timingTable(text);
	const problems: string[] = [];
	if (rows.length === 0) return [`${path}: no timing table`];
	const sum = rows.reduce((a, r) => a + r.minutes, 0);
	if (sum !== length)
		problems.push(`${path}: steps add up to ${String(sum)} minutes, not ${String(length)}`);
	if (total !== length)
		problems.push(`${path}: total row says ${String(total)}, not ${String(length)}`);
	let clockAt = 0;
	for (const row of rows) {
		if (row.start !== clockAt)
			problems.push(
				`${path}: step ${String(row.step)} starts at minute ${String(row.start)}, not ${String(clockAt)}`,
			);
		if (row.end - row.start !== row.minutes)
			problems.push(
				`${path}: step ${String(row.step)} runs ${String(row.end - row.start)} minutes but lists ${String(row.minutes)}`,
			);
		clockAt = row.end;
	}
	const sections = text.split(/^(?=## )/m);
	for (const row of rows) {
		const section = sections.find((s) =>
			new RegExp(`^## [^\\n]*\\{#langkah-${String(row.step)}\\}`).test(s),
		);
		const heading =
			section === undefined
				? undefined
				: /\((\d+) (?:menit|minutes?)\)/.exec(section.split('\n')[0] ?? '');
		if (!heading) {
			problems.push(
				`${path}: no heading with minutes for step ${String(row.step)} {#langkah-${String(row.step)}}`,
			);
			continue;
		}
		if (Number(heading[1]) !== row.minutes) {
			problems.push(
				`${path}: step ${String(row.step)} heading says ${heading[1] ?? ''} minutes, the table ${String(row.minutes)}`,
			);
		}
		const parts = [
			...(section ?? '').matchAll(/^- \*\*[^*]*\((\d+) (?:menit|minutes?)\):?\*\*/gm),
		].reduce((a, m) => a + Number(m[1]), 0);
		if (parts !== row.minutes) {
			problems.push(
				`${path}: step ${String(row.step)} has timed parts of ${String(parts)} minutes, not ${String(row.minutes)}`,
			);
		}
	}
	return problems;
}

/** The fields every entry of the sources page has, per language, and the legend's status labels. */
export const sourceFields = {
	id: {
		fields: ['Penerbit', 'Judul', 'Tanggal', 'Yang diambil situs', 'Status'],
		statuses: [
			'Terverifikasi',
			'Keyakinan sedang',
			'Keyakinan rendah',
			'Tidak terverifikasi',
			'Sumber dasar',
		],
	},
	en: {
		fields: ['Publisher', 'Title', 'Date', 'What the site takes', 'Status'],
		statuses: ['Verified', 'Medium confidence', 'Low confidence', 'Unverified', 'Base source'],
	},
} as const;

/** Entries of the sources page that lack a field, or whose status is not one of the legend's. */
export function findIncompleteSources(path: string, text: string, lang: 'id' | 'en'): string[] {
	const { fields, statuses } = sourceFields[lang];
	const entries = text.split(/^(?=#{2,3} )/m).filter((part) => part.startsWith('### '));
	return entries.flatMap((entry) => {
		const name = /\{#([a-z0-9-]+)\}/.exec(entry.split('\n')[0] ?? '')?.[1] ?? '?';
		const problems = fields
			.filter((f) => !new RegExp(`^- \\*\\*${f}:\\*\\* \\S`, 'm').test(entry))
			.map((f) => `${path} #${name}: no “${f}”`);
		const status = /^- \*\*Status:\*\* (.*)$/m.exec(entry)?.[1] ?? '';
		// A legend label, then the end, punctuation or what it is for: “Keyakinan sedang hingga tinggi”
		// is no label.
		const fromLegend = (s: string) =>
			status.startsWith(s) && /^(?:$|[:.,;]| \(| untuk | for )/.test(status.slice(s.length));
		if (status && !statuses.some(fromLegend)) {
			problems.push(`${path} #${name}: status “${status.slice(0, 40)}” is not from the legend`);
		}
		// A range of levels anywhere in the status is not a legend label either.
		const range =
			/\b(?:keyakinan \p{L}+ hingga \p{L}+|(?:medium|low|high) to (?:medium|low|high))\b/iu.exec(
				status,
			);
		if (range) {
			problems.push(`${path} #${name}: “${range[0]}” is a range, not a label of the legend`);
		}
		return problems;
	});
}
