/**
 * The browser files' order: Vitest starts the files it has timed before by their last duration and
 * the rest by size, so on a clean clone the short axe sweep file (the longest to run) would start
 * last and finish alone. Starting it first lets the other files share the second worker with it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files known to run longest, started first in this order. */
export const longestFirst = ['tests/browser/a11y.test.ts', 'tests/browser/offline.test.ts'];

/** Where `file` stands among the longest files; the rest keep Vitest's order after them. */
export function rank(file: string): number {
	const index = longestFirst.findIndex((path) => file.endsWith(path));
	return index === -1 ? longestFirst.length : index;
}

export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		return sorted
			.map((spec, order) => ({ spec, order }))
			.sort((a, b) => rank(a.spec.moduleId) - rank(b.spec.moduleId) || a.order - b.order)
			.map(({ spec }) => spec);
	}
}
