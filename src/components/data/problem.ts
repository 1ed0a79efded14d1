/** An error code of the “Your data” page in the page's words, its placeholders filled. */
import type { DataImportDictionary } from '../../i18n/data-import.ts';
import { fill } from '../../lib/i18n/fill.ts';

export interface Problem {
	code: keyof DataImportDictionary['errors'];
	file?: string;
	row?: number;
	column?: string;
}

export function problemText(t: DataImportDictionary, p: Problem, fallbackFile = ''): string {
	return fill(t.errors[p.code], {
		file: p.file === undefined || p.file === '' ? fallbackFile : p.file,
		row: p.row ?? '',
		column: p.column ?? '',
	});
}
