/**
 * The reach calculator: one week's social-media hours split between one-to-one conversation and
 * broadcast posts, and how many people each reaches. Turns the second source article's argument
 * (sales is one to one; marketing needs better than 1:1) into the reader's own numbers. Pure.
 */
import type { FieldDef } from './fields.ts';
import type { Value as ValueOf } from './value.ts';

/** The reader's week; a field is `undefined` when left empty. */
export interface ReachInput {
	/** Hours a week spent on social media. */
	hours?: number | undefined;
	/** Percentage of that time spent in one-to-one conversation. */
	conversationShare?: number | undefined;
	minutesPerConversation?: number | undefined;
	/** Minutes to make and publish one post. */
	minutesPerPost?: number | undefined;
	/** People one post reaches. */
	reachPerPost?: number | undefined;
	/** Percent of the people reached one to one who become customers. */
	conversationConversion?: number | undefined;
	/** Percent of the people reached by a post who become customers. */
	broadcastConversion?: number | undefined;
}

/** The numeric fields of {@link ReachInput}. */
export type ReachField = keyof ReachInput;

/** Inputs outside what a week allows, on their field. */
export type ReachError =
	| { field: 'hours'; code: 'hours-above-week' }
	| { field: 'conversationShare'; code: 'share-above-100' }
	| { field: 'conversationConversion'; code: 'conversion-above-100' }
	| { field: 'broadcastConversion'; code: 'conversion-above-100' };

/** Why a reach result cannot be computed. */
export type ReachMissing =
	| 'out-of-range'
	| 'needs-hours'
	| 'needs-share'
	| 'needs-minutes-per-conversation'
	| 'needs-minutes-per-post'
	| 'needs-reach-per-post'
	| 'needs-conversation-conversion'
	| 'needs-broadcast-conversion'
	| 'zero-minutes-per-conversation'
	| 'zero-minutes-per-post'
	| 'input-error';

type Value = ValueOf<ReachMissing>;

/** Everything the reach calculator works out. */
export interface ReachResult {
	errors: ReachError[];
	/** Minutes of the week in conversation and in broadcast; they add up to the week's minutes. */
	conversationMinutes: Value;
	broadcastMinutes: Value;
	conversations: Value;
	posts: Value;
	broadcastReach: Value;
	totalReach: Value;
	reachRatio: Value;
	conversationCustomers: Value;
	broadcastCustomers: Value;
	totalCustomers: Value;
	/**
	 * The conversion (percent) a conversation needs for a minute of conversation to win as many
	 * customers as a minute of posting; above 100 no conversation can.
	 */
	breakEvenConversion: Value;
}

/** Hours in a week: more time than this is not a week's plan. */
export const HOURS_IN_WEEK = 168;

const none = (missing: ReachMissing): Value => ({ missing });
// A result too large for a double (e.g. dividing by a vanishingly small typed number) is no result.
const some = (value: number): Value =>
	Number.isFinite(value) ? { value } : { missing: 'out-of-range' };

