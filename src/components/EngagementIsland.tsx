/**
 * The engagement-rate calculator island: every common engagement rate for the same posts, each with
 * its formula filled in, and a benchmark compared only with the rate that shares its denominator.
 */
import { engagementPlatforms, type EngagementPlatform } from '../data/benchmarks.ts';
import { sources } from '../data/sources.ts';
import type { Dictionary } from '../i18n/id.ts';
import {
	calculateEngagement,
	engagementExample,
	engagementFields,
	type EngagementField,
	type EngagementMissing,
} from '../lib/calculators/engagement.ts';
import type { Value } from '../lib/calculators/value.ts';
import { fill } from '../lib/i18n/fill.ts';
import { formatNumber, type Locale } from '../lib/number/index.ts';
import { BarChart } from './calculator/BarChart.tsx';
import { CopyLink } from './calculator/CopyLink.tsx';
import { FieldGroup } from './calculator/FieldGroup.tsx';
import { RejectedNotice } from './calculator/RejectedNotice.tsx';
import { Result } from './calculator/Result.tsx';
import { labelsOf } from './calculator/labels.ts';
import { useScenario } from './calculator/useScenario.ts';

export interface EngagementIslandProps {
	/** A page-unique prefix for element IDs (from the server: see `calculator/instance.ts`). */
	instance: string;
	/** Whether this calculator keeps its scenario in the URL (only the first on a page does). */
	syncUrl: boolean;
	locale: Locale;
	strings: Pick<Dictionary, 'common' | 'engagement'>;
	/** The sources page in this language, base path included. */
	sourcesHref: string;
}

const spec = {
	fields: engagementFields,
	choices: { platform: engagementPlatforms },
	example: engagementExample,
};

const groups: { legend: 'posts' | 'interactions' | 'audience'; fields: EngagementField[] }[] = [
	{ legend: 'posts', fields: ['posts'] },
	{ legend: 'interactions', fields: ['likes', 'comments', 'shares', 'saves'] },
	{ legend: 'audience', fields: ['followers', 'reach', 'impressions'] },
];

export default function EngagementIsland(props: EngagementIslandProps) {
	const { instance: uid, locale, sourcesHref } = props;
	const { common, engagement: t } = props.strings;
	const scenario = useScenario(spec, locale, props.syncUrl);
	const platform = scenario.choices.platform as EngagementPlatform;
	const v = scenario.values;
	const r = calculateEngagement({ platform, ...v });
	const n = (value: number | undefined, digits = 0) =>
		formatNumber(value ?? 0, locale, { maximumFractionDigits: digits });
	const pct = (value: number) => `${n(value, value < 0.1 ? 3 : 2)}%`;
	const num = (value: Value<EngagementMissing>) => ('value' in value ? value.value : 0);
	const crossErrors = Object.fromEntries(r.errors.map((e) => [e.field, t.errors[e.code]]));
	const formula = (
		name: keyof typeof t.formulas,
		value: Value<EngagementMissing>,
		shown: string,
	) =>
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
					interactions: n(num(r.interactions)),
					erFollowers: pct(num(r.erFollowers)),
					benchmark: pct(num(r.benchmark)),
					result: shown,
				})
			: undefined;
	const show = (
		name: keyof typeof t.results,
		value: Value<EngagementMissing>,
		render: (x: number) => string,
	) => (
		<Result
			key={name}
			uid={uid}
			name={name}
			label={t.results[name]}
			value={value}
			render={render}
			missing={t.missing}
			notComputable={common.notComputable}
			fixMarked={scenario.invalid ? common.fixMarked : undefined}
			formula={
				name === 'benchmark'
					? undefined
					: formula(name, value, 'value' in value ? render(value.value) : '')
			}
		/>
	);
	const times = (x: number) => `${n(x, 2)}×`;
	const source = r.benchmarkSource;

	return (
		<section class="ib-calculator not-content" aria-label={t.label}>
			<RejectedNotice
				names={scenario.rejected}
				labels={{ platform: t.platform, ...labelsOf(t.fields) }}
				common={common}
			/>
			<form
				class="ib-form"
				onSubmit={(e) => {
					e.preventDefault();
				}}
				noValidate
			>
				<div class="ib-field">
					<label for={`${uid}-platform`}>{t.platform}</label>
					<select
						id={`${uid}-platform`}
						name="platform"
						value={platform}
						onChange={(e) => {
							scenario.setChoice('platform', e.currentTarget.value);
						}}
					>
						{engagementPlatforms.map((p) => (
							<option value={p} key={p}>
								{t.platforms[p]}
							</option>
						))}
					</select>
				</div>
				{groups.map((group) => (
					<FieldGroup
						key={group.legend}
						uid={uid}
						legend={t.groups[group.legend]}
						names={group.fields}
						scenario={scenario}
						labels={t.fields}
						crossErrors={crossErrors}
						locale={locale}
						common={common}
					/>
				))}
			</form>
			<div class="ib-results" aria-live="polite">
				<h3 class="ib-heading">{common.results}</h3>
				<dl>
					{show('interactions', r.interactions, (x) => n(x))}
					{show('erFollowers', r.erFollowers, pct)}
					{show('erReach', r.erReach, pct)}
					{show('erImpressions', r.erImpressions, pct)}
					{show('conversationShare', r.conversationShare, pct)}
					{show('benchmark', r.benchmark, pct)}
					{show('benchmarkMultiple', r.benchmarkMultiple, times)}
				</dl>
				{source && (
					<p class="ib-hint">
						<a href={`${sourcesHref}#${sources[source.source].anchor}`}>
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
								{
									label: t.chart.median,
									value: r.benchmark.value,
									display: pct(r.benchmark.value),
								},
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
			</div>
			{props.syncUrl && <CopyLink id={uid} common={common} link={scenario.link} />}
		</section>
	);
}
