/**
 * Runs Lighthouse (mobile, its default) against pages of the local preview, in the Chromium the
 * browser tests use, started by chrome-launcher with the same offline-safe flags.
 *
 * One Lighthouse run is noisy, the more so on a shared two-core machine: the same page scored 78 in
 * one run and 98 in the next. Lighthouse's own guidance is to run several times and read the median
 * (docs/variability.md), and to calibrate its CPU slowdown to the host (docs/throttling.md), so each
 * audit here is the median of several runs after one warm-up, with the slowdown calibrated.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { chromiumArgs } from '../browser/support/chromium.ts';

/** Category scores from 0 to 100, with what the performance score was measured under. */
export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Scored audits outside performance that did not pass, for a readable failure message. */
	failing: string[];
	/** The run's metrics and host calibration, for a failure message and the bench. */
	measured: string;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const metrics = [
	['FCP', 'first-contentful-paint'],
	['LCP', 'largest-contentful-paint'],
	['SI', 'speed-index'],
	['TBT', 'total-blocking-time'],
	['CLS', 'cumulative-layout-shift'],
] as const;

/** The parts of a Lighthouse result that the scores are read from. */
export interface LighthouseResult {
	runtimeError?: { code: string; message: string } | undefined;
	categories: Record<
		string,
		{ score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
	>;
	audits: Record<
		string,
		| { score: number | null; scoreDisplayMode?: string; title: string; numericValue?: number }
		| undefined
	>;
	environment?: { benchmarkIndex?: number } | undefined;
	configSettings?: { throttling?: { cpuSlowdownMultiplier?: number } } | undefined;
}

/** Reads the scores of a result; an errored run (e.g. a 404 document) is an error, never a score. */
export function scoresOf(lhr: LighthouseResult): LighthouseScores {
	if (lhr.runtimeError)
		throw new Error(`Lighthouse could not audit the page: ${lhr.runtimeError.code}`);
	const score = (id: (typeof categories)[number]) =>
		Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const failing = categories
		.filter((id) => id !== 'performance')
		.flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
		.filter((ref) => {
			const audit = lhr.audits[ref.id];
			return ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1;
		})
		.map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`);
	const shown = (id: string): string => {
		const v = lhr.audits[id]?.numericValue;
		if (v === undefined) return '?';
		return id.includes('shift') ? v.toFixed(3) : String(Math.round(v));
	};
	const slowdown = lhr.configSettings?.throttling?.cpuSlowdownMultiplier;
	const measured = [
		...metrics.map(([name, id]) => `${name} ${shown(id)}`),
		`host benchmark ${String(Math.round(lhr.environment?.benchmarkIndex ?? 0))}`,
		`CPU ×${slowdown === undefined ? '?' : String(slowdown)}`,
	].join(', ');
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		failing,
		measured,
	};
}

/**
 * The CPU slowdown that makes this host emulate the phone Lighthouse means to emulate.
 * Lighthouse's default 4× "moves a typical run in the high-end desktop bracket" (benchmark index
 * 1500–2000) "into the mid-tier mobile bracket" (docs/throttling.md). On a slower host the same 4×
 * emulates a slower phone than intended, so the slowdown shrinks in proportion to the host's
 * benchmark below 1500, never below 1× and never above the default 4×: a faster host keeps 4×.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
	if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return 4;
	return Math.round(Math.min(4, Math.max(1, (4 * benchmarkIndex) / 1500)) * 10) / 10;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const upper = sorted[Math.floor(sorted.length / 2)];
	const lower = sorted[Math.floor((sorted.length - 1) / 2)];
	if (upper === undefined || lower === undefined) throw new Error('median of nothing');
	return (lower + upper) / 2;
}

/** The run whose performance score is the median of the runs (the lower middle for an even count). */
export function medianRun(runs: readonly LighthouseScores[]): LighthouseScores {
	const sorted = [...runs].sort((a, b) => a.performance - b.performance);
	const middle = sorted[Math.floor((sorted.length - 1) / 2)];
	if (!middle) throw new Error('no Lighthouse runs to take the median of');
	return middle;
}

/** Opens one Chromium for a series of Lighthouse runs; call `close()` when done. */
export async function startLighthouse(chromePath: string, { runs = 3 } = {}) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', ...chromiumArgs],
	});
	/** The host's benchmark index as each run measured it; the slowdown follows their median. */
	const benchmarks: number[] = [];
	const once = async (url: string): Promise<LighthouseScores> => {
		const cpuSlowdownMultiplier = benchmarks.length ? cpuSlowdownFor(median(benchmarks)) : 4;
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
			{
				extends: 'lighthouse:default',
				settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } },
			},
		);
		if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
		const scores = scoresOf(result.lhr);
		const index = result.lhr.environment.benchmarkIndex;
		if (Number.isFinite(index) && index > 0) benchmarks.push(index);
		return scores;
	};
	let warm = false;
	return {
		/** Audits `url` `runs` times (after one warm-up run per browser) and returns the median run. */
		async run(url: string): Promise<LighthouseScores> {
			if (!warm) {
				await once(url);
				warm = true;
			}
			const results: LighthouseScores[] = [];
			for (let i = 0; i < runs; i++) results.push(await once(url));
			return medianRun(results);
		},
		close: () => {
			chrome.kill();
		},
	};
}