/** Works out the week's reach by conversation and by broadcast. */
export function calculateReach(input: ReachInput): ReachResult {
	const { hours, conversationShare, minutesPerConversation, minutesPerPost, reachPerPost } = input;
	const { conversationConversion, broadcastConversion } = input;
	const errors: ReachError[] = [];
	if (hours !== undefined && hours > HOURS_IN_WEEK) {
		errors.push({ field: 'hours', code: 'hours-above-week' });
	}
	if (conversationShare !== undefined && conversationShare > 100) {
		errors.push({ field: 'conversationShare', code: 'share-above-100' });
	}
	// Conversion errors stay on their own results: the week's reach is still right.
	const conversionErrors: ReachError[] = [];
	if (conversationConversion !== undefined && conversationConversion > 100) {
		conversionErrors.push({ field: 'conversationConversion', code: 'conversion-above-100' });
	}
	if (broadcastConversion !== undefined && broadcastConversion > 100) {
		conversionErrors.push({ field: 'broadcastConversion', code: 'conversion-above-100' });
	}

	let split: { conversation: number; broadcast: number } | ReachMissing;
	if (errors.length > 0) split = 'input-error';
	else if (hours === undefined) split = 'needs-hours';
	else if (conversationShare === undefined) split = 'needs-share';
	else {
		const conversation = hours * 60 * (conversationShare / 100);
		// The broadcast share is what is left of the same minutes, so the two always add up.
		split = { conversation, broadcast: hours * 60 - conversation };
	}

	const conversationMinutes = typeof split === 'string' ? none(split) : some(split.conversation);
	const broadcastMinutes = typeof split === 'string' ? none(split) : some(split.broadcast);

	const per = (
		minutes: Value,
		each: number | undefined,
		needs: ReachMissing,
		zero: ReachMissing,
	): Value => {
		if (!('value' in minutes)) return minutes;
		if (each === undefined) return none(needs);
		if (each === 0) return none(zero);
		return some(minutes.value / each);
	};
	const conversations = per(
		conversationMinutes,
		minutesPerConversation,
		'needs-minutes-per-conversation',
		'zero-minutes-per-conversation',
	);
	const posts = per(
		broadcastMinutes,
		minutesPerPost,
		'needs-minutes-per-post',
		'zero-minutes-per-post',
	);

	let broadcastReach: Value;
	if (!('value' in posts)) broadcastReach = posts;
	else if (reachPerPost === undefined) broadcastReach = none('needs-reach-per-post');
	else broadcastReach = some(posts.value * reachPerPost);

	let totalReach: Value;
	if (!('value' in conversations)) totalReach = conversations;
	else if (!('value' in broadcastReach)) totalReach = broadcastReach;
	else totalReach = some(conversations.value + broadcastReach.value);

	let reachRatio: Value;
	if (reachPerPost === undefined) reachRatio = none('needs-reach-per-post');
	else if (minutesPerConversation === undefined)
		reachRatio = none('needs-minutes-per-conversation');
	else if (minutesPerPost === undefined) reachRatio = none('needs-minutes-per-post');
	else if (minutesPerPost === 0) reachRatio = none('zero-minutes-per-post');
	else if (minutesPerConversation === 0) reachRatio = none('zero-minutes-per-conversation');
	else reachRatio = some((reachPerPost * minutesPerConversation) / minutesPerPost);

	const customers = (
		reached: Value,
		conversion: number | undefined,
		field: ReachError['field'],
		needs: ReachMissing,
	): Value => {
		if (conversionErrors.some((e) => e.field === field)) return none('input-error');
		if (!('value' in reached)) return reached;
		if (conversion === undefined) return none(needs);
		return some((reached.value * conversion) / 100);
	};
	const conversationCustomers = customers(
		conversations,
		conversationConversion,
		'conversationConversion',
		'needs-conversation-conversion',
	);
	const broadcastCustomers = customers(
		broadcastReach,
		broadcastConversion,
		'broadcastConversion',
		'needs-broadcast-conversion',
	);
	let totalCustomers: Value;
	if (!('value' in conversationCustomers)) totalCustomers = conversationCustomers;
	else if (!('value' in broadcastCustomers)) totalCustomers = broadcastCustomers;
	else totalCustomers = some(conversationCustomers.value + broadcastCustomers.value);

	let breakEvenConversion: Value;
	if (conversionErrors.some((e) => e.field === 'broadcastConversion'))
		breakEvenConversion = none('input-error');
	else if (!('value' in reachRatio)) breakEvenConversion = reachRatio;
	else if (broadcastConversion === undefined)
		breakEvenConversion = none('needs-broadcast-conversion');
	else breakEvenConversion = some(broadcastConversion * reachRatio.value);

	return {
		errors: [...errors, ...conversionErrors],
		conversationMinutes,
		broadcastMinutes,
		conversations,
		posts,
		broadcastReach,
		totalReach,
		reachRatio,
		conversationCustomers,
		broadcastCustomers,
		totalCustomers,
		breakEvenConversion,
	};
}

/** Posts a week shown as what they are: `posts` every `weeks` weeks on average. */
export interface PostsOverWeeks {
	posts: number;
	weeks: number;
}

/**
 * A fractional number of posts a week as whole posts over a few weeks (1⅓ a week is 4 every 3
 * weeks): the fewest weeks, up to `maxWeeks`, that give a whole number to within 1 %, else the
 * closest whole-posts-over-weeks within `maxWeeks`. Fewer than one post in `maxWeeks` weeks is one
 * post every so many weeks.
 */
export function postsOverWeeks(postsPerWeek: number, maxWeeks = 12): PostsOverWeeks {
	if (!(postsPerWeek > 0)) return { posts: 0, weeks: 1 };
	if (postsPerWeek * maxWeeks < 1) return { posts: 1, weeks: Math.round(1 / postsPerWeek) };
	let best: PostsOverWeeks = { posts: Math.round(postsPerWeek), weeks: 1 };
	let bestError = Infinity;
	for (let weeks = 1; weeks <= maxWeeks; weeks++) {
		const total = postsPerWeek * weeks;
		const posts = Math.max(1, Math.round(total));
		const error = Math.abs(total - posts) / total;
		if (error <= 0.01) return { posts, weeks };
		if (error < bestError) [best, bestError] = [{ posts, weeks }, error];
	}
	return best;
}

/** How the reach calculator's fields are read. */
export const reachFields = {
	hours: { kind: 'decimal', required: true },
	// The default: half the time in conversation when the field is left empty.
	conversationShare: { kind: 'percent', fallback: 50 },
	minutesPerConversation: { kind: 'decimal' },
	minutesPerPost: { kind: 'decimal' },
	reachPerPost: { kind: 'integer' },
	conversationConversion: { kind: 'percent' },
	broadcastConversion: { kind: 'percent' },
} as const satisfies Record<ReachField, FieldDef>;

/**
 * The worked example on `kalkulator/jangkauan`: 5 hours a week, half in conversation at 10 minutes
 * each, half making posts at 30 minutes each that reach 400 people apiece.
 */
export const reachExample = {
	hours: 5,
	conversationShare: 50,
	minutesPerConversation: 10,
	minutesPerPost: 30,
	reachPerPost: 400,
	conversationConversion: undefined,
	broadcastConversion: undefined,
} as const satisfies Required<ReachInput>;
