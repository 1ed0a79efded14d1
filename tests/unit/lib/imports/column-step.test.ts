import { describe, expect, test } from 'vitest';
import { keepsColumnStep, showsPostError } from '../../../../src/lib/imports/column-step.ts';

describe('showsPostError()', () => {
	test.each([
		{ error: 'csv-needs-interactions', acted: false, shown: false },
		{ error: 'csv-needs-denominator', acted: false, shown: false },
		{ error: 'csv-needs-interactions', acted: true, shown: true },
		{ error: 'csv-needs-denominator', acted: true, shown: true },
		{ error: 'csv-non-numeric', acted: false, shown: true },
		{ error: 'csv-unreadable', acted: false, shown: true },
		{ error: 'file-too-large', acted: false, shown: true },
	] as const)('$error, acted $acted → $shown', ({ error, acted, shown }) => {
		expect(showsPostError(error, acted)).toBe(shown);
	});
});

describe('keepsColumnStep()', () => {
	test.each([
		{ error: 'csv-needs-interactions', row: undefined, kept: true },
		{ error: 'csv-mixed-grouping', row: undefined, kept: true },
		{ error: 'csv-non-numeric', row: 3, kept: true },
		{ error: 'csv-unreadable', row: undefined, kept: false },
		{ error: 'binary', row: undefined, kept: false },
		{ error: 'empty', row: undefined, kept: false },
	] as const)('$error → $kept', ({ error, row, kept }) => {
		expect(keepsColumnStep(error, row)).toBe(kept);
	});
});
