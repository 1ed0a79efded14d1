/**
 * The reach calculator island: a week's time split between one-to-one conversation and broadcast,
 * with a slider for the split, a bar chart of the two reaches, and the article's conclusion drawn
 * from the reader's own numbers, caveat included.
 */
import type { Dictionary } from '../i18n/id.ts';
import {
	calculateReach,
	reachExample,
	reachFields,
	type ReachField,
	type ReachMissing,
} from '../lib/calculators/reach.ts';
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

export interface ReachIslandProps {
	/** A page-unique prefix for element IDs (from the server: see `calculator/instance.ts`). */
	instance: string;
	/** Whether this calculator keeps its scenario in the URL (only the first on a page does). */
	syncUrl: boolean;
	locale: Locale;
	strings: Pick<Dictionary, 'common' | 'reach'>;
}

const spec = { fields: reachFields, choices: {}, example: reachExample };

const groups: { legend: 'week' | 'conversation' | 'broadcast'; fields: ReachField[] }[] = [
	{ legend: 'week', fields: ['hours', 'conversationShare'] },
	{ legend: 'conversation', fields: ['minutesPerConversation'] },
	{ legend: 'broadcast', fields: ['minutesPerPost', 'reachPerPost'] },
];

export default function ReachIsland(props: ReachIslandProps) {
	const { instance: uid, locale } = props;
	const { common, reach: t } = props.strings;
	const scenario = useScenario(spec, locale, props.syncUrl);
	const r = calculateReach(scenario.values);
	const n = (value: number, digits = 0) =>
		formatNumber(value, locale, { maximumFractionDigits: digits });
	const crossErrors = Object.fromEntries(r.errors.map((e) => [e.field, t.errors[e.code]]));
	const show = (
		name: keyof typeof t.results,
		value: Value<ReachMissing>,
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
		/>
	);
	const people = (x: number) => `${n(x, x < 100 ? 1 : 0)} ${t.units.people}`;
	const share = scenario.values.conversationShare;
	const sliderValue = share === undefined ? 50 : Math.min(100, Math.max(0, Math.round(share)));

	return (
		<section class="ib-calculator not-content" aria-label={t.label}>
			<RejectedNotice names={scenario.rejected} labels={labelsOf(t.fields)} common={common} />
			<form
				class="ib-form"
				onSubmit={(e) => {
					e.preventDefault();
				}}
				noValidate
			>
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
						placeholders={{ conversationShare: n(50) }}
					>
						{group.legend === 'week' && (
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
						)}
					</FieldGroup>
				))}
			</form>
			<div class="ib-results" aria-live="polite">
				<h3 class="ib-heading">{common.results}</h3>
				<dl>
					{show('conversations', r.conversations, people)}
					{show('posts', r.posts, (x) => `${n(x, 1)} ${t.units.posts}`)}
					{show('broadcastReach', r.broadcastReach, people)}
					{show('totalReach', r.totalReach, people)}
					{show('reachRatio', r.reachRatio, (x) => `${n(x, 1)} : 1`)}
				</dl>
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
								conversations: n(r.conversations.value, 1),
								broadcast: n(r.broadcastReach.value),
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
								conversations: n(r.conversations.value, 1),
								broadcast: n(r.broadcastReach.value),
								posts: n(r.posts.value, 1),
							})}{' '}
							{t.caveat}
						</p>
					)}
			</div>
			{props.syncUrl && <CopyLink id={uid} common={common} link={scenario.link} />}
		</section>
	);
}
