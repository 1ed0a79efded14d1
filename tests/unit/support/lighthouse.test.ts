import { describe, expect, test } from 'vitest';
import {
	cpuSlowdownFor,
	median,
	medianRun,
	scoresOf,
	type LighthouseResult,
} from '../../support/lighthouse.ts';

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
			measured: 'FCP ?, LCP ?, SI ?, TBT ?, CLS ?, host benchmark 0, CPU ×?',
			performance: 93,
			accessibility: 90,
			bestPractices: 100,
			seo: 100,
			failing: [
				'color-contrast: Background and foreground colors have a sufficient contrast ratio',
			],
		});
	});

	test('names the metrics, the host benchmark and the CPU slowdown the run was measured under', () => {
		const measuredRun: LighthouseResult = {
			...result,
			audits: {
				...result.audits,
				'first-contentful-paint': { score: 0.9, title: 'FCP', numericValue: 1773.4 },
				'total-blocking-time': { score: 0.9, title: 'TBT', numericValue: 142.6 },
				'cumulative-layout-shift': { score: 1, title: 'CLS', numericValue: 0.0123 },
			},
			environment: { benchmarkIndex: 1426.4 },
			configSettings: { throttling: { cpuSlowdownMultiplier: 3.8 } },
		};
		expect(scoresOf(measuredRun).measured).toBe(
			'FCP 1773, LCP ?, SI ?, TBT 143, CLS 0.012, host benchmark 1426, CPU ×3.8',
		);
	});

	test('refuses an errored run', () => {
		expect(() =>
			scoresOf({ ...result, runtimeError: { code: 'ERRORED_DOCUMENT_REQUEST', message: '' } }),
		).toThrow('ERRORED_DOCUMENT_REQUEST');
	});
});

describe('cpuSlowdownFor()', () => {
	test.each([
		[2500, 4],
		[1500, 4],
		[1125, 3],
		[750, 2],
		[300, 1],
		[0, 4],
		[Number.NaN, 4],
	])('a host with benchmark index %d runs at a %d× CPU slowdown', (index, slowdown) => {
		expect(cpuSlowdownFor(index)).toBe(slowdown);
	});
});

describe('median() and medianRun()', () => {
	const run = (performance: number) => ({ ...scoresOf(result), performance });
	test('the median of odd and even counts', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(() => median([])).toThrow();
	});
	test('the median run is the middle score, the lower middle for an even count, never the best', () => {
		expect(medianRun([run(98), run(78), run(94)]).performance).toBe(94);
		expect(medianRun([run(98), run(78), run(94), run(60)]).performance).toBe(78);
		expect(medianRun([run(91)]).performance).toBe(91);
		expect(() => medianRun([])).toThrow();
	});
});
