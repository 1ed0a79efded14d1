/**
 * The follow-back (reciprocity) calculator island: parses the form, calls the pure calculator, and
 * renders results as <output name data-value>, warnings with their sources, and a chart.
 */
import {
	linkedinActions,
	platforms,
	type LinkedinAction,
	type Platform,
} from '../data/platform-limits.ts';
import { sources } from '../data/sources.ts';
import type { Dictionary } from '../i18n/id.ts';
import {
	calculateReciprocity,
	firstDayAbove,
	projectFollowing,
	reciprocityExample,
	reciprocityFields,
} from '../lib/calculators/reciprocity.ts';
import { fill } from '../lib/i18n/fill.ts';
import { formatNumber } from '../lib/number/index.ts';
import {
	CalculatorShell,
	headlineText,
	resultRenderer,
	type CompareView,
} from './calculator/CalculatorShell.tsx';
import { comparableIsland } from './calculator/Comparison.tsx';
import { ProjectionChart } from './calculator/ProjectionChart.tsx';
import type { IslandProps } from './calculator/island-props.ts';
import type { Scenario } from './calculator/useScenario.ts';

export interface ReciprocityIslandProps extends IslandProps<'reciprocity'> {
	/** The sources page in this language, base path included, e.g. `/referensi/sumber/`. */
	sourcesHref: string;
}

const spec = {
	fields: reciprocityFields,
	choices: { platform: platforms, action: linkedinActions },
	example: reciprocityExample,
};

type ReciprocityField = keyof typeof reciprocityFields;

/** The calculator's results for one scenario. */
const calculate = (s: Scenario<ReciprocityField, 'platform' | 'action'>) =>
	calculateReciprocity({
		platform: s.choices.platform as Platform,
		action: s.choices.action as LinkedinAction,
		...s.values,
	});

