/**
 * The published sources behind the figures that calculators use. Each entry names its publisher,
 * title, date and how sure we are, and points at its section on the sources page
 * (`/referensi/sumber/#<anchor>`), so a calculator can cite a figure where it shows it. Words a
 * reader reads (a kind of source, a description, a date in words) are given in both languages;
 * names and published titles are one string.
 */
import type { Locale } from '../lib/number/index.ts';

/**
 * How sure the site is of a figure, one label of the sources page's legend each: `high` is
 * “Terverifikasi” (an official page, the original publication or several sources), `medium`
 * “Keyakinan sedang”, `low` “Keyakinan rendah”, `unverified` “Tidak terverifikasi”. No ranges.
 */
export type Confidence = 'high' | 'medium' | 'low' | 'unverified';

/** Words in each page language. */
export type Localized = Readonly<Record<Locale, string>>;

/** One published source. */
export interface Source {
	/** A publisher's own name, or a kind of source in each language (user reports). */
	publisher: string | Localized;
	/**
	 * The published title, quoted as published; or, for a source without one title, what it is, in
	 * each language (not quoted).
	 */
	title: string | Localized;
	/** When the source says what it says, as on the sources page; left out when it is unknown. */
	asOf?: string | Localized;
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
		publisher: { id: 'sumber sekunder', en: 'secondary sources' },
		title: {
			id: 'batas mengikuti di Instagram, tanpa halaman bantuan resmi',
			en: 'the Instagram following limit, with no official help page',
		},
		// Unknown: no date rather than a dash. Secondary sources only: “widely reported”.
		confidence: 'low',
		anchor: 'instagram-batas',
	},
	facebookHelp: {
		publisher: 'Facebook Help Center',
		title: 'When to create a Page or turn on professional mode',
		asOf: { id: '2023 atau sesudahnya', en: '2023 or later' },
		confidence: 'high',
		anchor: 'facebook-bantuan',
	},
	linkedinHelp: {
		publisher: 'LinkedIn Help',
		title: {
			id: 'artikel tentang pembatasan undangan (a551012, a550555)',
			en: 'articles on invitation restrictions (a551012, a550555)',
		},
		asOf: { id: 'versi terkini', en: 'current version' },
		confidence: 'high',
		anchor: 'linkedin-bantuan',
	},
	linkedinWeekly: {
		publisher: { id: 'laporan pengguna', en: 'user reports' },
		title: {
			id: 'batas sekitar 100 undangan per minggu, tidak pernah dikonfirmasi LinkedIn',
			en: 'a weekly cap of about 100 invitations, never confirmed by LinkedIn',
		},
		asOf: { id: 'sejak 2021', en: 'since 2021' },
		confidence: 'medium',
		anchor: 'linkedin-batas-mingguan',
	},
	metaInauthentic: {
		publisher: 'Meta Transparency Center',
		title: 'Inauthentic Behavior',
		asOf: { id: 'versi 3 Oktober 2024', en: 'version of October 3, 2024' },
		confidence: 'high',
		anchor: 'meta-perilaku-tidak-autentik',
	},
	rivalIq2023: {
		publisher: 'Rival IQ',
		title: 'Social Media Industry Benchmark Report',
		asOf: { id: 'edisi 2023, data 2022', en: '2023 edition, 2022 data' },
		confidence: 'high',
		anchor: 'rival-iq',
	},
	tiktokLimits: {
		publisher: { id: 'sumber sekunder', en: 'secondary sources' },
		title: {
			id: 'batas mengikuti di TikTok, tidak diumumkan TikTok',
			en: 'the TikTok following limit, not published by TikTok',
		},
		// Unknown: no date rather than a dash.
		confidence: 'low',
		anchor: 'tiktok-batas',
	},
	tiktokGuidelines: {
		publisher: 'TikTok',
		title: 'Community Guidelines: Deceptive Behaviors and Fake Engagement',
		asOf: { id: 'berlaku 13 September 2025', en: 'in force from September 13, 2025' },
		confidence: 'high',
		anchor: 'tiktok-pedoman-komunitas',
	},
	metaSpam: {
		publisher: 'Meta Transparency Center',
		title: 'Community Standards: Spam',
		asOf: { id: 'versi per Agustus 2026', en: 'version as of August 2026' },
		confidence: 'high',
		anchor: 'meta-spam',
	},
	threads: {
		publisher: { id: 'Meta dan liputan media', en: 'Meta and press coverage' },
		title: {
			id: 'Threads: peluncuran, beranda, dan batas mengikuti (tidak diumumkan)',
			en: 'Threads: launch, feeds and follow limits (none published)',
		},
		asOf: '2023–2025',
		confidence: 'medium',
		anchor: 'threads',
	},
	wilson1927: {
		publisher: 'Journal of the American Statistical Association',
		title: 'Probable Inference, the Law of Succession, and Statistical Inference',
		asOf: '1927',
		confidence: 'high',
		anchor: 'wilson-1927',
	},
	newcombe1998: {
		publisher: 'Statistics in Medicine',
		title: 'Two-sided confidence intervals for the single proportion: comparison of seven methods',
		asOf: '1998',
		confidence: 'high',
		anchor: 'newcombe-1998',
	},
} as const satisfies Record<string, Source>;

/** The key of a source in {@link sources}. */
export type SourceId = keyof typeof sources;
