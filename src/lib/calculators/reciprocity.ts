/**
 * The follow-back (reciprocity) calculator: what a follow-back attempt yielded, and what reaching a
 * target the same way would cost in follows, days and hours, against the platform's limits. On
 * LinkedIn with connection invitations (`connect`), the same fields count invitations sent and
 * accepted, and connections: only an accepted invitation adds a connection.
 * Pure: numbers in, numbers and codes out. Whole counts (follows to make, connections made) are
 * part of the model; rounding for display is presentation.
 */
import {
	limitsFor,
	type LinkedinAction,
	type Platform,
	type PlatformLimits,
} from '../../data/platform-limits.ts';
import type { SourceId } from '../../data/sources.ts';
import { wilsonInterval } from '../statistics/wilson.ts';
import { ceilDiv } from './arithmetic.ts';
import { ceilRatio, floorRatio } from './exact.ts';
import type { FieldDef } from './fields.ts';
import type { Value as ValueOf } from './value.ts';

/**
 * The reader's numbers; a field is `undefined` when left empty. In connection mode (see
 * {@link isConnecting}) the same fields, and the same link parameters, hold invitations and
 * connections, as noted on each.
 */
export interface ReciprocityInput {
	platform: Platform;
	/** On LinkedIn: one-way follows (the default) or connection invitations. */
	action?: LinkedinAction | undefined;
	/** Accounts the reader followed in the attempt (connect: invitations sent). */
	followed?: number | undefined;
	/** How many of those followed the reader back (connect: invitations accepted). */
	followedBack?: number | undefined;
	/** The reader's follower count now (connect: not used, connections have no ratio). */
	followers?: number | undefined;
	/** How many accounts the reader follows now (connect: connections now). */
	following?: number | undefined;
	/** New followers wanted (connect: new connections wanted). */
	target?: number | undefined;
	/** Accounts the reader plans to follow a day (connect: invitations a day). */
	perDay?: number | undefined;
	/** Minutes per follow, including checking the profile (connect: per invitation). */
	minutesEach?: number | undefined;
	/**
	 * Percent of those who followed back still following after a month (connect: still connected);
	 * empty means 100.
	 */
	retention?: number | undefined;
	/** Days available to reach the target. */
	days?: number | undefined;
}

/**
 * True on LinkedIn with connection invitations: the count that has a limit is connections, and an
 * invitation adds one only when it is accepted.
 */
export function isConnecting(platform: Platform, action: LinkedinAction | undefined): boolean {
	return platform === 'linkedin' && action === 'connect';
}

/** The numeric fields of {@link ReciprocityInput}. */
export type ReciprocityField = Exclude<keyof ReciprocityInput, 'platform' | 'action'>;

/** Inputs that contradict each other; the field named is where the message belongs. */
export type ReciprocityError =
	| { field: 'followedBack'; code: 'followed-back-exceeds-followed' }
	| { field: 'followed'; code: 'followed-zero' }
	| { field: 'retention'; code: 'retention-above-100' };

/** Why a result cannot be computed (it shows as "—" with this hint). */
export type Missing =
	| 'out-of-range'
	| 'needs-followed'
	| 'needs-followed-back'
	| 'needs-followers'
	| 'needs-following'
	| 'needs-target'
	| 'needs-per-day'
	| 'needs-minutes-each'
	| 'following-zero'
	| 'no-ratio-for-connections'
	| 'needs-days'
	| 'zero-rate'
	| 'zero-low-rate'
	| 'zero-retention'
	| 'zero-pace'
	| 'zero-days'
	| 'input-error';

/** A reciprocity result: a number, or the reason there is none. */
export type Value = ValueOf<Missing>;

/** A platform rule the plan runs into, with the source that states it. */
export interface Warning {
	code:
		| 'daily-limit'
		| 'per-day-needed-over-limit'
		| 'following-threshold'
		| 'following-cap'
		| 'following-cap-reported'
		| 'weekly-invitations'
		| 'unpublished-action-limits'
		| 'connection-cap'
		| 'follow-churn-x'
		| 'follow-churn-meta'
		| 'follow-churn-unpublished';
	/** The figure the warning is about (a limit), when it has one. */
	limit?: number;
	/** The rule's source; none when the warning says the platform publishes no rule. */
	source?: SourceId;
	/** A second rule the warning rests on, cited after the first. */
	also?: SourceId;
}

