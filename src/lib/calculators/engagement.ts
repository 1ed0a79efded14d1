/**
 * The engagement-rate calculator: the same posts' interactions over each common denominator
 * (followers, reach, impressions), side by side, and a benchmark compared only with the rate that
 * shares its denominator. Pure; no rounding.
 */
import { benchmarks, type Benchmark, type EngagementPlatform } from '../../data/benchmarks.ts';
import { ceilRatio } from './exact.ts';
import type { FieldDef } from './fields.ts';
import type { Value } from './value.ts';

/** The reader's totals over `posts` posts; a field is `undefined` when left empty. */
export interface EngagementInput {
	platform: EngagementPlatform;
	posts?: number | undefined;
	likes?: number | undefined;
	comments?: number | undefined;
	shares?: number | undefined;
	saves?: number | undefined;
	followers?: number | undefined;
	reach?: number | undefined;
	impressions?: number | undefined;
	/** Views (Instagram since 2024, TikTok): every showing, repeats included. */
	views?: number | undefined;
	/** The engagement rate by followers the reader aims for, in percent. */
	targetRate?: number | undefined;
}

/** The numeric fields of {@link EngagementInput}. */
export type EngagementField = Exclude<keyof EngagementInput, 'platform'>;

/** Inputs that contradict each other, on the field where the message belongs. */
export type EngagementError =
	| { field: 'posts'; code: 'posts-zero' }
	| { field: 'reach'; code: 'reach-exceeds-impressions' }
	| { field: 'reach'; code: 'reach-exceeds-views' };

/** Why an engagement result cannot be computed. */
export type EngagementMissing =
	| 'out-of-range'
	| 'needs-posts'
	| 'needs-interactions'
	| 'needs-followers'
	| 'needs-reach'
	| 'needs-impressions'
	| 'needs-views'
	| 'needs-target-rate'
	| 'followers-zero'
	| 'reach-zero'
	| 'impressions-zero'
	| 'views-zero'
	| 'no-interactions'
	| 'no-benchmark'
	| 'input-error';

/** Everything the engagement calculator works out. */
export interface EngagementResult {
	errors: EngagementError[];
	interactions: Value<EngagementMissing>;
	erFollowers: Value<EngagementMissing>;
	erReach: Value<EngagementMissing>;
	erImpressions: Value<EngagementMissing>;
	erViews: Value<EngagementMissing>;
	/** Interactions a post needs for `targetRate` by followers: ⌈targetRate ÷ 100 × followers⌉. */
	interactionsNeeded: Value<EngagementMissing>;
	/** How many more a post needs than today's average, never negative. */
	interactionsGap: Value<EngagementMissing>;
	/**
	 * Comments ÷ interactions × 100: the comment share (the name is kept for scenario links). Most
	 * comments are not a conversation, so this is at most an upper bound on conversation.
	 */
	conversationShare: Value<EngagementMissing>;
	/** The platform's follower-based median, in percent (only follower-based rates compare). */
	benchmark: Value<EngagementMissing>;
	benchmarkMultiple: Value<EngagementMissing>;
	benchmarkSource: Benchmark | null;
}

const none = (missing: EngagementMissing): Value<EngagementMissing> => ({ missing });
// A result too large for a double (e.g. dividing by a vanishingly small typed number) is no result.
const some = (value: number): Value<EngagementMissing> =>
	Number.isFinite(value) ? { value } : { missing: 'out-of-range' };

/** A rate over a denominator, or why there is none. */
function rate(
	interactions: number | undefined,
	denominator: number | undefined,
	needs: EngagementMissing,
	zero: EngagementMissing,
	perPosts = 1,
): Value<EngagementMissing> {
	if (interactions === undefined) return none('needs-interactions');
	if (denominator === undefined) return none(needs);
	if (denominator === 0) return none(zero);
	return some((interactions / perPosts / denominator) * 100);
}

