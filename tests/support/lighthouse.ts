/**
 * Runs Lighthouse (mobile, its default) against pages of the local preview, in the Chromium the
 * browser tests use, started by chrome-launcher with the same offline-safe flags.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from '../browser/support/chromium.ts';

/** Category scores from 0 to 100. */
export interface LighthouseScores {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Scored audits outside performance that did not pass, for a readable failure message. */
	failing: string[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of a Lighthouse result that the scores are read from. */
export interface LighthouseResult {
	runtimeError?: { code: string; message: string } | undefined;
	categories: Record<
		string,
		{ score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
	>;
	audits: Record<
		string,
		{ score: number | null; scoreDisplayMode?: string; title: string } | undefined
	>;
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
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		failing,
	};
}

/** Opens one Chromium for a series of Lighthouse runs; call `close()` when done. */
export async function startLighthouse(chromePath: string) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', ...chromiumArgs],
	});
	return {
		/** Audits `url` and returns its category scores. */
		async run(url: string): Promise<LighthouseScores> {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			return scoresOf(result.lhr);
		},
		close: () => {
			chrome.kill();
		},
	};
}