/** When a plan's count reaches a limit (equals it) and when it passes it (goes above it). */
export interface LimitDays {
	/** The first day the count is at the limit or above it (0: from the start); null if never. */
	reached: number | null;
	/** The first day the count is above the limit (0: from the start); null if never. */
	passed: number | null;
}

/** Everything the calculator works out. */
export interface ReciprocityResult {
	errors: ReciprocityError[];
	/** Percent who followed back (connect: percent of invitations accepted). */
	followBackRate: Value;
	/** The 95 % Wilson score interval of the rate, in percent. */
	followBackRateLow: Value;
	followBackRateHigh: Value;
	notFollowingBack: Value;
	/** Followers ÷ following; in connect mode there is none (`no-ratio-for-connections`). */
	ratio: Value;
	/** Follows to make (connect: invitations to send), rounded up to a whole one. */
	followsNeeded: Value;
	/** Follows needed at the interval's high rate (the fewest) and at its low rate (the most). */
	followsNeededLow: Value;
	followsNeededHigh: Value;
	/** Follows a day actually counted: `perDay`, capped at the platform's published daily limit. */
	dailyPace: Value;
	daysNeeded: Value;
	daysNeededLow: Value;
	daysNeededHigh: Value;
	hoursNeeded: Value;
	/**
	 * The count the platform limits at the end of the plan: accounts followed, `following` plus
	 * the follows made; in connect mode connections, `following` plus the invitations accepted and
	 * kept, ⌊followsNeeded × followedBack × retention ÷ (followed × 100)⌋ (pending and declined
	 * invitations add none).
	 */
	followingAfter: Value;
	/** Follows a day needed to reach the target within `days`. */
	perDayNeeded: Value;
	/** New followers (who stay) that the planned pace yields in `days` (connect: connections). */
	gainInDays: Value;
	warnings: Warning[];
	/** The platform's total-following figure for the chart, if it has one. */
	followingLimit: number | null;
	/** The plan as the chart draws it, when the current count, the follows needed and a pace are known. */
	plan: Plan | null;
	/** The same plan at the interval's low rate: the most follows (or invitations) it may take. */
	planHigh: Plan | null;
	/** When the plan reaches and passes `followingLimit`; null without a limit or a plan. */
	limitDays: LimitDays | null;
	/**
	 * The follower ratio at the end of the day the following count reaches the limit: (followers +
	 * new followers by then, counted as `gainInDays` counts them) ÷ following by then. It has
	 * fallen since the start, as following grows faster than followers. Only where the limit is a
	 * threshold that depends on that ratio (X); otherwise null, as without followers, a limit the
	 * plan reaches or a valid attempt.
	 */
	ratioAtLimit: number | null;
}

const none = (missing: Missing): Value => ({ missing });
// A result too large for a double (e.g. dividing by a vanishingly small typed number) is no result.
const some = (value: number): Value =>
	Number.isFinite(value) ? { value } : { missing: 'out-of-range' };

