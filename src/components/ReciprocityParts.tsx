/**
 * What the follow-back island shows besides its results: the words for the chosen way of reaching
 * out (following, or LinkedIn connection invitations), the platform rules the plan runs into with
 * their sources, and the projection chart with the sentence that says when the limit is reached
 * and passed.
 */
import type { SourceId } from '../data/sources.ts';
import type { Dictionary } from '../i18n/id.ts';
import type { ReciprocityResult } from '../lib/calculators/reciprocity.ts';
import { projectFollowing } from '../lib/calculators/reciprocity.ts';
import type { Citation } from '../lib/i18n/citation.ts';
import { fill } from '../lib/i18n/fill.ts';
import { ProjectionChart } from './calculator/ProjectionChart.tsx';

type Words = Dictionary['reciprocity'];

/**
 * The follow-back calculator's words for one mode: following names accounts and followers (the
 * dictionary's own), connection invitations name invitations and connections (`connect`, the same
 * shape; issue 20: invitations are not connections).
 */
export type ModeWords = Pick<
	Words,
	'fields' | 'results' | 'headline' | 'missing' | 'errors' | 'interval' | 'chart' | 'units'
>;

/** The platform rules the plan runs into, each with a link to its source. */
export function Warnings(props: {
	warnings: ReciprocityResult['warnings'];
	strings: Words['warnings'];
	common: Dictionary['common'];
	citations: Readonly<Record<SourceId, Citation>>;
	n: (v: number) => string;
}) {
	const { common, n } = props;
	if (props.warnings.length === 0) return null;
	return (
		<div class="ib-warnings">
			<h3 class="ib-heading">{common.warnings}</h3>
			<ul>
				{props.warnings.map((w) => (
					<li key={w.code}>
						{fill(props.strings[w.code], { limit: w.limit === undefined ? '' : n(w.limit) })}
						{[w.source, w.also].map(
							(id, i) =>
								id && (
									<a href={props.citations[id].href}>
										{i ? '; ' : ` ${common.source}: `}
										{props.citations[id].text}
									</a>
								),
						)}
					</li>
				))}
			</ul>
		</div>
	);
}

/**
 * The projected count (accounts followed, or connections) against the platform's limit, and the
 * sentence that says it: from where to where, when the limit is reached and passed, the follower
 * ratio on the day it is reached where the limit depends on it, and the range of end days.
 */
export function Projection(props: {
	result: ReciprocityResult;
	words: ModeWords;
	/** The follower ratio at the start, when there is one. */
	startRatio: number | undefined;
	n: (v: number, digits?: number) => string;
}) {
	const { result, words, n } = props;
	const { plan, planHigh, followingLimit: limit } = result;
	if (!plan || plan.pace <= 0 || plan.needed <= 0) return null;
	const points = projectFollowing(plan);
	const last = points.at(-1);
	if (!last) return null;
	const t = words.chart;
	const daysLow = 'value' in result.daysNeededLow ? result.daysNeededLow.value : undefined;
	const daysHigh = 'value' in result.daysNeededHigh ? result.daysNeededHigh.value : undefined;
	const range =
		planHigh && daysLow !== undefined && daysHigh !== undefined && daysHigh > daysLow
			? { longest: projectFollowing(planHigh), fromDay: daysLow, toDay: daysHigh }
			: undefined;
	return (
		<>
			<ProjectionChart
				points={points}
				limit={limit}
				title={t.title}
				limitLabel={limit === null ? undefined : fill(t.limit, { limit: n(limit) })}
				format={(v) => n(v)}
				day={t.day}
				range={range}
			/>
			<p class="ib-chart-summary">
				{fill(t.summary, { start: n(plan.start), end: n(last.following), days: n(last.day) })}
				{limit !== null && ` ${limitSentence(result, t, limit, props.startRatio, n)}`}
				{range && ` ${fill(t.summaryRange, { low: n(range.fromDay), high: n(range.toDay) })}`}
			</p>
		</>
	);
}

/** Whether, and when, the plan reaches and passes the platform's limit, and the ratio then. */
function limitSentence(
	result: ReciprocityResult,
	t: ModeWords['chart'],
	limit: number,
	startRatio: number | undefined,
	n: (v: number, digits?: number) => string,
): string {
	const { reached = null, passed = null } = result.limitDays ?? {};
	const base = { limit: n(limit), day: n(reached ?? 0), reached: n(reached ?? 0) };
	const sentence =
		(result.plan?.start ?? 0) > limit
			? fill(t.summaryAboveLimit, base)
			: reached === null
				? fill(t.summaryUnderLimit, base)
				: passed === null
					? fill(t.summaryReachedOnly, base)
					: fill(passed === reached ? t.summaryReachedSameDay : t.summaryReachedPassed, {
							...base,
							passed: n(passed),
						});
	if (result.ratioAtLimit === null || startRatio === undefined) return sentence;
	const ratio = fill(t.summaryRatio, {
		...base,
		ratio: n(result.ratioAtLimit, 2),
		start: n(startRatio, 2),
	});
	return `${sentence} ${ratio}`;
}
