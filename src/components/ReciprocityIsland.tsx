/**
 * The follow-back (reciprocity) calculator island: parses the form, calls the pure calculator, and
 * renders results as <output name data-value>, warnings with their sources, and a chart.
 */
import { platforms, type Platform } from '../data/platform-limits.ts';
import { sources } from '../data/sources.ts';
import type { Dictionary } from '../i18n/id.ts';
import {
	calculateReciprocity,
	firstDayAbove,
	projectFollowing,
	reciprocityExample,
	reciprocityFields,
	type ReciprocityField,
	type Value,
} from '../lib/calculators/reciprocity.ts';
import { fill } from '../lib/i18n/fill.ts';
import { formatNumber, toCanonical, type Locale } from '../lib/number/index.ts';
import { CopyLink } from './calculator/CopyLink.tsx';
import { NumberField } from './calculator/NumberField.tsx';
import { ProjectionChart } from './calculator/ProjectionChart.tsx';
import { useScenario } from './calculator/useScenario.ts';

export interface ReciprocityIslandProps {
	/** A page-unique prefix for element IDs (from the server: see `calculator/instance.ts`). */
	instance: string;
	locale: Locale;
	strings: Pick<Dictionary, 'common' | 'reciprocity'>;
	/** The sources page in this language, base path included, e.g. `/referensi/sumber/`. */
	sourcesHref: string;
}

const spec = {
	fields: reciprocityFields,
	choices: { platform: platforms },
	example: reciprocityExample,
};

const groups: { legend: 'attempt' | 'account' | 'plan'; fields: ReciprocityField[] }[] = [
	{ legend: 'attempt', fields: ['followed', 'followedBack'] },
	{ legend: 'account', fields: ['followers', 'following'] },
	{ legend: 'plan', fields: ['target', 'perDay', 'minutesEach'] },
];

export default function ReciprocityIsland({
	instance: uid,
	locale,
	strings,
	sourcesHref,
}: ReciprocityIslandProps) {
	const { common, reciprocity: t } = strings;
	const scenario = useScenario(spec, locale);
	const platform = scenario.choices.platform as Platform;
	const result = calculateReciprocity({ platform, ...scenario.values });
	const n = (value: number, digits = 0) =>
		formatNumber(value, locale, { maximumFractionDigits: digits });

	const crossErrors = Object.fromEntries(result.errors.map((e) => [e.field, t.errors[e.code]]));

	const show = (name: keyof typeof t.results, value: Value, render: (v: number) => string) => (
		<div class="ib-result" key={name}>
			<dt id={`${uid}-${name}-label`}>{t.results[name]}</dt>
			<dd>
				<output
					name={name}
					aria-labelledby={`${uid}-${name}-label`}
					data-value={'value' in value ? toCanonical(value.value) : ''}
				>
					{'value' in value ? render(value.value) : common.notComputable}
				</output>
				{'missing' in value && <small class="ib-hint">{t.missing[value.missing]}</small>}
			</dd>
		</div>
	);

	const start = scenario.values.following;
	const needed = 'value' in result.followsNeeded ? result.followsNeeded.value : undefined;
	const pace = 'value' in result.dailyPace ? result.dailyPace.value : undefined;
	const chart =
		start !== undefined && needed !== undefined && pace !== undefined && pace > 0 && needed > 0
			? projectFollowing(start, needed, pace)
			: null;
	const passDay =
		chart &&
		result.followingLimit !== null &&
		needed !== undefined &&
		pace !== undefined &&
		start !== undefined
			? firstDayAbove(start, needed, pace, result.followingLimit)
			: null;
	const lastPoint = chart?.[chart.length - 1];

	return (
		<section class="ib-calculator not-content" aria-label={t.label}>
			{scenario.rejected.length > 0 && (
				<p class="ib-notice" role="alert">
					{fill(common.rejectedNotice, { names: scenario.rejected.join(', ') })}
				</p>
			)}
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
						{platforms.map((p) => (
							<option value={p} key={p}>
								{t.platforms[p]}
							</option>
						))}
					</select>
				</div>
				{groups.map((group) => (
					<fieldset key={group.legend}>
						<legend>{t[group.legend]}</legend>
						{group.fields.map((name) => (
							<NumberField
								key={name}
								id={`${uid}-${name}`}
								name={name}
								label={t.fields[name].label}
								hint={t.fields[name].hint}
								text={scenario.texts[name]}
								reading={scenario.readings[name]}
								crossError={crossErrors[name]}
								locale={locale}
								common={common}
								onInput={(text) => {
									scenario.setText(name, text);
								}}
							/>
						))}
					</fieldset>
				))}
			</form>
			<div class="ib-results" aria-live="polite">
				<h3 class="ib-heading">{common.results}</h3>
				<dl>
					{show('followBackRate', result.followBackRate, (v) => `${n(v, 2)}%`)}
					{show('notFollowingBack', result.notFollowingBack, (v) => `${n(v)} ${t.units.accounts}`)}
					{show('ratio', result.ratio, (v) => n(v, 2))}
					{show('followsNeeded', result.followsNeeded, (v) => `${n(v)} ${t.units.accounts}`)}
					{show('daysNeeded', result.daysNeeded, (v) => `${n(v)} ${t.units.days}`)}
					{show('hoursNeeded', result.hoursNeeded, (v) => `${n(v, 2)} ${t.units.hours}`)}
					{show('followingAfter', result.followingAfter, (v) => `${n(v)} ${t.units.accounts}`)}
				</dl>
				<p class="ib-hint">{t.ratioNote}</p>
				{result.warnings.length > 0 && (
					<div class="ib-warnings">
						<h3 class="ib-heading">{common.warnings}</h3>
						<ul>
							{result.warnings.map((w) => {
								const source = sources[w.source];
								return (
									<li key={w.code}>
										{fill(t.warnings[w.code], { limit: w.limit === undefined ? '' : n(w.limit) })}{' '}
										<a href={`${sourcesHref}#${source.anchor}`}>
											{common.source}: {source.publisher}, “{source.title}”, {source.asOf}
										</a>
									</li>
								);
							})}
						</ul>
					</div>
				)}
				{chart && lastPoint && (
					<>
						<ProjectionChart
							points={chart}
							limit={result.followingLimit}
							title={t.chart.title}
							limitLabel={
								result.followingLimit === null
									? undefined
									: fill(t.chart.limit, { limit: n(result.followingLimit) })
							}
							format={(v) => n(v)}
						/>
						<p class="ib-chart-summary">
							{fill(t.chart.summary, {
								start: n(chart[0]?.following ?? 0),
								end: n(lastPoint.following),
								days: n(lastPoint.day),
							})}{' '}
							{result.followingLimit !== null &&
								fill(
									passDay !== null
										? t.chart.summaryLimit
										: (start ?? 0) > result.followingLimit
											? t.chart.summaryAboveLimit
											: t.chart.summaryUnderLimit,
									{ limit: n(result.followingLimit), day: n(passDay ?? 0) },
								)}
						</p>
					</>
				)}
			</div>
			<CopyLink id={uid} common={common} />
		</section>
	);
}