/** Works out the reciprocity results for one set of inputs. */
export function calculateReciprocity(input: ReciprocityInput): ReciprocityResult {
	const { followed, followedBack, followers, following, target, perDay, minutesEach, days } = input;
	const limits = limitsFor(input.platform, input.action);
	// Empty retention is the optimistic case: everyone who followed back stays.
	const retention = input.retention ?? 100;

	const errors: ReciprocityError[] = [];
	if (followed === 0) errors.push({ field: 'followed', code: 'followed-zero' });
	if (followed !== undefined && followedBack !== undefined && followedBack > followed) {
		errors.push({ field: 'followedBack', code: 'followed-back-exceeds-followed' });
	}
	if (retention > 100) errors.push({ field: 'retention', code: 'retention-above-100' });

	// The attempt (followed, followed back) drives every projection; without it they all wait.
	let attempt: { followed: number; followedBack: number } | Missing;
	if (followed === undefined) attempt = 'needs-followed';
	else if (followedBack === undefined) attempt = 'needs-followed-back';
	else if (errors.length > 0) attempt = 'input-error';
	else attempt = { followed, followedBack };

	let followBackRate: Value, notFollowingBack: Value;
	let followBackRateLow: Value, followBackRateHigh: Value;
	let followsNeeded: Value, followsNeededLow: Value, followsNeededHigh: Value;
	if (typeof attempt === 'string') {
		followBackRate = notFollowingBack = none(attempt);
		followBackRateLow = followBackRateHigh = none(attempt);
		followsNeeded = followsNeededLow = followsNeededHigh = none(attempt);
	} else {
		followBackRate = some((attempt.followedBack / attempt.followed) * 100);
		notFollowingBack = some(attempt.followed - attempt.followedBack);
		const interval = wilsonInterval(attempt.followedBack, attempt.followed);
		followBackRateLow = some(interval.low * 100);
		followBackRateHigh = some(interval.high * 100);
		if (target === undefined) {
			followsNeeded = followsNeededLow = followsNeededHigh = none('needs-target');
		} else if (attempt.followedBack === 0) {
			followsNeeded = followsNeededLow = followsNeededHigh = none('zero-rate');
		} else if (retention === 0) {
			followsNeeded = followsNeededLow = followsNeededHigh = none('zero-retention');
		} else {
			// ⌈target × followed × 100 ÷ (followedBack × retention)⌉, exact on the decimal digits.
			followsNeeded = someOf(
				ceilRatio([target, attempt.followed, 100], [attempt.followedBack, retention]),
			);
			// The bounds are irrational; a double is as exact as they are. Where a bound meets the
			// measured rate (all followed back: the high bound is 100 %), the double may land an ulp
			// past the exact figure: a bound never passes the exact follows needed.
			const exact = 'value' in followsNeeded ? followsNeeded.value : undefined;
			const at = (share: number, side: 'low' | 'high') => {
				const bound = Math.ceil(target / ((share * retention) / 100));
				if (exact === undefined) return some(bound);
				return some(side === 'low' ? Math.min(bound, exact) : Math.max(bound, exact));
			};
			followsNeededLow = at(interval.high, 'low');
			followsNeededHigh = interval.low === 0 ? none('zero-low-rate') : at(interval.low, 'high');
		}
	}

	const connecting = isConnecting(input.platform, input.action);
	let ratio: Value;
	if (connecting) ratio = none('no-ratio-for-connections');
	else if (followers === undefined) ratio = none('needs-followers');
	else if (following === undefined) ratio = none('needs-following');
	else if (following === 0) ratio = none('following-zero');
	else ratio = some(followers / following);

	const dailyLimit = limits.followsPerDay?.value;
	const dailyPace: Value =
		perDay === undefined
			? none('needs-per-day')
			: some(dailyLimit === undefined ? perDay : Math.min(perDay, dailyLimit));

	const daysFor = (needed: Value): Value => {
		if (!('value' in needed)) return needed;
		if (!('value' in dailyPace)) return dailyPace;
		if (dailyPace.value === 0) return none('zero-pace');
		return some(ceilDiv(needed.value, dailyPace.value));
	};
	const daysNeeded = daysFor(followsNeeded);
	const daysNeededLow = daysFor(followsNeededLow);
	const daysNeededHigh = daysFor(followsNeededHigh);

	let hoursNeeded: Value, followingAfter: Value, perDayNeeded: Value;
	if (!('value' in followsNeeded)) {
		hoursNeeded = followingAfter = perDayNeeded = followsNeeded;
	} else {
		const needed = followsNeeded.value;
		hoursNeeded =
			minutesEach === undefined ? none('needs-minutes-each') : some((needed * minutesEach) / 60);
		if (following === undefined) followingAfter = none('needs-following');
		else if (!connecting) followingAfter = some(following + needed);
		else if (typeof attempt === 'string') followingAfter = none(attempt);
		else {
			// Only accepted invitations become connections, and only those kept still count.
			const kept = floorRatio([needed, attempt.followedBack, retention], [attempt.followed, 100]);
			followingAfter = kept === undefined ? none('out-of-range') : some(following + kept);
		}
		if (days === undefined) perDayNeeded = none('needs-days');
		else if (days === 0) perDayNeeded = none('zero-days');
		else perDayNeeded = someOf(ceilRatio([needed], [days]));
	}

	let gainInDays: Value;
	if (typeof attempt === 'string') gainInDays = none(attempt);
	else if (days === undefined) gainInDays = none('needs-days');
	else if (!('value' in dailyPace)) gainInDays = dailyPace;
	else {
		// ⌊days × pace × followedBack ÷ followed × retention ÷ 100⌋, exact on the decimal digits.
		gainInDays = someOf(
			floorRatio([days, dailyPace.value, attempt.followedBack, retention], [attempt.followed, 100]),
		);
	}

	const followingLimit = limits.following?.accounts ?? null;
	const plan: Plan | null =
		following !== undefined &&
		'value' in followsNeeded &&
		'value' in dailyPace &&
		typeof attempt !== 'string'
			? {
					start: following,
					needed: followsNeeded.value,
					pace: dailyPace.value,
					...(connecting && { per: keptShare(attempt, retention) }),
				}
			: null;
	const planHigh: Plan | null =
		plan && 'value' in followsNeededHigh && 'value' in followBackRateLow
			? {
					...plan,
					needed: followsNeededHigh.value,
					...(connecting && {
						per: {
							numerators: [followBackRateLow.value, retention],
							denominators: [100, 100],
						},
					}),
				}
			: null;
	const limitDays = plan && followingLimit !== null ? limitDaysOf(plan, followingLimit) : null;
	let ratioAtLimit: number | null = null;
	// Only where the limit is a threshold that depends on the ratio (X) does the ratio then matter.
	const ratioMatters = limits.following?.kind === 'threshold';
	if (plan && ratioMatters && followers !== undefined && typeof attempt !== 'string') {
		const day = limitDays?.reached;
		if (day !== undefined && day !== null) {
			const followsByThen = actionsOnDay(plan, day);
			const gained = floorRatio(
				[followsByThen, attempt.followedBack, retention],
				[attempt.followed, 100],
			);
			const followingThen = plan.start + followsByThen;
			if (gained !== undefined && followingThen > 0) {
				ratioAtLimit = (followers + gained) / followingThen;
			}
		}
	}

	return {
		errors,
		followBackRate,
		followBackRateLow,
		followBackRateHigh,
		notFollowingBack,
		ratio,
		followsNeeded,
		followsNeededLow,
		followsNeededHigh,
		dailyPace,
		daysNeeded,
		daysNeededLow,
		daysNeededHigh,
		hoursNeeded,
		followingAfter,
		perDayNeeded,
		gainInDays,
		warnings: warningsFor(limits, perDay, perDayNeeded, followingAfter, connecting),
		followingLimit,
		plan,
		planHigh,
		limitDays,
		ratioAtLimit,
	};
}

