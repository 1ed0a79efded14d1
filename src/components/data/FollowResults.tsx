/**
 * The results of the follower exports: counts and rates as named outputs, what “first” means, the
 * rate by month, and the link into the follow-back calculator with what it carries.
 */
import type { DataImportDictionary } from '../../i18n/data-import.ts';
import { fill } from '../../lib/i18n/fill.ts';
import {
	minRecentFollowed,
	reciprocityTrial,
	retentionForCalculator,
	type FollowStats,
	type SnapshotChange,
} from '../../lib/imports/follow-stats.ts';
import { reciprocityQuery } from '../../lib/imports/links.ts';
import { formatNumber, type Locale } from '../../lib/number/index.ts';
import MonthChart from './MonthChart.tsx';
import Out from './Out.tsx';

/** The results shown only where the export has dates, in the order shown. */
const dated = [
	['followedFirst', 'count'],
	['followedFirstBack', 'count'],
	['followBackRate', 'rate'],
	['youFollowBackRate', 'rate'],
	['recentFollowed', 'count'],
	['recentFollowedBack', 'count'],
	['recentFollowBackRate', 'rate'],
] as const;

export default function FollowResults(props: {
	current: FollowStats;
	change: SnapshotChange | undefined;
	locale: Locale;
	t: DataImportDictionary;
	reciprocityHref: string;
}) {
	const { current, change, locale, t } = props;
	const r = t.follows.results;
	const n = (v: number, digits = 0) => formatNumber(v, locale, { maximumFractionDigits: digits });
	const pct = (v: number | undefined) =>
		v === undefined ? t.follows.undefinedRate : `${n(v, 1)}%`;
	const count = (v: number | undefined) => (v === undefined ? '' : n(v));
	const trial = reciprocityTrial(current);
	// Retention reaches the one-month field only when the exports are three to six weeks apart.
	const passed = change && retentionForCalculator(change);
	return (
		<div class="ib-results">
			<p data-platform={current.platform}>
				{fill(t.follows.platform, { platform: t.follows.platforms[current.platform] })}
			</p>
			<dl>
				{(['followers', 'following', 'mutual'] as const).map((k) => (
					<Out key={k} name={k} label={r[k]} value={current[k]} text={n(current[k])} />
				))}
				<Out
					name="mutualShare"
					label={r.mutualShare}
					value={current.mutualShare}
					text={pct(current.mutualShare)}
				/>
				{/* Without dates (X) who followed first is unknown: none of these is shown. */}
				{current.hasDates &&
					dated.map(([k, kind]) =>
						current[k] === undefined && kind === 'count' ? null : (
							<Out
								key={k}
								name={k}
								label={r[k]}
								value={current[k]}
								text={kind === 'rate' ? pct(current[k]) : count(current[k])}
							/>
						),
					)}
				{change && (
					<>
						<Out
							name="daysBetween"
							label={r.daysBetween}
							value={change.daysBetween}
							text={
								change.daysBetween === undefined ? t.follows.unknownDays : n(change.daysBetween)
							}
						/>
						{(['lostFollowers', 'newFollowers'] as const).map((k) => (
							<Out key={k} name={k} label={r[k]} value={change[k]} text={n(change[k])} />
						))}
						<Out
							name="retention"
							label={r.retention}
							value={change.retention}
							text={pct(change.retention)}
						/>
					</>
				)}
			</dl>
			{change && passed && (
				<p class="ib-note" data-retention={'retention' in passed ? 'passed' : passed.withheld}>
					{fill(
						'retention' in passed
							? t.follows.retentionPassed
							: t.follows.retentionWithheld[passed.withheld],
						{ days: n(change.daysBetween ?? 0) },
					)}
				</p>
			)}
			{current.hasDates && current.asOf !== undefined ? (
				<p class="ib-note">
					{t.follows.first}{' '}
					{fill(t.follows.asOf, {
						date: new Date(current.asOf).toLocaleDateString(locale === 'en' ? 'en-US' : 'id-ID', {
							dateStyle: 'long',
							timeZone: 'UTC',
						}),
					})}
				</p>
			) : (
				<p class="ib-note">{t.follows.noDates}</p>
			)}
			{current.months.length > 0 && <MonthChart months={current.months} locale={locale} t={t} />}
			<p>
				<span class="ib-note" data-trial={trial?.cohort ?? 'none'}>
					{trial
						? fill(trial.cohort === 'recent' ? t.follows.trialRecent : t.follows.trialAll, {
								followed: n(trial.followed),
								min: n(minRecentFollowed),
							})
						: t.follows.noTrial}
				</span>{' '}
				<a
					href={props.reciprocityHref + reciprocityQuery(current, change)}
					class="ib-data-link"
					data-kind="reciprocity"
				>
					{t.follows.useLink}
				</a>
			</p>
		</div>
	);
}
