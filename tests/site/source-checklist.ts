/**
 * Every point the two source articles make, and the page section that carries it. The site test
 * fails when a listed section is missing from the build in either language, so a point cannot
 * silently drop out of one translation.
 */

/** One point of a source article and where the guide covers it. */
export interface SourcePoint {
	/** `000` is the follow-back article, `003` the not-conversation opinion piece. */
	article: '000' | '003';
	point: string;
	/** Page path without locale prefix or slashes, e.g. `panduan/risiko`. */
	page: string;
	anchor: string;
}

export const sourceChecklist: readonly SourcePoint[] = [
	// 000: introduction and I. mechanism per platform
	{
		article: '000',
		point: 'follow-back defined: returning a follow',
		page: 'panduan/apa-itu-ikuti-balik',
		anchor: 'pengertian',
	},
	{
		article: '000',
		point: 'effects vary with context, goal and platform',
		page: 'panduan/apa-itu-ikuti-balik',
		anchor: 'pengertian',
	},
	{
		article: '000',
		point: 'following = updates in your feed; follow back = reciprocal relationship',
		page: 'panduan/apa-itu-ikuti-balik',
		anchor: 'hubungan-timbal-balik',
	},
	{
		article: '000',
		point: 'the mechanism differs per platform',
		page: 'panduan/platform',
		anchor: 'cara-kerja-umum',
	},
	{
		article: '000',
		point:
			'Twitter (now X): once strong follow-back culture, now quality; aggressive follow-back can be spam',
		page: 'panduan/platform',
		anchor: 'x',
	},
	{
		article: '000',
		point: 'Instagram: visual, engaged community; random following hurts credibility and reach',
		page: 'panduan/platform',
		anchor: 'instagram',
	},
	{
		article: '000',
		point: 'Facebook: real connections; follow-back matters less',
		page: 'panduan/platform',
		anchor: 'facebook',
	},
	{
		article: '000',
		point: 'LinkedIn: professional network; selective, relevant connections',
		page: 'panduan/platform',
		anchor: 'linkedin',
	},
	{
		article: '000',
		point: 'consistency and authenticity; following without engagement builds nothing lasting',
		page: 'panduan/apa-itu-ikuti-balik',
		anchor: 'konsistensi-dan-keaslian',
	},
	// 000: II. five benefits
	{ article: '000', point: 'benefit: visibility', page: 'panduan/manfaat', anchor: 'visibilitas' },
	{
		article: '000',
		point: 'benefit: fast account growth',
		page: 'panduan/manfaat',
		anchor: 'pertumbuhan-cepat',
	},
	{ article: '000', point: 'benefit: engagement', page: 'panduan/manfaat', anchor: 'engagement' },
	{ article: '000', point: 'benefit: networking', page: 'panduan/manfaat', anchor: 'jaringan' },
	{
		article: '000',
		point: 'benefit: monitoring competitors',
		page: 'panduan/manfaat',
		anchor: 'memantau-kompetitor',
	},
	// 000: III. five challenges and risks
	{
		article: '000',
		point: 'risk: low-quality followers (inactive, bots)',
		page: 'panduan/risiko',
		anchor: 'pengikut-tidak-berkualitas',
	},
	{
		article: '000',
		point: 'risk: loss of credibility',
		page: 'panduan/risiko',
		anchor: 'penurunan-kredibilitas',
	},
	{
		article: '000',
		point: 'risk: time and effort; automation has its own risks',
		page: 'panduan/risiko',
		anchor: 'waktu-dan-tenaga',
	},
	{
		article: '000',
		point: 'risk: platform policy, restriction or closure',
		page: 'panduan/risiko',
		anchor: 'kebijakan-platform',
	},
	{
		article: '000',
		point: 'risk: losing focus on quality content',
		page: 'panduan/risiko',
		anchor: 'kehilangan-fokus-konten',
	},
	// 000: IV. five responsible practices
	{ article: '000', point: 'practice: selectivity', page: 'panduan/strategi', anchor: 'selektif' },
	{
		article: '000',
		point: 'practice: engage with their content',
		page: 'panduan/strategi',
		anchor: 'berinteraksi',
	},
	{
		article: '000',
		point: 'practice: wise automation',
		page: 'panduan/strategi',
		anchor: 'otomatisasi-bijak',
	},
	{
		article: '000',
		point: 'practice: analysis and evaluation',
		page: 'panduan/strategi',
		anchor: 'analisis-evaluasi',
	},
	{
		article: '000',
		point: 'practice: focus on quality content',
		page: 'panduan/strategi',
		anchor: 'fokus-konten',
	},
	// 000: V. tools
	{ article: '000', point: 'TweetDeck, now X Pro', page: 'panduan/alat', anchor: 'x-pro' },
	{ article: '000', point: 'Buffer', page: 'panduan/alat', anchor: 'buffer' },
	{ article: '000', point: 'Hootsuite', page: 'panduan/alat', anchor: 'hootsuite' },
	{ article: '000', point: 'Later', page: 'panduan/alat', anchor: 'later' },
	{
		article: '000',
		point: 'tools: not only about fast follower growth; quality interaction',
		page: 'panduan/alat',
		anchor: 'penggunaan-bertanggung-jawab',
	},
	// 000: VI. long-term perspective
	{
		article: '000',
		point: 'follow-back is no magic solution',
		page: 'panduan/jangka-panjang',
		anchor: 'bukan-solusi-ajaib',
	},
	{
		article: '000',
		point: 'integrate with content, interaction and monitoring',
		page: 'panduan/jangka-panjang',
		anchor: 'strategi-terpadu',
	},
	{
		article: '000',
		point: 'long-term commitment and authentic relationships, not numbers',
		page: 'panduan/jangka-panjang',
		anchor: 'hubungan-autentik',
	},
	{
		article: '000',
		point: 'regular evaluation and adaptation',
		page: 'panduan/jangka-panjang',
		anchor: 'evaluasi-berkala',
	},
	// 003: the argument
	{
		article: '003',
		point: 'the common claim: SMM is about conversation and relationships',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'klaim-umum',
	},
	{
		article: '003',
		point: 'early days: Facebook, MySpace, small close-knit communities (Greg Satell)',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'masa-awal',
	},
	{
		article: '003',
		point: 'sales is one to one; marketing needs better than 1:1',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'penjualan-vs-pemasaran',
	},
	{
		article: '003',
		point: 'LinkedIn groups: most discussions get no comment (author estimate)',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'grup-linkedin',
	},
	{
		article: '003',
		point: 'Twitter: most tweets get no reply; 53% unverified; top 10% write 90%',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'twitter',
	},
	{
		article: '003',
		point: 'Facebook fan pages: 52% fanned, 10% engage; reasons to join',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'halaman-penggemar-facebook',
	},
	{
		article: '003',
		point: 'low ROI: about a third of the target at best',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'roi-rendah',
	},
	{
		article: '003',
		point: 'the social-media-celebrity exception',
		page: 'pemasaran/bukan-percakapan',
		anchor: 'pengecualian-selebritas',
	},
	// 003: broadcast
	{
		article: '003',
		point: 'SMM does differ from other online marketing',
		page: 'pemasaran/siaran',
		anchor: 'smm-memang-berbeda',
	},
	{
		article: '003',
		point: 'digital marketing imitated offline broadcast',
		page: 'pemasaran/siaran',
		anchor: 'meniru-pemasaran-offline',
	},
	{
		article: '003',
		point: 'online ads like TV, billboards, magazines, with finer targeting',
		page: 'pemasaran/siaran',
		anchor: 'iklan-daring',
	},
	{
		article: '003',
		point: 'email blasts like junk mail and postcards',
		page: 'pemasaran/siaran',
		anchor: 'email-blast',
	},
	{
		article: '003',
		point: 'newsletters like flyers in the mailbox',
		page: 'pemasaran/siaran',
		anchor: 'buletin',
	},
	{
		article: '003',
		point: 'where the source article stops',
		page: 'pemasaran/siaran',
		anchor: 'akhir-sumber',
	},
];