/** The share of invitations that become connections and stay: accepted ÷ sent × retention ÷ 100. */
function keptShare(attempt: { followed: number; followedBack: number }, retention: number): Share {
	return { numerators: [attempt.followedBack, retention], denominators: [attempt.followed, 100] };
}

const someOf = (value: number | undefined): Value =>
	value === undefined ? none('out-of-range') : some(value);

/** The platform rules that a plan with this pace and end count runs into. */
function warningsFor(
	limits: PlatformLimits,
	perDay: number | undefined,
	perDayNeeded: Value,
	followingAfter: Value,
	connecting: boolean,
): Warning[] {
	const warnings: Warning[] = [];
	const daily = limits.followsPerDay;
	const needed = 'value' in perDayNeeded ? perDayNeeded.value : undefined;
	if (daily && perDay !== undefined && perDay > daily.value) {
		warnings.push({ code: 'daily-limit', limit: daily.value, source: daily.source });
	}
	if (daily && needed !== undefined && needed > daily.value) {
		warnings.push({ code: 'per-day-needed-over-limit', limit: daily.value, source: daily.source });
	}
	const weekly = limits.invitationsPerWeek;
	const fastest = Math.max(perDay ?? 0, needed ?? 0);
	if (weekly && fastest * 7 > weekly.value) {
		warnings.push({ code: 'weekly-invitations', limit: weekly.value, source: weekly.source });
	}
	if (limits.unpublishedActionLimits && perDay !== undefined && perDay > 0) {
		warnings.push({ code: 'unpublished-action-limits', ...limits.unpublishedActionLimits });
	}
	const cap = limits.following;
	if (cap && 'value' in followingAfter && followingAfter.value > cap.accounts) {
		const code =
			cap.kind === 'threshold'
				? 'following-threshold'
				: cap.kind === 'connections'
					? 'connection-cap'
					: cap.status === 'reported'
						? 'following-cap-reported'
						: 'following-cap';
		warnings.push({ code, limit: cap.accounts, source: cap.source });
		// The tempting way round a following limit, unfollowing to make room, is follow churn.
		// Connections are not follows: removing connections to invite more is not follow churn.
		if (connecting) return warnings;
		warnings.push(
			limits.churnRule === 'none' ? { code: 'follow-churn-unpublished' } : limits.churnRule,
		);
	}
	return warnings;
}

