/**
 * The follow-back (reciprocity) calculator: what a follow-back attempt yielded, and what reaching a
 * target the same way would cost in follows, days and hours, against the platform's limits.
 * Pure: numbers in, numbers and codes out. No rounding here; rounding is presentation.
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

/** The reader's numbers; a field is `undefined` when left empty. */
export interface ReciprocityInput {
	platform: Platform;
	/** On LinkedIn: one-way follows (the default) or connection invitations. */
	action?: LinkedinAction | undefined;
	/** Accounts the reader followed in the attempt. */
	followed?: number | undefined;
	/** How many of those followed the reader back. */
	followedBack?: number | undefined;
	/** The reader's follower count now. */
	followers?: number | undefined;
	/** How many accounts the reader follows now. */
	following?: number | undefined;
	/** New followers wanted. */
	target?: number | undefined;
	/** Accounts the reader plans to follow a day. */
	perDay?: number | undefined;
	/** Minutes per follow, including checking the profile. */
	minutesEach?: number | undefined;
	/** Percent of those who followed back still following after a month; empty means 100. */
	retention?: number | undefined;
	/** Days available to reach the target. */
	days?: number | undefined;
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
}

/** Everything the calculator works out. */
export interface ReciprocityResult {
	errors: ReciprocityError[];
	followBackRate: Value;
	/** The 95 % Wilson score interval of the rate, in percent. */
	followBackRateLow: Value;
	followBackRateHigh: Value;
	notFollowingBack: Value;
	ratio: Value;
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
	followingAfter: Value;
	/** Follows a day needed to reach the target within `days`. */
	perDayNeeded: Value;
	/** New followers (who stay) that the planned pace yields in `days`. */
	gainInDays: Value;
	warnings: Warning[];
	/** The platform's total-following figure for the chart, if it has one. */
	followingLimit: number | null;
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

	let ratio: Value;
	if (followers === undefined) ratio = none('needs-followers');
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
		followingAfter = following === undefined ? none('needs-following') : some(following + needed);
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
		warnings: warningsFor(limits, perDay, perDayNeeded, followingAfter),
		followingLimit: limits.following?.accounts ?? null,
	};
}

const someOf = (value: number | undefined): Value =>
	value === undefined ? none('out-of-range') : some(value);

/** The platform rules that a plan with this pace and end count runs into. */
function warningsFor(
	limits: PlatformLimits,
	perDay: number | undefined,
	perDayNeeded: Value,
	followingAfter: Value,
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
		warnings.push({
			code: 'unpublished-action-limits',
			source: limits.unpublishedActionLimits.source,
		});
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
		// The tempting way round a limit, unfollowing to make room, is follow churn.
		warnings.push(
			limits.churnRule === 'none'
				? { code: 'follow-churn-unpublished' }
				: { code: `follow-churn-${limits.churnRule.owner}`, source: limits.churnRule.source },
		);
	}
	return warnings;
}

/** One point of the projected following count. */
export interface ProjectionPoint {
	day: number;
	following: number;
}

/**
 * The following count day by day while the plan runs: from `start`, `pace` follows a day, until
 * `needed` follows are made. At most `maxPoints` points, evenly spaced, always with the first and
 * last day, so a plan of years still draws as a small chart.
 */
export function projectFollowing(
	start: number,
	needed: number,
	pace: number,
	maxPoints = 31,
): ProjectionPoint[] {
	if (pace <= 0 || needed < 0) return [{ day: 0, following: start }];
	const days = ceilDiv(needed, pace);
	const step = Math.max(1, Math.ceil(days / Math.max(1, maxPoints - 1)));
	const points: ProjectionPoint[] = [];
	for (let day = 0; day < days; day += step) {
		points.push({ day, following: start + Math.min(needed, day * pace) });
	}
	points.push({ day: days, following: start + needed });
	return points;
}

/**
 * The first day on which the following count passes `limit`, or null when it never does within the
 * plan (or was already above it at the start).
 */
export function firstDayAbove(
	start: number,
	needed: number,
	pace: number,
	limit: number,
): number | null {
	if (start > limit || start + needed <= limit || pace <= 0) return null;
	return ceilDiv(limit - start + 1, pace);
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
