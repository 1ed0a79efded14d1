/**
 * The reach calculator island: a week's time split between one-to-one conversation and broadcast,
 * with a slider for the split beside its number field, a bar chart of the two reaches, and the
 * article's conclusion drawn from the reader's own numbers, caveat included.
 */
import {
	calculateReach,
	postsOverWeeks,
	reachExample,
	reachFields,
} from '../lib/calculators/reach.ts';
import { fill } from '../lib/i18n/fill.ts';
import { formatNumber, formatWhole } from '../lib/number/index.ts';
import { BarChart } from './calculator/BarChart.tsx';
import {
	CalculatorShell,
	resultRenderer,
	type CompareView,
} from './calculator/CalculatorShell.tsx';
import { comparableIsland } from './calculator/Comparison.tsx';
import type { IslandProps } from './calculator/island-props.ts';
import type { Scenario } from './calculator/useScenario.ts';

export type ReachIslandProps = IslandProps<'reach'>;

const spec = { fields: reachFields, choices: {}, example: reachExample };

type ReachField = keyof typeof reachFields;

/** The calculator's results for one scenario. */
const calculate = (s: Scenario<ReachField, never>) => calculateReach(s.values);

/** One scenario's form and results (A, or B in a comparison). */
function ReachView({
	props,
	scenario,
	compare,
}: {
	props: ReachIslandProps;
	scenario: Scenario<ReachField, never>;
	compare: CompareView;
}) {
	const { locale } = props;
	const { uid } = compare;
	const { common, reach: t } = props.strings;
	const r = calculate(scenario);
	const n = (value: number, digits = 0) =>
		formatNumber(value, locale, { maximumFractionDigits: digits });
	const show = resultRenderer({
		compare,
		labels: t.results,
		missing: t.missing,
		common,
		invalid: scenario.invalid,
	});
	// People and customers are whole: the nearest whole number, a half rounded up (formatWhole).
	const count = (x: number) => formatWhole(x, locale);
	const people = (x: number) => `${count(x)} ${t.units.people}`;
	const customers = (x: number) => `${count(x)} ${t.units.customers}`;
	// A third of a post is no post: a fractional count is an average over a few weeks.
	const postsText = (x: number) => {
		const whole = postsOverWeeks(x);
		return whole.weeks === 1
			? `${n(whole.posts)} ${t.units.posts}`
			: fill(t.postsAverage, {
					perWeek: n(x, 2),
					posts: n(whole.posts),
					weeks: n(whole.weeks),
				});
	};
	const headline = (['conversations', 'broadcastReach', 'totalReach'] as const).map((name) => ({
		name,
		label: t.headline[name],
		value: r[name],
		render: people,
	}));
	const share = scenario.values.conversationShare;
	const sliderValue = share === undefined ? 50 : Math.min(100, Math.max(0, Math.round(share)));
	const slider = (
		<div class="ib-field ib-field-wide">
			<label for={`${uid}-slider`}>{t.slider}</label>
			<input
				id={`${uid}-slider`}
				class="ib-slider"
				type="range"
				min={0}
				max={100}
				step={1}
				value={sliderValue}
				aria-valuetext={fill(t.sliderValue, {
					conversation: n(sliderValue),
					broadcast: n(100 - sliderValue),
				})}
				onInput={(e) => {
					scenario.setText('conversationShare', n(Number(e.currentTarget.value)));
				}}
			/>
		</div>
	);

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
			groups={[
				{
					legend: t.groups.week,
					names: ['hours', 'conversationShare'],
					extra: slider,
					placeholders: { conversationShare: n(50) },
				},
				{ legend: t.groups.conversation, names: ['minutesPerConversation'] },
				{ legend: t.groups.broadcast, names: ['minutesPerPost', 'reachPerPost'] },
				{
					legend: t.groups.customers,
					names: ['conversationConversion', 'broadcastConversion'],
				},
			]}
		>
			<dl>
				{show('conversations', r.conversations, people)}
				{show('broadcastReach', r.broadcastReach, people)}
				{show('totalReach', r.totalReach, people)}
				{show('reachRatio', r.reachRatio, (x) => `${n(x, 1)} : 1`)}
				{show('posts', r.posts, postsText)}
			</dl>
			<details class="ib-more">
				<summary>{common.moreResults}</summary>
				<dl>
					{show('conversationCustomers', r.conversationCustomers, customers)}
					{show('broadcastCustomers', r.broadcastCustomers, customers)}
					{show('totalCustomers', r.totalCustomers, customers)}
					{show('breakEvenConversion', r.breakEvenConversion, (x) => `${n(x, 2)}%`)}
				</dl>
			</details>
			{'value' in r.conversations && 'value' in r.broadcastReach && (
				<>
					<BarChart
						title={t.chart.title}
						bars={[
							{
								label: t.chart.conversation,
								value: r.conversations.value,
								display: people(r.conversations.value),
							},
							{
								label: t.chart.broadcast,
								value: r.broadcastReach.value,
								display: people(r.broadcastReach.value),
							},
						]}
					/>
					<p class="ib-chart-summary">
						{fill(t.chart.summary, {
							conversations: count(r.conversations.value),
							broadcast: count(r.broadcastReach.value),
						})}
					</p>
				</>
			)}
			{'value' in r.reachRatio &&
				'value' in r.conversations &&
				'value' in r.broadcastReach &&
				'value' in r.posts && (
					<p class="ib-conclusion">
						{fill(r.reachRatio.value > 1 ? t.conclusionBroadcast : t.conclusionConversation, {
							ratio: n(r.reachRatio.value, 1),
							conversations: count(r.conversations.value),
							broadcast: count(r.broadcastReach.value),
							posts: postsText(r.posts.value),
						})}{' '}
						{'value' in r.breakEvenConversion &&
							`${fill(r.breakEvenConversion.value > 100 ? t.breakEvenImpossible : t.breakEven, {
								breakEven: n(r.breakEvenConversion.value, 2),
							})} `}
						{t.caveat}
					</p>
				)}
		</CalculatorShell>
	);
}

export default comparableIsland(spec, calculate, ReachView);