/** A share as an exact fraction: Π numerators ÷ Π denominators. */
export interface Share {
	numerators: readonly number[];
	denominators: readonly number[];
}

/**
 * A plan as the chart draws it: from `start`, `pace` actions a day (follows, or invitations) until
 * `needed` actions are made. Each action adds one to the count, or, with `per`, that share of one
 * (connections: the invitations accepted and kept), counted in whole units.
 */
export interface Plan {
	start: number;
	needed: number;
	pace: number;
	per?: Share | undefined;
}

/** One point of the projected count (accounts followed, or connections). */
export interface ProjectionPoint {
	day: number;
	following: number;
}

/** The actions made by the end of `day`: `pace` a day, never more than `needed`. */
export function actionsOnDay(plan: Plan, day: number): number {
	return Math.min(plan.needed, day * plan.pace);
}

/** The count at the end of `day`: `start` plus what the actions made by then add, in whole units. */
export function countOnDay(plan: Plan, day: number): number {
	const actions = actionsOnDay(plan, day);
	if (!plan.per) return plan.start + actions;
	return plan.start + (floorRatio([actions, ...plan.per.numerators], plan.per.denominators) ?? 0);
}

/**
 * The count day by day while the plan runs, until the last action is made. At most `maxPoints`
 * points, evenly spaced, always with the first and last day, so a plan of years still draws as a
 * small chart.
 */
export function projectFollowing(plan: Plan, maxPoints = 31): ProjectionPoint[] {
	const { needed, pace } = plan;
	if (pace <= 0 || needed < 0) return [{ day: 0, following: plan.start }];
	const days = ceilDiv(needed, pace);
	const step = Math.max(1, Math.ceil(days / Math.max(1, maxPoints - 1)));
	const points: ProjectionPoint[] = [];
	for (let day = 0; day < days; day += step) points.push({ day, following: countOnDay(plan, day) });
	points.push({ day: days, following: countOnDay(plan, days) });
	return points;
}

/** The first day on which the count is at least `count` (0 if it is at the start), or null if never. */
function firstDayAtLeast(plan: Plan, count: number): number | null {
	if (plan.start >= count) return 0;
	if (plan.pace <= 0) return null;
	const per = plan.per ?? { numerators: [1], denominators: [1] };
	// The fewest actions whose whole yield is count − start: ⌈(count − start) ÷ per⌉, exact.
	const actions = ceilRatio([count - plan.start, ...per.denominators], per.numerators);
	if (actions === undefined || actions > plan.needed) return null;
	return ceilDiv(actions, plan.pace);
}

/**
 * When the count reaches `limit` and when it passes it. The two differ when a day ends exactly on
 * the limit: 2,000 following at 50 a day reaches 5,000 on day 60 and passes it on day 61.
 */
export function limitDaysOf(plan: Plan, limit: number): LimitDays {
	return { reached: firstDayAtLeast(plan, limit), passed: firstDayAtLeast(plan, limit + 1) };
}

/** How the reciprocity calculator's fields are read, and which are required. */
export const reciprocityFields = {
	followed: { kind: 'integer', required: true },
	followedBack: { kind: 'integer', required: true },
	followers: { kind: 'integer' },
	following: { kind: 'integer' },
	target: { kind: 'integer' },
	perDay: { kind: 'integer' },
	minutesEach: { kind: 'decimal' },
	retention: { kind: 'percent' },
	days: { kind: 'integer' },
} as const satisfies Record<ReciprocityField, FieldDef>;

/**
 * The worked example the page walks through: an attempt on X in which 30 of 200 followed back,
 * aiming for 500 new followers at 50 follows a day from 900 followers and 2,000 following, with
 * 30 days available. Retention is left empty: the optimistic case.
 */
export const reciprocityExample = {
	platform: 'x',
	action: 'follow',
	followed: 200,
	followedBack: 30,
	followers: 900,
	following: 2000,
	target: 500,
	perDay: 50,
	minutesEach: 1.5,
	retention: undefined,
	days: 30,
} as const satisfies Required<ReciprocityInput>;
