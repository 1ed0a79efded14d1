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
	/** `threshold`: further follows depend on a rule (X); `cap`: a hard maximum. */
	kind: 'threshold' | 'cap';
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
	/** The rule against follow churn and inauthentic following on this platform. */
	churnRule: SourceId;
}

export const platformLimits: Readonly<Record<Platform, PlatformLimits>> = {
	// X Help Center: 400 follows a day; past 5,000 following, further follows depend on the ratio.
	x: {
		followsPerDay: { value: 400, source: 'xFollowLimits' },
		following: { kind: 'threshold', accounts: 5000, status: 'official', source: 'xFollowLimits' },
		churnRule: 'xFollowLimits',
	},
	// 7,500 is widely reported but confirmed by no official help page.
	instagram: {
		following: { kind: 'cap', accounts: 7500, status: 'reported', source: 'instagramLimits' },
		unpublishedActionLimits: { source: 'instagramLimits' },
		churnRule: 'metaInauthentic',
	},
	// A profile can follow up to 5,000 people (and have up to 5,000 friends).
	facebook: {
		following: { kind: 'cap', accounts: 5000, status: 'official', source: 'facebookHelp' },
		churnRule: 'metaInauthentic',
	},
	// 30,000 first-degree connections; the ~100 a week invitation cap is unofficial.
	linkedin: {
		following: { kind: 'cap', accounts: 30000, status: 'official', source: 'linkedinHelp' },
		invitationsPerWeek: { value: 100, source: 'linkedinWeekly' },
		// LinkedIn publishes no churn rule of its own; the warning cites X's explicit ban.
		churnRule: 'xFollowLimits',
	},
	other: { churnRule: 'xSpamPolicy' },
};
