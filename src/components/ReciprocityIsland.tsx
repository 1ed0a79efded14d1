/**
 * The follow-back (reciprocity) calculator island: parses the form, calls the pure calculator, and
 * renders results as <output name data-value>, warnings with their sources, and a chart. On
 * LinkedIn with connection invitations, the same fields and results are named for invitations and
 * connections (ReciprocityParts.tsx).
 */
import type { SourceId } from '../data/sources.ts';
import {
	linkedinActions,
	platforms,
	type LinkedinAction,
	type Platform,
} from '../data/platform-limits.ts';
import {
	calculateReciprocity,
	isConnecting,
	reciprocityExample,
	reciprocityFields,
} from '../lib/calculators/reciprocity.ts';
import type { Citation } from '../lib/i18n/citation.ts';
import { fill } from '../lib/i18n/fill.ts';
import { formatNumber } from '../lib/number/index.ts';
import { Projection, Warnings } from './ReciprocityParts.tsx';
import {
	CalculatorShell,
	resultRenderer,
	type CompareView,
} from './calculator/CalculatorShell.tsx';
import { comparableIsland } from './calculator/Comparison.tsx';
import type { IslandProps } from './calculator/island-props.ts';
import type { Scenario } from './calculator/useScenario.ts';

export interface ReciprocityIslandProps extends IslandProps<'reciprocity'> {
	/** The sources as this page cites them, for the platform rules' warnings. */
	citations: Readonly<Record<SourceId, Citation>>;
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
	const { locale, citations } = props;
	const { common, reciprocity: t } = props.strings;
	const platform = scenario.choices.platform as Platform;
	const connecting = isConnecting(platform, scenario.choices.action as LinkedinAction);
	const words = connecting ? t.connect : t;
	const result = calculate(scenario);
	const n = (value: number, digits = 0) =>
		formatNumber(value, locale, { maximumFractionDigits: digits });
	const show = resultRenderer({
		compare,
		labels: words.results,
		missing: words.missing,
		common,
		invalid: scenario.invalid,
	});

	const low = 'value' in result.followBackRateLow ? result.followBackRateLow.value : undefined;
	const high = 'value' in result.followBackRateHigh ? result.followBackRateHigh.value : undefined;
	const rate = (v: number) => `${n(v, 2)}%`;
	const sent = (v: number) => `${n(v)} ${words.units.sent}`;
	const count = (v: number) => `${n(v)} ${words.units.count}`;
	const days = (v: number) => `${n(v)} ${words.units.days}`;
	const headline = [
		{ name: 'followBackRate', value: result.followBackRate, render: rate },
		{ name: 'followsNeeded', value: result.followsNeeded, render: sent },
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
			headline={headline.map((h) => ({ ...h, label: words.headline[h.name] }))}
			fields={words.fields}
			crossErrors={Object.fromEntries(result.errors.map((e) => [e.field, words.errors[e.code]]))}
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
				// Connections are two-way: no follower ratio, so no followers field.
				{ legend: t.account, names: connecting ? ['following'] : ['followers', 'following'] },
				{ legend: t.plan, names: ['target', 'perDay', 'minutesEach', 'days'] },
			]}
		>
			<dl>
				{show('followBackRate', result.followBackRate, rate)}
				{show('followsNeeded', result.followsNeeded, sent)}
				{show('daysNeeded', result.daysNeeded, days)}
				{show('hoursNeeded', result.hoursNeeded, (v) => `${n(v, 2)} ${words.units.hours}`)}
				{show('followingAfter', result.followingAfter, count)}
			</dl>
			<details class="ib-more">
				<summary>{common.moreResults}</summary>
				<dl>
					{show('followBackRateLow', result.followBackRateLow, rate)}
					{show('followBackRateHigh', result.followBackRateHigh, rate)}
					{show('notFollowingBack', result.notFollowingBack, sent)}
					{show('ratio', result.ratio, (v) => n(v, 2))}
					{show('followsNeededLow', result.followsNeededLow, sent)}
					{show('followsNeededHigh', result.followsNeededHigh, sent)}
					{show('daysNeededLow', result.daysNeededLow, days)}
					{show('daysNeededHigh', result.daysNeededHigh, days)}
					{show('perDayNeeded', result.perDayNeeded, sent)}
					{show('gainInDays', result.gainInDays, (v) => `${n(v)} ${words.units.gained}`)}
				</dl>
			</details>
			{low !== undefined && high !== undefined && scenario.values.followed !== undefined && (
				<p class="ib-hint ib-interval">
					{fill(words.interval, {
						followed: n(scenario.values.followed),
						low: rate(low),
						high: rate(high),
					})}
				</p>
			)}
			{!connecting && <p class="ib-hint">{t.ratioNote}</p>}
			<Warnings
				warnings={result.warnings}
				strings={t.warnings}
				common={common}
				citations={citations}
				n={n}
			/>
			<Projection
				result={result}
				words={words}
				startRatio={'value' in result.ratio ? result.ratio.value : undefined}
				n={n}
			/>
		</CalculatorShell>
	);
}

export default comparableIsland(spec, calculate, ReciprocityView);
