/**
 * What the “Your data” charts draw, worked out without a DOM: month labels with their year, the
 * per-post points in date order and a round top for the rate axis. Pure.
 */
import type { Locale } from '../number/index.ts';
import type { PostStats } from './posts.ts';

const tags: Record<Locale, string> = { id: 'id-ID', en: 'en-US' };

/** A month `2026-03` as the reader's language writes it with its year (“Mar 2026”). */
export function monthLabel(month: string, locale: Locale): string {
	const [year, m] = month.split('-').map(Number);
	if (!year || !m) return month;
	return new Intl.DateTimeFormat(tags[locale], {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(Date.UTC(year, m - 1, 1));
}

/** A day (ms) as the reader's language writes it (“15 Nov 2026”). */
export function dayLabel(at: number, locale: Locale): string {
	return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/**
 * The smallest round number (1, 2 or 5 times a power of ten) at or above `max`: the top of a rate
 * axis. 1 when `max` is 0, negative or not finite.
 */
export function roundTop(max: number): number {
	if (!Number.isFinite(max) || max <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	for (const step of [1, 2, 5, 10]) if (step * power >= max * (1 - 1e-12)) return step * power;
	return 10 * power;
}

/** One post on the chart: its place in the table, its date when known, and its rate by reach. */
export interface PostPoint {
	row: number;
	at: number | undefined;
	rate: number;
}

/** The posts with a rate by reach, in date order (undated posts keep the table's order). */
export function postPoints(stats: PostStats): PostPoint[] {
	return stats.rows
		.map((r, row) => ({ row, at: r.at, rate: r.erReach }))
		.filter((p): p is PostPoint => p.rate !== undefined)
		.sort((a, b) => (a.at ?? a.row) - (b.at ?? b.row) || a.row - b.row);
}
