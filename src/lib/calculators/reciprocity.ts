/**
 * The follow-back (reciprocity) calculator: what a follow-back attempt yielded, and what reaching a
 * target the same way would cost in follows, days and hours, against the platform's limits.
 * Pure: numbers in, numbers and codes out. No rounding here; rounding is presentation.
 */
import { platformLimits, type Platform, type PlatformLimits } from '../../data/platform-limits.ts';
import type { SourceId } from '../../data/sources.ts';
import { ceilDiv, ceilMulDiv } from './arithmetic.ts';
import type { FieldDef } from './fields.ts';
import type { Value as ValueOf } from './value.ts';

/** The reader's numbers; a field is `undefined` when left empty. */
export interface ReciprocityInput {
	platform: Platform;
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
}

/** The numeric fields of {@link ReciprocityInput}. */
export type ReciprocityField = Exclude<keyof ReciprocityInput, 'platform'>;

/** Inputs that contradict each other; the field named is where the message belongs. */
export type ReciprocityError =
	| { field: 'followedBack'; code: 'followed-back-exceeds-followed' }
	| { field: 'followed'; code: 'followed-zero' };

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
	| 'zero-rate'
	| 'zero-pace'
	| 'input-error';

/** A reciprocity result: a number, or the reason there is none. */
export type Value = ValueOf<Missing>;

/** A platform rule the plan runs into, with the source that states it. */
export interface Warning {
	code:
		| 'daily-limit'
		| 'following-threshold'
		| 'following-cap'
		| 'following-cap-reported'
		| 'weekly-invitations'
		| 'unpublished-action-limits'
		| 'follow-churn';
	/** The figure the warning is about (a limit), when it has one. */
	limit?: number;
	source: SourceId;
}

/** Everything the calculator works out. */
export interface ReciprocityResult {
	errors: ReciprocityError[];
	followBackRate: Value;
	notFollowingBack: Value;
	ratio: Value;
	followsNeeded: Value;
	/** Follows a day actually counted: `perDay`, capped at the platform's published daily limit. */
	dailyPace: Value;
	daysNeeded: Value;
	hoursNeeded: Value;
	followingAfter: Value;
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
	const { followed, followedBack, followers, following, target, perDay, minutesEach } = input;
	const limits = platformLimits[input.platform];

	const errors: ReciprocityError[] = [];
	if (followed === 0) errors.push({ field: 'followed', code: 'followed-zero' });
	if (followed !== undefined && followedBack !== undefined && followedBack > followed) {
		errors.push({ field: 'followedBack', code: 'followed-back-exceeds-followed' });
	}

	// The attempt (followed, followed back) drives every projection; without it they all wait.
	let attempt: { followed: number; followedBack: number } | Missing;
	if (followed === undefined) attempt = 'needs-followed';
	else if (followedBack === undefined) attempt = 'needs-followed-back';
	else if (errors.length > 0) attempt = 'input-error';
	else attempt = { followed, followedBack };

	let followBackRate: Value, notFollowingBack: Value, followsNeeded: Value;
	if (typeof attempt === 'string') {
		followBackRate = notFollowingBack = followsNeeded = none(attempt);
	} else {
		followBackRate = some((attempt.followedBack / attempt.followed) * 100);
		notFollowingBack = some(attempt.followed - attempt.followedBack);
		if (target === undefined) followsNeeded = none('needs-target');
		else if (attempt.followedBack === 0) followsNeeded = none('zero-rate');
		else followsNeeded = some(ceilMulDiv(target, attempt.followed, attempt.followedBack));
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

	let daysNeeded: Value, hoursNeeded: Value, followingAfter: Value;
	if (!('value' in followsNeeded)) {
		daysNeeded = hoursNeeded = followingAfter = followsNeeded;
	} else {
		const needed = followsNeeded.value;
		if (!('value' in dailyPace)) daysNeeded = dailyPace;
		else if (dailyPace.value === 0) daysNeeded = none('zero-pace');
		else daysNeeded = some(ceilDiv(needed, dailyPace.value));
		hoursNeeded =
			minutesEach === undefined ? none('needs-minutes-each') : some((needed * minutesEach) / 60);
		followingAfter = following === undefined ? none('needs-following') : some(following + needed);
	}

	return {
		errors,
		followBackRate,
		notFollowingBack,
		ratio,
		followsNeeded,
		dailyPace,
		daysNeeded,
		hoursNeeded,
		followingAfter,
		warnings: warningsFor(limits, perDay, followingAfter),
		followingLimit: limits.following?.accounts ?? null,
	};
}

/** The platform rules that a plan with this pace and end count runs into. */
function warningsFor(
	limits: PlatformLimits,
	perDay: number | undefined,
	followingAfter: Value,
): Warning[] {
	const warnings: Warning[] = [];
	const daily = limits.followsPerDay;
	if (daily && perDay !== undefined && perDay > daily.value) {
		warnings.push({ code: 'daily-limit', limit: daily.value, source: daily.source });
	}
	const weekly = limits.invitationsPerWeek;
	if (weekly && perDay !== undefined && perDay * 7 > weekly.value) {
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
				: cap.status === 'reported'
					? 'following-cap-reported'
					: 'following-cap';
		warnings.push({ code, limit: cap.accounts, source: cap.source });
		// The tempting way round a limit, unfollowing to make room, is follow churn.
		warnings.push({ code: 'follow-churn', source: limits.churnRule });
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
} as const satisfies Record<ReciprocityField, FieldDef>;

/**
 * The worked example the page walks through: an attempt on X in which 30 of 200 followed back,
 * aiming for 500 new followers at 50 follows a day from 900 followers and 2,000 following.
 */
export const reciprocityExample = {
	platform: 'x',
	followed: 200,
	followedBack: 30,
	followers: 900,
	following: 2000,
	target: 500,
	perDay: 50,
	minutesEach: 1.5,
} as const satisfies Required<ReciprocityInput>;
