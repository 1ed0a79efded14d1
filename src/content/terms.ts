/**
 * The termbase: one term per idea, in each language. The guide pages, the calculators' UI strings,
 * the workshop worksheets and the glossary use exactly these terms; `tests/site/terms.test.ts`
 * fails when a page or a dictionary uses a variant listed in `rejectedId` / `rejectedEn`, when a
 * term marked `italic` appears unitalicised in Indonesian prose, and when a glossary headword is
 * not the term listed here.
 *
 * Variants are regular-expression sources, matched case-insensitively on whole words, outside
 * quotations (“…”), code and link targets. A variant with `pages` applies only to the pages whose
 * locale-free path matches that expression.
 */

/** A form that must not be used for a concept, and why. */
export interface RejectedVariant {
	/** Regular-expression source, matched on whole words, case-insensitively. */
	readonly pattern: string;
	/** Why it is rejected, shown when the test fails. */
	readonly why: string;
	/** Locale-free page paths (e.g. `kalkulator/jangkauan`) the rule is limited to. */
	readonly pages?: string;
}

/** One concept and how each language names it. */
export interface Term {
	/** What the concept is, in a few English words. */
	readonly concept: string;
	/** The Indonesian term, as written mid-sentence. */
	readonly id: string;
	/** The English term, as written mid-sentence. */
	readonly en: string;
	/** Forms Indonesian readers use online (slang, loanwords): named once, then the term is used. */
	readonly colloquial?: readonly string[];
	/** Whether Indonesian prose italicises the term as a foreign word (EYD V). */
	readonly italic: boolean;
	/** The glossary anchor whose headword is this term, if the glossary lists it. */
	readonly glossary?: string;
	readonly rejectedId?: readonly RejectedVariant[];
	readonly rejectedEn?: readonly RejectedVariant[];
}

const countNoun: RejectedVariant = {
	pattern: '(?:sebuah|satu|setiap|tiap|banyak|beberapa|seribu|ratusan|ribuan) ikuti balik',
	why: '“ikuti balik” is an action, not a count noun: say “akun yang mengikuti balik”',
};