/** Works out every engagement rate for one set of totals. */
export function calculateEngagement(input: EngagementInput): EngagementResult {
	const { posts, likes, comments, shares, saves, followers, reach, impressions, views } = input;
	const { targetRate } = input;
	const errors: EngagementError[] = [];
	if (posts === 0) errors.push({ field: 'posts', code: 'posts-zero' });
	// Reach counts people, impressions and views count showings: reach can never be the larger.
	if (reach !== undefined && impressions !== undefined && reach > impressions) {
		errors.push({ field: 'reach', code: 'reach-exceeds-impressions' });
	} else if (reach !== undefined && views !== undefined && reach > views) {
		errors.push({ field: 'reach', code: 'reach-exceeds-views' });
	}

	// Any interaction typed counts; empty kinds count as zero once at least one is given.
	const kinds = [likes, comments, shares, saves];
	const total = kinds.every((k) => k === undefined)
		? undefined
		: kinds.reduce<number>((sum, k) => sum + (k ?? 0), 0);
	const interactions = total === undefined ? none('needs-interactions') : some(total);

	let erFollowers: Value<EngagementMissing>;
	if (posts === undefined) erFollowers = none('needs-posts');
	else if (posts === 0) erFollowers = none('input-error');
	else erFollowers = rate(total, followers, 'needs-followers', 'followers-zero', posts);

	const reachBroken = errors.some((e) => e.field === 'reach');
	const erReach = reachBroken
		? none('input-error')
		: rate(total, reach, 'needs-reach', 'reach-zero');
	const erImpressions = reachBroken
		? none('input-error')
		: rate(total, impressions, 'needs-impressions', 'impressions-zero');
	const erViews = reachBroken
		? none('input-error')
		: rate(total, views, 'needs-views', 'views-zero');

	let interactionsNeeded: Value<EngagementMissing>;
	if (targetRate === undefined) interactionsNeeded = none('needs-target-rate');
	else if (followers === undefined) interactionsNeeded = none('needs-followers');
	else {
		const needed = ceilRatio([targetRate, followers], [100]);
		interactionsNeeded = needed === undefined ? none('out-of-range') : some(needed);
	}
	let interactionsGap: Value<EngagementMissing>;
	if (!('value' in interactionsNeeded)) interactionsGap = interactionsNeeded;
	else if (posts === undefined) interactionsGap = none('needs-posts');
	else if (posts === 0) interactionsGap = none('input-error');
	else if (total === undefined) interactionsGap = none('needs-interactions');
	else interactionsGap = some(Math.max(0, interactionsNeeded.value - total / posts));

	let conversationShare: Value<EngagementMissing>;
	if (total === undefined) conversationShare = none('needs-interactions');
	else if (total === 0) conversationShare = none('no-interactions');
	else conversationShare = some(((comments ?? 0) / total) * 100);

	const reference = benchmarks[input.platform] ?? null;
	const benchmark = reference ? some(reference.ratePct) : none('no-benchmark');
	const benchmarkMultiple =
		reference === null
			? none('no-benchmark')
			: 'value' in erFollowers
				? some(erFollowers.value / reference.ratePct)
				: erFollowers;

	return {
		errors,
		interactions,
		erFollowers,
		erReach,
		erImpressions,
		erViews,
		interactionsNeeded,
		interactionsGap,
		conversationShare,
		benchmark,
		benchmarkMultiple,
		benchmarkSource: reference,
	};
}

/** How the engagement calculator's fields are read. */
export const engagementFields = {
	posts: { kind: 'integer', required: true },
	likes: { kind: 'integer' },
	comments: { kind: 'integer' },
	shares: { kind: 'integer' },
	saves: { kind: 'integer' },
	followers: { kind: 'integer' },
	reach: { kind: 'integer' },
	impressions: { kind: 'integer' },
	views: { kind: 'integer' },
	targetRate: { kind: 'percent' },
} as const satisfies Record<EngagementField, FieldDef>;

/**
 * Whether a platform's own statistics count showings as views rather than impressions
 * (`../shared/facts.md` §7: Instagram's Insights since August 2024, TikTok; X and LinkedIn report
 * impressions). Facebook and `other` say neither, so their example keeps impressions.
 */
export const reportsViews = (platform: EngagementPlatform): boolean =>
	platform === 'instagram' || platform === 'tiktok';

/**
 * The worked example on `kalkulator/engagement` on the chosen platform: four posts with 1,350
 * interactions (90 of them comments) from an account of 25,000 followers, reaching 12,000 people in
 * 18,000 showings, counted in the field the platform reports (views on Instagram and TikTok,
 * impressions elsewhere), so the example never holds a metric its platform does not show.
 */
export function engagementExampleFor(platform: EngagementPlatform) {
	const views = reportsViews(platform);
	return {
		platform,
		posts: 4,
		likes: 1100,
		comments: 90,
		shares: 60,
		saves: 100,
		followers: 25000,
		reach: 12000,
		impressions: views ? undefined : 18000,
		views: views ? 18000 : undefined,
		targetRate: undefined,
	} satisfies Required<EngagementInput>;
}

/** The example the calculator opens with: Instagram, so reach and views and no impressions. */
export const engagementExample = engagementExampleFor('instagram');