/** One scenario's form and results (A, or B in a comparison). */
function ReciprocityView({
	props,
	scenario,
	compare,
}: {
	props: ReciprocityIslandProps;
	scenario: Scenario<ReciprocityField, 'platform' | 'action'>;
	compare: CompareView;
}) {
	const { locale, sourcesHref } = props;
	const { common, reciprocity: t } = props.strings;
	const platform = scenario.choices.platform as Platform;
	const result = calculate(scenario);
	const n = (value: number, digits = 0) =>
		formatNumber(value, locale, { maximumFractionDigits: digits });
	const show = resultRenderer({
		compare,
		labels: t.results,
		missing: t.missing,
		common,
		invalid: scenario.invalid,
	});

	const start = scenario.values.following;
	const needed = 'value' in result.followsNeeded ? result.followsNeeded.value : undefined;
	const pace = 'value' in result.dailyPace ? result.dailyPace.value : undefined;
	const chart =
		start !== undefined && needed !== undefined && pace !== undefined && pace > 0 && needed > 0
			? projectFollowing(start, needed, pace)
			: null;
	const neededHigh =
		'value' in result.followsNeededHigh ? result.followsNeededHigh.value : undefined;
	const daysLow = 'value' in result.daysNeededLow ? result.daysNeededLow.value : undefined;
	const daysHigh = 'value' in result.daysNeededHigh ? result.daysNeededHigh.value : undefined;
	const range =
		chart && start !== undefined && neededHigh !== undefined && pace !== undefined
			? daysLow !== undefined && daysHigh !== undefined && daysHigh > daysLow
				? { longest: projectFollowing(start, neededHigh, pace), fromDay: daysLow, toDay: daysHigh }
				: undefined
			: undefined;
	const limit = result.followingLimit;
	const lastPoint = chart?.at(-1);
	const low = 'value' in result.followBackRateLow ? result.followBackRateLow.value : undefined;
	const high = 'value' in result.followBackRateHigh ? result.followBackRateHigh.value : undefined;
	const rate = (v: number) => `${n(v, 2)}%`;
	const accounts = (v: number) => `${n(v)} ${t.units.accounts}`;
	const days = (v: number) => `${n(v)} ${t.units.days}`;
	const headline = [
		{ name: 'followBackRate', value: result.followBackRate, render: rate },
		{ name: 'followsNeeded', value: result.followsNeeded, render: accounts },
		{ name: 'daysNeeded', value: result.daysNeeded, render: days },
	] as const;

	return (
		<CalculatorShell
			compare={compare}
			label={t.label}
			locale={locale}
			common={common}
			scenario={scenario}
			syncUrl={props.syncUrl}
			headline={headline.map((h) => ({
				name: h.name,
				label: t.headline[h.name],
				text: headlineText(h.value, h.render, common),
			}))}
			fields={t.fields}
			crossErrors={Object.fromEntries(result.errors.map((e) => [e.field, t.errors[e.code]]))}
			choices={[
				{
					name: 'platform',
					label: t.platform,
					options: platforms.map((p) => ({ value: p, label: t.platforms[p] })),
				},
				{
					name: 'action',
					label: t.action,
					hint: t.actionHint,
					options: linkedinActions.map((a) => ({ value: a, label: t.actions[a] })),
					hidden: platform !== 'linkedin',
				},
			]}
			groups={[
				{ legend: t.attempt, names: ['followed', 'followedBack', 'retention'] },
				{ legend: t.account, names: ['followers', 'following'] },
				{ legend: t.plan, names: ['target', 'perDay', 'minutesEach', 'days'] },
			]}
		>
			<dl>
				{show('followBackRate', result.followBackRate, rate)}
				{show('followBackRateLow', result.followBackRateLow, rate)}
				{show('followBackRateHigh', result.followBackRateHigh, rate)}
				{show('notFollowingBack', result.notFollowingBack, (v) => `${n(v)} ${t.units.accounts}`)}
				{show('ratio', result.ratio, (v) => n(v, 2))}
				{show('followsNeeded', result.followsNeeded, accounts)}
				{show('followsNeededLow', result.followsNeededLow, accounts)}
				{show('followsNeededHigh', result.followsNeededHigh, accounts)}
				{show('daysNeeded', result.daysNeeded, days)}
				{show('daysNeededLow', result.daysNeededLow, days)}
				{show('daysNeededHigh', result.daysNeededHigh, days)}
				{show('hoursNeeded', result.hoursNeeded, (v) => `${n(v, 2)} ${t.units.hours}`)}
				{show('followingAfter', result.followingAfter, (v) => `${n(v)} ${t.units.accounts}`)}
				{show('perDayNeeded', result.perDayNeeded, (v) => `${n(v)} ${t.units.accounts}`)}
				{show('gainInDays', result.gainInDays, (v) => `${n(v)} ${t.units.followers}`)}
			</dl>
			{low !== undefined && high !== undefined && scenario.values.followed !== undefined && (
				<p class="ib-hint ib-interval">
					{fill(t.interval, {
						followed: n(scenario.values.followed),
						low: rate(low),
						high: rate(high),
					})}
				</p>
			)}
			<p class="ib-hint">{t.ratioNote}</p>
			{result.warnings.length > 0 && (
				<div class="ib-warnings">
					<h3 class="ib-heading">{common.warnings}</h3>
					<ul>
						{result.warnings.map((w) => {
							const source = w.source === undefined ? undefined : sources[w.source];
							return (
								<li key={w.code}>
									{fill(t.warnings[w.code], { limit: w.limit === undefined ? '' : n(w.limit) })}{' '}
									{source && (
										<a href={`${sourcesHref}#${source.anchor}`}>
											{common.source}: {source.publisher}, “{source.title}”, {source.asOf}
										</a>
									)}
								</li>
							);
						})}
					</ul>
				</div>
			)}
			{chart && lastPoint && start !== undefined && needed !== undefined && pace !== undefined && (
				<>
					<ProjectionChart
						points={chart}
						limit={limit}
						title={t.chart.title}
						limitLabel={limit === null ? undefined : fill(t.chart.limit, { limit: n(limit) })}
						format={(v) => n(v)}
						range={range}
					/>
					<p class="ib-chart-summary">
						{fill(t.chart.summary, {
							start: n(start),
							end: n(lastPoint.following),
							days: n(lastPoint.day),
						})}{' '}
						{limit !== null && chartLimitSentence(t.chart, start, needed, pace, limit, n)}
						{range &&
							` ${fill(t.chart.summaryRange, { low: n(range.fromDay), high: n(range.toDay) })}`}
					</p>
				</>
			)}
		</CalculatorShell>
	);
}

/** The sentence on whether, and when, the plan passes the platform's limit. */
function chartLimitSentence(
	strings: Dictionary['reciprocity']['chart'],
	start: number,
	needed: number,
	pace: number,
	limit: number,
	n: (v: number) => string,
): string {
	const day = firstDayAbove(start, needed, pace, limit);
	if (day !== null) return fill(strings.summaryLimit, { limit: n(limit), day: n(day) });
	return fill(start > limit ? strings.summaryAboveLimit : strings.summaryUnderLimit, {
		limit: n(limit),
	});
}

export default comparableIsland(spec, calculate, ReciprocityView);