/** Every concept the site names, in the order of the glossary. */
export const terms: readonly Term[] = [
	{
		concept: 'following an account that followed you',
		id: 'ikuti balik',
		en: 'follow back',
		colloquial: ['folbek', 'follback', 'fb', 'F4F', 'follow for follow'],
		italic: false,
		glossary: 'ikuti-balik',
		rejectedId: [
			countNoun,
			{ pattern: 'follow balik', why: 'half-English mix: write “ikuti balik”' },
			{ pattern: 'ikut balik', why: 'write “ikuti balik” (or the verb “mengikuti balik”)' },
		],
		rejectedEn: [
			{ pattern: 'followback', why: 'write “follow back” (verb) or “follow-back rate”' },
		],
	},
	{
		concept: 'the share of followed accounts that followed back',
		id: 'tingkat ikuti balik',
		en: 'follow-back rate',
		italic: false,
		glossary: 'tingkat-ikuti-balik',
		rejectedId: [
			{ pattern: 'rasio ikuti balik', why: 'a rate, not a ratio: “tingkat ikuti balik”' },
			{ pattern: 'persentase ikuti balik', why: 'say “tingkat ikuti balik”' },
		],
		rejectedEn: [{ pattern: 'follow back rate', why: 'hyphenate: “follow-back rate”' }],
	},
	{
		concept: 'an account that follows you',
		id: 'pengikut',
		en: 'follower',
		italic: false,
		glossary: 'pengikut',
	},
	{
		concept: 'the accounts you follow',
		id: 'akun yang diikuti',
		en: 'following',
		italic: false,
		glossary: 'mengikuti',
	},
	{
		concept: 'two accounts following each other',
		id: 'saling mengikuti',
		en: 'mutual follow',
		colloquial: ['saling follow', 'mutualan', 'mutual'],
		italic: false,
		glossary: 'mutual',
		rejectedId: [{ pattern: 'saling ikuti', why: 'write “saling mengikuti”' }],
	},
	{
		concept: 'no longer following an account',
		id: 'berhenti mengikuti',
		en: 'unfollow',
		colloquial: ['unfol', 'unfoll'],
		italic: false,
		glossary: 'berhenti-mengikuti',
	},
	{
		concept: 'a two-way LinkedIn relationship',
		id: 'koneksi',
		en: 'connection',
		italic: false,
		glossary: 'koneksi',
	},
	{
		concept: 'a request to become a LinkedIn connection, which adds one only once accepted',
		id: 'undangan koneksi',
		en: 'connection invitation',
		italic: false,
		glossary: 'undangan-koneksi',
		rejectedId: [
			{
				pattern: 'permintaan koneksi',
				why: 'LinkedIn sends invitations: “undangan koneksi”',
			},
		],
		rejectedEn: [
			{
				pattern: 'connection requests?',
				why: 'LinkedIn sends invitations: “connection invitation”',
			},
		],
	},
	{
		concept: 'the share of connection invitations accepted',
		id: 'tingkat penerimaan undangan',
		en: 'acceptance rate',
		italic: false,
		glossary: 'tingkat-penerimaan-undangan',
		rejectedId: [
			{
				pattern: 'tingkat ikuti balik undangan',
				why: 'an invitation is accepted, not followed back: “tingkat penerimaan undangan”',
			},
		],
	},
	{
		concept: 'the stream of posts an app shows',
		id: 'beranda',
		en: 'feed',
		italic: false,
		glossary: 'umpan',
		rejectedId: [
			{ pattern: 'umpan(?! balik)', why: '“umpan” is not what the apps say: “beranda”' },
		],
	},
	{
		concept: 'a feed the platform fills with posts it picks, from followed accounts or not',
		id: 'beranda rekomendasi',
		en: 'recommendation feed',
		italic: false,
		glossary: 'beranda-rekomendasi',
		rejectedId: [{ pattern: '(?:feed|umpan) rekomendasi', why: 'one term: “beranda rekomendasi”' }],
	},
	{
		concept: 'a narrow market or topic',
		id: 'ceruk',
		en: 'niche',
		italic: false,
		glossary: 'niche',
	},
	{
		concept: 'followers divided by following',
		id: 'rasio pengikut',
		en: 'follower ratio',
		italic: false,
		glossary: 'rasio-pengikut',
	},
	{
		concept: 'the number of accounts followed past which X applies its ratio rule',
		id: 'ambang 5.000',
		en: '5,000 threshold',
		italic: false,
		glossary: 'ambang-5000',
		rejectedId: [{ pattern: 'batas 5\\.000 akun diikuti', why: 'not a cap: “ambang 5.000”' }],
		rejectedEn: [{ pattern: '5,000 cap', why: 'not a cap: “5,000 threshold”' }],
	},
	{
		concept: 'the middle value of sorted figures',
		id: 'median',
		en: 'median',
		italic: false,
		glossary: 'median',
		rejectedId: [{ pattern: 'nilai tengah-tengah', why: 'say “median”' }],
	},
	{
		concept: 'people reached per minute of posting for each per minute of conversation',
		id: 'rasio jangkauan',
		en: 'reach ratio',
		italic: false,
		glossary: 'rasio-jangkauan',
	},
	{
		concept: 'the conversion a conversation needs to match posting (break-even)',
		id: 'konversi percakapan yang menyamai unggahan',
		en: 'conversation conversion that matches posting',
		italic: false,
		glossary: 'titik-impas',
	},
	{
		concept: 'a range likely to hold the true rate',
		id: 'interval kepercayaan',
		en: 'confidence interval',
		italic: false,
		glossary: 'interval-kepercayaan',
		rejectedId: [{ pattern: 'selang kepercayaan', why: 'one term: “interval kepercayaan”' }],
	},
	{
		concept: 'likes, comments, shares and saves together',
		id: 'engagement',
		en: 'engagement',
		italic: true,
		glossary: 'engagement',
		rejectedId: [
			{ pattern: 'keterlibatan', why: 'the site says “engagement”, as the apps and tools do' },
		],
	},
	{
		concept: 'engagement divided by a base, in percent',
		id: 'tingkat engagement',
		en: 'engagement rate',
		italic: false,
		glossary: 'tingkat-engagement',
		rejectedId: [
			{ pattern: 'tingkat keterlibatan', why: 'write “tingkat engagement”' },
			{ pattern: 'rasio engagement', why: 'a rate, not a ratio: “tingkat engagement”' },
			{ pattern: 'engagement rate', why: 'write “tingkat engagement” in Indonesian' },
		],
	},
	{
		concept: 'responses to a post, counted',
		id: 'interaksi',
		en: 'interactions',
		italic: false,
		glossary: 'interaksi',
	},
	{
		concept: 'accounts that saw a post at least once',
		id: 'jangkauan',
		en: 'reach',
		italic: false,
		glossary: 'jangkauan',
	},
	{
		concept: 'reach without paid promotion',
		id: 'jangkauan organik',
		en: 'organic reach',
		italic: false,
		glossary: 'jangkauan-organik',
	},
	{
		concept: 'times a post was shown (X, LinkedIn, Facebook ads)',
		id: 'impresi',
		en: 'impressions',
		italic: false,
		glossary: 'impresi',
		rejectedId: [
			{
				pattern: 'tayangan \\(impressions?\\)',
				why: 'impressions are “impresi”; “tayangan” is views',
			},
			{ pattern: 'penayangan', why: 'ambiguous: “impresi” (impressions) or “tayangan” (views)' },
		],
	},
	{
		concept: 'times a post was viewed, repeats included (Instagram since 2024, TikTok)',
		id: 'tayangan',
		en: 'views',
		italic: false,
		glossary: 'tayangan',
		rejectedId: [
			{ pattern: 'impresi \\(views?\\)', why: 'views are “tayangan”; “impresi” is impressions' },
			{ pattern: 'tontonan', why: 'views are “tayangan”, as Instagram and TikTok say' },
		],
	},
	{ concept: 'likes', id: 'suka', en: 'likes', italic: false },
	{ concept: 'comments', id: 'komentar', en: 'comments', italic: false },
	{ concept: 'shares', id: 'dibagikan', en: 'shares', italic: false },
	{
		concept: 'saves (bookmarks)',
		id: 'disimpan',
		en: 'saves',
		italic: false,
		rejectedId: [{ pattern: 'simpanan', why: 'reads as “savings”: write “disimpan”' }],
	},
	{
		concept: 'something published on an account',
		id: 'unggahan',
		en: 'post',
		italic: false,
		rejectedId: [{ pattern: 'postingan', why: 'write “unggahan”' }],
	},
	{
		concept:
			'comments as a share of all interactions (engagement calculator): at most an upper bound on conversation',
		id: 'porsi komentar',
		en: 'comment share',
		italic: false,
		glossary: 'porsi-komentar',
		// Most comments are not a conversation (the 2009 article's point): the share is of comments.
		rejectedId: [
			{
				pattern: '(?:porsi|bagian) percakapan',
				why: 'comments are not conversation: the engagement result is “porsi komentar”; the reach calculator’s time split is “porsi waktu percakapan”',
			},
		],
		rejectedEn: [
			{
				pattern: 'conversation share',
				why: 'comments are not conversation: the engagement result is “comment share”; the reach calculator’s time split is “conversation time share”',
			},
		],
	},
	{
		concept: 'share of social-media time spent in one-to-one conversation (reach calculator)',
		id: 'porsi waktu percakapan',
		en: 'conversation time share',
		italic: false,
		glossary: 'porsi-waktu-percakapan',
		rejectedId: [
			{ pattern: 'bagian waktu untuk percakapan', why: 'write “porsi waktu percakapan”' },
		],
		rejectedEn: [
			{ pattern: 'share of time in conversation', why: 'write “conversation time share”' },
		],
	},
	{
		concept: 'a standard to compare against',
		id: 'tolok ukur',
		en: 'benchmark',
		italic: false,
		glossary: 'tolok-ukur',
	},
	{
		concept: 'a reader who becomes a customer',
		id: 'konversi',
		en: 'conversion',
		italic: false,
		glossary: 'konversi',
	},
	{
		concept: 'return on investment',
		id: 'laba atas investasi',
		en: 'return on investment',
		italic: false,
		glossary: 'roi',
	},
	{
		concept: 'following and unfollowing many accounts to inflate your count',
		id: 'follow churn',
		en: 'follow churn',
		italic: true,
		glossary: 'follow-churn',
		rejectedId: [
			{ pattern: 'ikuti-lepas', why: 'the site uses the platforms’ term “follow churn”' },
		],
	},
	{ concept: 'an automated account', id: 'bot', en: 'bot', italic: true, glossary: 'bot' },
	{
		concept: 'an account nobody uses',
		id: 'akun tidak aktif',
		en: 'inactive account',
		italic: false,
		glossary: 'akun-tidak-aktif',
	},
	{
		concept: 'an account pretending to be someone',
		id: 'akun palsu',
		en: 'fake account',
		colloquial: ['akun bodong'],
		italic: false,
	},
	{
		concept: 'letting software act on an account',
		id: 'otomatisasi',
		en: 'automation',
		italic: false,
		glossary: 'otomatisasi',
	},
	{ concept: 'unwanted mass activity', id: 'spam', en: 'spam', italic: true, glossary: 'spam' },
	{
		concept: 'faking popularity or identity (Meta policy)',
		id: 'perilaku tidak autentik',
		en: 'inauthentic behavior',
		italic: false,
		glossary: 'perilaku-tidak-autentik',
	},
	{
		concept: 'a group that agrees to engage with each other’s posts',
		id: 'kelompok interaksi',
		en: 'engagement pod',
		italic: false,
		glossary: 'kelompok-interaksi',
		rejectedId: [{ pattern: 'pod engagement', why: 'Indonesian: “kelompok interaksi”' }],
	},
	{
		concept: 'publishing at a set time',
		id: 'penjadwalan',
		en: 'scheduling',
		italic: false,
		glossary: 'penjadwalan',
	},
	{
		concept: 'marketing on social media',
		id: 'pemasaran media sosial',
		en: 'social media marketing',
		italic: false,
		glossary: 'smm',
	},
	{
		concept: 'public relations',
		id: 'humas',
		en: 'PR',
		italic: false,
		glossary: 'humas',
	},
	{
		concept: 'one message to many recipients',
		id: 'pemasaran siaran',
		en: 'broadcast marketing',
		italic: false,
		glossary: 'pemasaran-siaran',
	},
	{
		concept:
			'posts that reach many people at once: what the reach calculator sets against conversation',
		id: 'unggahan untuk banyak orang',
		en: 'posting to many',
		italic: false,
		// The reader posts; calling it "siaran" (broadcast) invites the conclusion the page
		// pemasaran/siaran warns against, that social media marketing is broadcast.
		rejectedId: [
			{
				pattern: 'siaran',
				why: 'the reader posts for many: “unggahan (untuk banyak orang)”, not “siaran”',
				pages: '^kalkulator/jangkauan$',
			},
		],
		rejectedEn: [
			{
				pattern: 'broadcast(?:s|ing)?',
				why: 'the reader posts to many: “posting (to many)”, not “broadcast”',
				pages: '^kalkulator/jangkauan$',
			},
		],
	},
	{
		concept: 'one person talking with one person',
		// “Satu lawan satu” reads as a contest between two (a calque of “one-on-one”); a private
		// conversation between two people is “empat mata”.
		id: 'empat mata',
		en: 'one-to-one',
		italic: false,
		rejectedId: [
			{ pattern: 'satu[ -]ke[ -]satu', why: 'calque: “empat mata” (percakapan empat mata)' },
			{
				pattern: 'satu[ -]lawan[ -]satu',
				why: 'calque of “one-on-one” (it reads as a contest): “empat mata”',
			},
		],
		rejectedEn: [{ pattern: 'one on one', why: 'write “one-to-one”' }],
	},
	{
		concept: 'the English language',
		// An English word in Indonesian UI text reads as untranslated (the offline line said
		// “Simpan juga versi English”); the language switch itself may show “English”.
		id: 'bahasa Inggris',
		en: 'English',
		italic: false,
		rejectedId: [
			{
				pattern: '(?:versi|dalam|bahasa) English',
				why: 'English left in Indonesian: “bahasa Inggris”',
			},
		],
	},
	{
		concept: 'one email sent to a whole list',
		id: 'email massal',
		en: 'email blast',
		italic: false,
		glossary: 'email-blast',
	},
	{
		concept: 'a regular mailing',
		id: 'buletin',
		en: 'newsletter',
		italic: false,
		glossary: 'buletin',
	},
	{
		concept: 'a brand page people join as fans',
		id: 'halaman penggemar',
		en: 'fan page',
		italic: false,
		glossary: 'halaman-penggemar',
	},
	{
		concept: 'business-to-business',
		id: 'bisnis ke bisnis',
		en: 'business-to-business',
		italic: false,
		glossary: 'b2b',
	},
	{
		concept: 'on the internet',
		id: 'daring',
		en: 'online',
		italic: false,
		rejectedId: [{ pattern: 'online', why: 'EYD V: “daring”' }],
	},
];
