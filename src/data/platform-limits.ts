/**
 * Platform limits on following, as published (or, where marked, as widely reported), with the source
 * of each. Figures from `../shared/facts.md` §1; the pages that show them cite the same sources.
 */
import type { SourceId } from './sources.ts';

/** The platforms the calculators know, plus `other` for one without known limits. */
export const platforms = ['x', 'instagram', 'facebook', 'linkedin', 'other'] as const;
export type Platform = (typeof platforms)[number];

/** A limit on how many accounts one account may follow or connect with in total. */
export interface FollowingLimit {
	/** `threshold`: further follows depend on a rule (X); `cap`: a hard maximum; `connections`: a cap on connections (LinkedIn). */
	kind: 'threshold' | 'cap' | 'connections';
	accounts: number;
	/** `official`: the platform's own help page; `reported`: secondary sources only. */
	status: 'official' | 'reported';
	source: SourceId;
}

/** A platform's known limits; a missing field means the platform publishes none. */
export interface PlatformLimits {
	followsPerDay?: { value: number; source: SourceId };
	/** An unofficial weekly cap on invitations (LinkedIn), reported by users only. */
	invitationsPerWeek?: { value: number; source: SourceId };
	following?: FollowingLimit;
	/** Hourly and daily action limits exist but their numbers are not published (Instagram). */
	unpublishedActionLimits?: { source: SourceId };
	/**
	 * The platform's own rule against follow churn (`also`: a second rule it rests on), or `none`
	 * when it publishes none.
	 */
	churnRule:
		{ code: 'follow-churn-x' | 'follow-churn-meta'; source: SourceId; also?: SourceId } | 'none';
}

/** What a follow is on LinkedIn: a one-way `follow`, or a two-way `connect` (an invitation). */
export const linkedinActions = ['follow', 'connect'] as const;
export type LinkedinAction = (typeof linkedinActions)[number];

export const platformLimits: Readonly<Record<Platform, PlatformLimits>> = {
	// X Help Center: 400 follows a day; past 5,000 following, further follows depend on the ratio.
	x: {
		followsPerDay: { value: 400, source: 'xFollowLimits' },
		following: { kind: 'threshold', accounts: 5000, status: 'official', source: 'xFollowLimits' },
		churnRule: { code: 'follow-churn-x', source: 'xFollowLimits' },
	},
	// 7,500 is widely reported but confirmed by no official help page.
	instagram: {
		following: { kind: 'cap', accounts: 7500, status: 'reported', source: 'instagramLimits' },
		// Meta's spam rule (engaging “at very high frequencies”) is the official basis of action
		// blocks; the hourly and daily numbers are published nowhere.
		unpublishedActionLimits: { source: 'metaSpam' },
		churnRule: { code: 'follow-churn-meta', source: 'metaInauthentic', also: 'metaSpam' },
	},
	// A profile can follow up to 5,000 people (and have up to 5,000 friends).
	facebook: {
		following: { kind: 'cap', accounts: 5000, status: 'official', source: 'facebookHelp' },
		churnRule: { code: 'follow-churn-meta', source: 'metaInauthentic', also: 'metaSpam' },
	},
	// Connecting: 30,000 first-degree connections, widely reported as LinkedIn Help's figure, but the
	// help page itself was not seen (facts-feeds.md 3.11), so 'reported'; the ~100 a week invitation
	// cap is unofficial. Following is one-way and has neither (see linkedinFollowLimits).
	linkedin: {
		following: {
			kind: 'connections',
			accounts: 30000,
			status: 'reported',
			source: 'linkedinHelp',
		},
		invitationsPerWeek: { value: 100, source: 'linkedinWeekly' },
		// LinkedIn publishes no rule about follow churn; the warning says so rather than cite another's.
		churnRule: 'none',
	},
	// A platform we know nothing about: no rule of its own to cite. (No limit either, so no churn
	// warning shows; TikTok's fake-engagement rule is cited by the guide's #aturan-tiktok instead.)
	other: { churnRule: 'none' },
};

/** LinkedIn's one-way follow: no connection cap, no invitations (LinkedIn Help). */
export const linkedinFollowLimits: PlatformLimits = { churnRule: 'none' };

/** The limits that apply to a plan: on LinkedIn they depend on whether the reader follows or connects. */
export function limitsFor(platform: Platform, action: LinkedinAction = 'follow'): PlatformLimits {
	return platform === 'linkedin' && action === 'follow'
		? linkedinFollowLimits
		: platformLimits[platform];
}
