import { describe, expect, test } from 'vitest';
import { scoresOf, type LighthouseResult } from '../../support/lighthouse.ts';

const category = (score: number, ids: string[]) => ({
	score,
	auditRefs: ids.map((id) => ({ id, weight: 1 })),
});

const result: LighthouseResult = {
	categories: {
		performance: category(0.93, ['lcp']),
		accessibility: category(0.9, ['color-contrast', 'image-alt']),
		'best-practices': category(1, ['errors-in-console']),
		seo: category(1, ['meta-description']),
	},
	audits: {
		lcp: { score: 0.8, title: 'Largest Contentful Paint' },
		'color-contrast': {
			score: 0,
			title: 'Background and foreground colors have a sufficient contrast ratio',
		},
		'image-alt': {
			score: null,
			scoreDisplayMode: 'notApplicable',
			title: 'Image elements have [alt]',
		},
		'errors-in-console': { score: 1, title: 'No browser errors logged to the console' },
		'meta-description': { score: 1, title: 'Document has a meta description' },
	},
};

describe('scoresOf()', () => {
	test('reads category scores and names the failing audits outside performance', () => {
		expect(scoresOf(result)).toEqual({
			performance: 93,
			accessibility: 90,
			bestPractices: 100,
			seo: 100,
			failing: [
				'color-contrast: Background and foreground colors have a sufficient contrast ratio',
			],
		});
	});

	test('refuses an errored run', () => {
		expect(() =>
			scoresOf({ ...result, runtimeError: { code: 'ERRORED_DOCUMENT_REQUEST', message: '' } }),
		).toThrow('ERRORED_DOCUMENT_REQUEST');
	});
});
