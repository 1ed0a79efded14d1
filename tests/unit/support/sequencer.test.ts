import { describe, expect, test } from 'vitest';
import { longestFirst, rank } from '../../browser/setup/sequencer.ts';

describe('the browser files’ order', () => {
	test('starts the axe sweep first, then the offline checks, then the rest', () => {
		const files = [
			'/x/tests/browser/pages.test.ts',
			'/x/tests/browser/offline.test.ts',
			'/x/tests/browser/a11y.test.ts',
			'/x/tests/browser/search.test.ts',
		];
		const ordered = [...files].sort((a, b) => rank(a) - rank(b));
		expect(ordered.slice(0, 2)).toEqual([
			'/x/tests/browser/a11y.test.ts',
			'/x/tests/browser/offline.test.ts',
		]);
		expect(rank('/x/tests/browser/pages.test.ts')).toBe(longestFirst.length);
	});
});
