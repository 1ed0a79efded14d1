/**
 * The published sources behind the figures that calculators use. Each entry names its publisher,
 * title, date and how sure we are, and points at its section on the sources page
 * (`/referensi/sumber/#<anchor>`), so a calculator can cite a figure where it shows it.
 */

/** How sure the site is of a figure (`../shared/facts.md`). */
export type Confidence = 'high' | 'medium' | 'medium-low' | 'low' | 'unverified';

/** One published source. */
export interface Source {
	publisher: string;
	title: string;
	/** When the source says what it says, as written on the sources page (years, not translated). */
	asOf: string;
	confidence: Confidence;
	/** Section ID on `referensi/sumber`. */
	anchor: string;
	url?: string;
}

export const sources = {
	xFollowLimits: {
		publisher: 'X Help Center',
		title: 'About following on X',
		asOf: '2019–2026',
		confidence: 'high',
		anchor: 'x-batas-mengikuti',
		url: 'https://help.x.com/en/using-x/x-follow-limit',
	},
	xSpamPolicy: {
		publisher: 'X',
		title: 'Platform Manipulation and Spam policy',
		asOf: '2022',
		confidence: 'high',
		anchor: 'x-kebijakan-spam',
	},
	instagramLimits: {
		publisher: 'Secondary sources',
		title: 'Instagram following limit (no official help page)',
		asOf: '—',
		confidence: 'medium-low',
		anchor: 'instagram-batas',
	},
	facebookHelp: {
		publisher: 'Facebook Help Center',
		title: 'When to create a Page or turn on professional mode',
		asOf: '2023',
		confidence: 'high',
		anchor: 'facebook-bantuan',
	},
	linkedinHelp: {
		publisher: 'LinkedIn Help',
		title: 'Invitation restrictions (a551012, a550555)',
		asOf: '2026',
		confidence: 'high',
		anchor: 'linkedin-bantuan',
	},
	linkedinWeekly: {
		publisher: 'User reports',
		title: 'Weekly invitation cap of about 100 (never confirmed by LinkedIn)',
		asOf: '2021–2026',
		confidence: 'medium',
		anchor: 'linkedin-batas-mingguan',
	},
	metaInauthentic: {
		publisher: 'Meta Transparency Center',
		title: 'Community Standards: Inauthentic Behavior',
		asOf: '2024-10-03',
		confidence: 'high',
		anchor: 'meta-perilaku-tidak-autentik',
	},
	rivalIq2023: {
		publisher: 'Rival IQ',
		title: 'Social Media Industry Benchmark Report 2023 (2022 data)',
		asOf: '2023',
		confidence: 'high',
		anchor: 'rival-iq',
	},
} as const satisfies Record<string, Source>;

/** The key of a source in {@link sources}. */
export type SourceId = keyof typeof sources;
