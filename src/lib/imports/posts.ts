/**
 * Post statistics from a CSV with one row per post (Meta Business Suite's export, or any table):
 * which column holds what, how its numbers are written, and the engagement rates per post and over
 * all posts, with the same formulas as the engagement calculator. Pure; no rounding.
 */
import { parseCsv } from './csv.ts';
import { sniffBinary } from './sniff.ts';

/** The columns that hold counts. */
const countColumns = [
	'likes',
	'comments',
	'shares',
	'saves',
	'reach',
	'views',
	'impressions',
] as const;
/** The columns the page can use. */
export const postColumns = [...countColumns, 'date'] as const;
export type PostColumn = (typeof postColumns)[number];

/** Which column index holds each kind of value; `undefined` when the table has none. */
export type ColumnMap = Partial<Record<PostColumn, number>>;

/** A known header set: the exact headers (case ignored) a known export uses for each column. */
export interface HeaderVariant {
	id: string;
	evidence: string;
	headers: Partial<Record<PostColumn, readonly string[]>>;
}

/** The exports whose headers are recognised without asking the reader. */
export const headerVariants = [
	{
		id: 'meta-business-suite-en',
		evidence:
			'Meta Business Suite, Insights → Content → Export data (CSV, English interface): Post ID, Account username, Description, Publish time, Permalink, Post type, Views, Reach, Likes, Shares, Follows, Comments, Saves',
		headers: {
			likes: ['likes', 'reactions'],
			comments: ['comments'],
			shares: ['shares'],
			saves: ['saves'],
			reach: ['reach'],
			views: ['views'],
			impressions: ['impressions'],
			date: ['publish time', 'date'],
		},
	},
	{
		id: 'meta-business-suite-pt',
		evidence:
			'Meta Business Suite, the same export with a Portuguese (Brazil) interface: Tipo de post, Descrição, Horário de publicação, Visualizações, Alcance, Curtidas, Comentários, Compartilhamentos, Salvamentos, one for one with the English headers (a public reader of the export, an AudienceAnalytics component found by code search for “Horário de publicação”; repository not identified). Searched without result: Indonesian (“Waktu publikasi”, “Jangkauan”) and Spanish (“Hora de publicación”, “Alcance”, “Me gusta”) headers of this export; those files get the column step.',
		headers: {
			likes: ['curtidas'],
			comments: ['comentários'],
			shares: ['compartilhamentos'],
			saves: ['salvamentos'],
			reach: ['alcance'],
			views: ['visualizações'],
			date: ['horário de publicação'],
		},
	},
] as const satisfies readonly HeaderVariant[];

/** How the numbers in the cells are written. */
export type NumberStyle = 'plain' | 'comma-grouping' | 'dot-grouping';

/** A table read from a CSV file, before the reader confirms the columns. */
export interface PostTable {
	headers: string[];
	rows: string[][];
	/** The columns recognised from known headers. */
	guess: ColumnMap;
	variant: string | undefined;
}

/** Why a CSV could not be read or used. */
export type PostError =
	| 'empty'
	| 'binary'
	| 'csv-unreadable'
	| 'csv-no-rows'
	| 'csv-needs-interactions'
	| 'csv-needs-denominator'
	| 'csv-mixed-grouping'
	| 'csv-non-numeric';

