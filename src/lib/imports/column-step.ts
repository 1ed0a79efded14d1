/**
 * The column step of a post table: which answers from the worker are shown, and when. Pure.
 */
import type { PostError } from './posts.ts';

/** Errors that only say a column is still to be chosen. */
const unchosen: ReadonlySet<PostError | 'file-too-large'> = new Set<PostError | 'file-too-large'>([
	'csv-needs-interactions',
	'csv-needs-denominator',
]);

/**
 * Whether an error is shown: a column still to be chosen is no error before the reader has chosen
 * any column of the table (an unrecognised CSV opens the column step without a red message).
 */
export function showsPostError(error: PostError | 'file-too-large', acted: boolean): boolean {
	return acted || !unchosen.has(error);
}

/**
 * Whether the column step stays open after an error: yes for a column problem (a missing column, a
 * cell that is not a number, mixed grouping), no when the file itself could not be read.
 */
export function keepsColumnStep(
	error: PostError | 'file-too-large',
	row: number | undefined,
): boolean {
	return (
		row !== undefined ||
		unchosen.has(error) ||
		error === 'csv-non-numeric' ||
		error === 'csv-mixed-grouping'
	);
}
