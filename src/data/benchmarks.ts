/**
 * Median engagement rate per post by followers, from one complete and consistent report: Rival IQ's
 * 2023 Social Media Industry Benchmark Report (2022 data; 150 companies per industry, about 2,100
 * brands). `../shared/facts.md` §4. Later reports show declines; the pages say so in prose.
 */
import type { SourceId } from './sources.ts';

/** The platforms the engagement calculator knows. */
export const engagementPlatforms = [
	'instagram',
	'facebook',
	'x',
	'tiktok',
	'linkedin',
	'other',
] as const;
export type EngagementPlatform = (typeof engagementPlatforms)[number];

/** A follower-based median engagement rate per post, in percent, with its source. */
export interface Benchmark {
	ratePct: number;
	/** Always `followers`: only a follower-based rate may be compared with it. */
	denominator: 'followers';
	source: SourceId;
	dataYear: number;
}

const rivalIq = (ratePct: number): Benchmark => ({
	ratePct,
	denominator: 'followers',
	source: 'rivalIq2023',
	dataYear: 2022,
});

/** Benchmarks by platform; LinkedIn and `other` have none in the report. */
export const benchmarks: Readonly<Partial<Record<EngagementPlatform, Benchmark>>> = {
	instagram: rivalIq(0.47),
	facebook: rivalIq(0.06),
	x: rivalIq(0.035),
	tiktok: rivalIq(5.69),
};