/** Reads a CSV file's bytes into a table and guesses its columns. */
export function readPostTable(bytes: Uint8Array): PostTable | { error: PostError } {
	if (bytes.length === 0) return { error: 'empty' };
	if (sniffBinary(bytes)) return { error: 'binary' };
	const text = new TextDecoder('utf-8').decode(bytes);
	if (text.trim() === '') return { error: 'empty' };
	if (/^\s*[[{<]/.test(text)) return { error: 'csv-unreadable' };
	const rows = parseCsv(text);
	if (!rows) return { error: 'csv-unreadable' };
	const [headerRow, ...body] = rows;
	if (!headerRow || headerRow.length < 2) return { error: 'csv-unreadable' };
	if (body.length === 0) return { error: 'csv-no-rows' };
	const headers = headerRow.map((h) => h.trim());
	const lower = headers.map((h) => h.toLowerCase());
	let best: { variant: string | undefined; guess: ColumnMap; hits: number } = {
		variant: undefined,
		guess: {},
		hits: 0,
	};
	for (const variant of headerVariants) {
		const guess: ColumnMap = {};
		let hits = 0;
		for (const column of postColumns) {
			const names: readonly string[] = (variant.headers as HeaderVariant['headers'])[column] ?? [];
			const index = lower.findIndex((h) => names.includes(h));
			if (index >= 0) {
				guess[column] = index;
				hits++;
			}
		}
		if (hits > best.hits) best = { variant: variant.id, guess, hits };
	}
	return {
		headers,
		rows: body,
		guess: best.guess,
		variant: best.hits > 0 ? best.variant : undefined,
	};
}

/** One post's numbers and rates. */
export interface PostRow {
	/** Milliseconds since 1970, when the date column could be read. */
	at: number | undefined;
	interactions: number;
	comments: number;
	erReach: number | undefined;
	/** On the views column only; never on impressions, which count repeated displays differently. */
	erViews: number | undefined;
	erImpressions: number | undefined;
}

/** The totals and rates over all posts. */
export interface PostStats {
	posts: number;
	numberStyle: NumberStyle;
	totals: Partial<Record<Exclude<PostColumn, 'date'>, number>>;
	medianErReach: number | undefined;
	meanErReach: number | undefined;
	medianErViews: number | undefined;
	meanErViews: number | undefined;
	medianErImpressions: number | undefined;
	meanErImpressions: number | undefined;
	/** Comments ÷ interactions × 100 over all posts: the comment share, at most an upper bound on conversation. */
	conversationShare: number | undefined;
	rows: PostRow[];
}

const interactionColumns = ['likes', 'comments', 'shares', 'saves'] as const;

/** Which grouping the numeric cells use, or `undefined` when both appear. */
export function detectNumberStyle(cells: readonly string[]): NumberStyle | undefined {
	let comma = false;
	let dot = false;
	for (const cell of cells) {
		const c = cell.trim();
		if (/^\d{1,3}(,\d{3})+$/.test(c)) comma = true;
		else if (/^\d{1,3}(\.\d{3})+$/.test(c)) dot = true;
	}
	if (comma && dot) return undefined;
	return comma ? 'comma-grouping' : dot ? 'dot-grouping' : 'plain';
}

/** Reads a count written in `style`; `undefined` for an empty cell, `NaN` for a non-number. */
export function readCount(cell: string, style: NumberStyle): number | undefined {
	const c = cell.trim().replace(/[\s\u00a0]/g, '');
	if (c === '' || c === '-' || c === '--') return undefined;
	const group =
		style === 'comma-grouping'
			? /^\d{1,3}(,\d{3})+$/
			: style === 'dot-grouping'
				? /^\d{1,3}(\.\d{3})+$/
				: null;
	if (group?.test(c)) return Number(c.replace(/[.,]/g, ''));
	if (/^\d{1,15}$/.test(c)) return Number(c);
	return Number.NaN;
}

/** Which comes first in `a/b/yyyy` dates: the month (Meta's English export) or the day. */
export type SlashOrder = 'month-first' | 'day-first';

/**
 * The order of `a/b/yyyy` dates in a column: day first when some first number is over 12 and no
 * second one is; month first otherwise (as Meta's English export writes them).
 */
export function detectSlashOrder(cells: readonly string[]): SlashOrder {
	let firstOver = false;
	let secondOver = false;
	for (const cell of cells) {
		const m = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(cell);
		if (!m) continue;
		if (Number(m[1]) > 12) firstOver = true;
		if (Number(m[2]) > 12) secondOver = true;
	}
	return firstOver && !secondOver ? 'day-first' : 'month-first';
}

/**
 * Reads a date cell: ISO (`2026-03-01`), Meta's `03/01/2026 09:15` (month first unless `order`
 * says day first), or `01-03-2026` (day first).
 */
export function readDate(cell: string, order: SlashOrder = 'month-first'): number | undefined {
	const c = cell.trim();
	let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(c);
	if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(c);
	if (m)
		return order === 'day-first'
			? Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))
			: Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
	m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})/.exec(c);
	if (m) return Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
	return undefined;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const mean = (values: readonly number[]) =>
	values.length === 0 ? undefined : values.reduce((s, v) => s + v, 0) / values.length;

/** Where a non-numeric cell was found: 1-based data row and the column's header. */
export interface CellError {
	error: PostError;
	row?: number;
	column?: string;
}

/** Works out the rates of every post and over all posts, with the reader's column choice. */
export function postStats(table: PostTable, map: ColumnMap): PostStats | CellError {
	const used = countColumns.filter((c) => map[c] !== undefined);
	if (!interactionColumns.some((c) => map[c] !== undefined))
		return { error: 'csv-needs-interactions' };
	if (map.reach === undefined && map.views === undefined && map.impressions === undefined)
		return { error: 'csv-needs-denominator' };
	const style = detectNumberStyle(
		table.rows.flatMap((r) => used.map((c) => r[map[c] ?? -1] ?? '')),
	);
	if (!style) return { error: 'csv-mixed-grouping' };

	const totals: PostStats['totals'] = {};
	const rows: PostRow[] = [];
	const dateColumn = map.date;
	const order = detectSlashOrder(
		dateColumn === undefined ? [] : table.rows.map((r) => r[dateColumn] ?? ''),
	);
	for (const [i, row] of table.rows.entries()) {
		const value: Partial<Record<(typeof countColumns)[number], number>> = {};
		for (const column of used) {
			const n = readCount(row[map[column] ?? -1] ?? '', style);
			if (n !== undefined && Number.isNaN(n))
				return {
					error: 'csv-non-numeric',
					row: i + 1,
					column: table.headers[map[column] ?? -1] ?? '',
				};
			if (n !== undefined) {
				value[column] = n;
				totals[column] = (totals[column] ?? 0) + n;
			}
		}
		const interactions = interactionColumns.reduce((s, c) => s + (value[c] ?? 0), 0);
		const rate = (d: number | undefined) =>
			d === undefined || d === 0 ? undefined : (interactions / d) * 100;
		rows.push({
			at: dateColumn === undefined ? undefined : readDate(row[dateColumn] ?? '', order),
			interactions,
			comments: value.comments ?? 0,
			erReach: rate(value.reach),
			erViews: rate(value.views),
			erImpressions: rate(value.impressions),
		});
	}
	const reachRates = rows.flatMap((r) => (r.erReach === undefined ? [] : [r.erReach]));
	const viewRates = rows.flatMap((r) => (r.erViews === undefined ? [] : [r.erViews]));
	const impressionRates = rows.flatMap((r) =>
		r.erImpressions === undefined ? [] : [r.erImpressions],
	);
	const interactions = rows.reduce((s, r) => s + r.interactions, 0);
	const comments = rows.reduce((s, r) => s + r.comments, 0);
	return {
		posts: rows.length,
		numberStyle: style,
		totals,
		medianErReach: median(reachRates),
		meanErReach: mean(reachRates),
		medianErViews: median(viewRates),
		meanErViews: mean(viewRates),
		medianErImpressions: median(impressionRates),
		meanErImpressions: mean(impressionRates),
		conversationShare: interactions === 0 ? undefined : (comments / interactions) * 100,
		rows,
	};
}
