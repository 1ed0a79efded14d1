/**
 * The engagement-rate calculator island: every common engagement rate for the same posts, each with
 * its formula filled in, and a benchmark compared only with the rate that shares its denominator.
 */
import { engagementPlatforms, type EngagementPlatform } from '../data/benchmarks.ts';
import type { SourceId } from '../data/sources.ts';
import {
	calculateEngagement,
	engagementExample,
	engagementExampleFor,
	engagementFields,
	reportsViews,
	type EngagementMissing,
} from '../lib/calculators/engagement.ts';
import type { Value } from '../lib/calculators/value.ts';
import { useLayoutEffect } from 'preact/hooks';
import type { Citation } from '../lib/i18n/citation.ts';
import { fill } from '../lib/i18n/fill.ts';
import { formatNumber } from '../lib/number/index.ts';
import { BarChart } from './calculator/BarChart.tsx';
import {
	CalculatorShell,
	resultRenderer,
	type CompareView,
} from './calculator/CalculatorShell.tsx';
import { comparableIsland } from './calculator/Comparison.tsx';
import type { IslandProps } from './calculator/island-props.ts';
import type { Scenario } from './calculator/useScenario.ts';

export interface EngagementIslandProps extends IslandProps<'engagement'> {
	/** The sources as this page cites them (links to the sources page in its language). */
	citations: Readonly<Record<SourceId, Citation>>;
}

const spec = {
	fields: engagementFields,
	choices: { platform: engagementPlatforms },
	example: engagementExample,
	exampleFor: (c: Readonly<Record<'platform', string>>) =>
		engagementExampleFor(c.platform as EngagementPlatform),
};

type EngagementField = keyof typeof engagementFields;

/** The calculator's results for one scenario. */
const calculate = (s: Scenario<EngagementField, 'platform'>) =>
	calculateEngagement({ platform: s.choices.platform as EngagementPlatform, ...s.values });

/** One scenario's form and results (A, or B in a comparison). */
function EngagementView({
	props,
	scenario,
	compare,
}: {
	props: EngagementIslandProps;
	scenario: Scenario<EngagementField, 'platform'>;
	compare: CompareView;
}) {
	const { locale, citations } = props;
	const { common, engagement: t } = props.strings;
	const v = scenario.values;
	const platform = scenario.choices.platform as EngagementPlatform;
	const r = calculate(scenario);
	// The example's number gives way to the reader's own: when reach and a showing count contradict
	// and one of them is still the example's, that one is emptied, so no error ever names a field
	// the reader did not touch.
	useLayoutEffect(() => {
		for (const e of r.errors) {
			if (e.field !== 'reach') continue;
			const other = e.code === 'reach-exceeds-views' ? 'views' : 'impressions';
			if (!scenario.own[other]) scenario.setText(other, '');
			else if (!scenario.own.reach) scenario.setText('reach', '');
		}
	});
	const n = (value: number | undefined, digits = 0) =>
		formatNumber(value ?? 0, locale, { maximumFractionDigits: digits });
	const pct = (value: number) => `${n(value, value < 0.1 ? 3 : 2)}%`;
	const num = (value: Value<EngagementMissing>) => ('value' in value ? value.value : 0);
	const show = resultRenderer({
		compare,
		labels: t.results,
		missing: t.missing,
		common,
		invalid: scenario.invalid,
	});
	/** A result with its formula, the reader's numbers filled in. */
	const withFormula = (
		name: keyof typeof t.formulas,
		value: Value<EngagementMissing>,
		render: (x: number) => string,
	) =>
		show(
			name,
			value,
			render,
			'value' in value
				? fill(t.formulas[name], {
						likes: n(v.likes),
						comments: n(v.comments),
						shares: n(v.shares),
						saves: n(v.saves),
						posts: n(v.posts),
						followers: n(v.followers),
						reach: n(v.reach),
						impressions: n(v.impressions),
						views: n(v.views),
						// A percentage divided by 100 is written without its % sign: 3,5 ÷ 100, not 3,5% ÷ 100.
						targetRate: n(v.targetRate, 12),
						interactionsNeeded: n(num(r.interactionsNeeded)),
						interactions: n(num(r.interactions)),
						erFollowers: pct(num(r.erFollowers)),
						benchmark: pct(num(r.benchmark)),
						result: render(value.value),
					})
				: undefined,
		);
	const source = r.benchmarkSource;
	// Per view where the platform reports views, or where only views are filled in.
	const showing =
		reportsViews(platform) || (v.views !== undefined && v.impressions === undefined)
			? 'erViews'
			: 'erImpressions';
	const headline = (['erFollowers', 'erReach', showing] as const).map((name) => ({
		name,
		label: t.headline[name],
		value: r[name],
		render: pct,
	}));

	return (
		<CalculatorShell
			compare={compare}
			label={t.label}
			locale={locale}
			common={common}
			scenario={scenario}
			syncUrl={props.syncUrl}
			headline={headline}
			fields={t.fields}
			crossErrors={Object.fromEntries(r.errors.map((e) => [e.field, t.errors[e.code]]))}
			choices={[
				{
					name: 'platform',
					label: t.platform,
					options: engagementPlatforms.map((p) => ({ value: p, label: t.platforms[p] })),
				},
			]}
			groups={[
				{ legend: t.groups.posts, names: ['posts'] },
				{ legend: t.groups.interactions, names: ['likes', 'comments', 'shares', 'saves'] },
				{
					legend: t.groups.audience,
					names: ['followers', 'reach', 'impressions', 'views'],
					extra: <p class="ib-hint ib-metric-hint">{t.metricHints[platform]}</p>,
				},
				{ legend: t.target, names: ['targetRate'] },
			]}
		>
			<dl>
				{withFormula('erFollowers', r.erFollowers, pct)}
				{withFormula('erReach', r.erReach, pct)}
				{withFormula('erImpressions', r.erImpressions, pct)}
				{withFormula('erViews', r.erViews, pct)}
				{withFormula('benchmarkMultiple', r.benchmarkMultiple, (x) => `${n(x, 2)}×`)}
			</dl>
			<details class="ib-more">
				<summary>{common.moreResults}</summary>
				<dl>
					{withFormula('interactions', r.interactions, (x) => n(x))}
					{withFormula('interactionsNeeded', r.interactionsNeeded, (x) => n(x))}
					{withFormula('interactionsGap', r.interactionsGap, (x) => n(x, 1))}
					{withFormula('conversationShare', r.conversationShare, pct)}
					{show('benchmark', r.benchmark, pct)}
				</dl>
			</details>
			<p class="ib-hint">{t.commentShareNote}</p>
			{source && (
				<p class="ib-hint">
					<a href={citations[source.source].href}>
						{fill(t.benchmarkSource, { year: String(source.dataYear) })}
					</a>
				</p>
			)}
			<p class="ib-hint">{t.benchmarkNote}</p>
			{'value' in r.erFollowers && 'value' in r.benchmark && 'value' in r.benchmarkMultiple && (
				<>
					<BarChart
						title={t.chart.title}
						bars={[
							{
								label: t.chart.yours,
								value: r.erFollowers.value,
								display: pct(r.erFollowers.value),
							},
							{ label: t.chart.median, value: r.benchmark.value, display: pct(r.benchmark.value) },
						]}
					/>
					<p class="ib-chart-summary">
						{fill(t.chart.summary, {
							yours: pct(r.erFollowers.value),
							median: pct(r.benchmark.value),
							multiple: n(r.benchmarkMultiple.value, 2),
						})}
					</p>
				</>
			)}
		</CalculatorShell>
	);
}

export default comparableIsland(spec, calculate, EngagementView);
