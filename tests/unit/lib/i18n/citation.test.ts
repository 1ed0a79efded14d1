import { describe, expect, test } from 'vitest';
import { sources } from '../../../../src/data/sources.ts';
import { citation, citations } from '../../../../src/lib/i18n/citation.ts';

describe('citation()', () => {
	test.each([
		// [source, locale, as the page shows it]
		['xFollowLimits', 'id', 'X Help Center, “About following on X”, 2019–2026'],
		['xFollowLimits', 'en', 'X Help Center, “About following on X”, 2019–2026'],
		// No single title and no known date: described in the reader's language, no dash.
		[
			'instagramLimits',
			'id',
			'sumber sekunder, batas mengikuti di Instagram, tanpa halaman bantuan resmi',
		],
		[
			'instagramLimits',
			'en',
			'secondary sources, the Instagram following limit, with no official help page',
		],
		[
			'linkedinWeekly',
			'id',
			'laporan pengguna, batas sekitar 100 undangan per minggu, tidak pernah dikonfirmasi LinkedIn, sejak 2021',
		],
		[
			'metaInauthentic',
			'id',
			'Meta Transparency Center, “Inauthentic Behavior”, versi 3 Oktober 2024',
		],
		[
			'metaInauthentic',
			'en',
			'Meta Transparency Center, “Inauthentic Behavior”, version of October 3, 2024',
		],
	] as const)('cites %s on a page in %s as “%s”', (id, locale, expected) => {
		expect(citation(sources[id], locale)).toBe(expected);
	});

	test('never ends on a dash, whatever the source', () => {
		for (const source of Object.values(sources)) {
			for (const locale of ['id', 'en'] as const) {
				expect(citation(source, locale)).not.toMatch(/[—–-]\s*$/);
			}
		}
	});
});

describe('citations()', () => {
	test('links every source to its entry on the sources page of the language', () => {
		const cited = citations('id', '/referensi/sumber/');
		expect(Object.keys(cited)).toEqual(Object.keys(sources));
		expect(cited.linkedinWeekly).toEqual({
			href: '/referensi/sumber/#linkedin-batas-mingguan',
			text: citation(sources.linkedinWeekly, 'id'),
		});
		expect(citations('en', '/en/referensi/sumber/').rivalIq2023.href).toBe(
			'/en/referensi/sumber/#rival-iq',
		);
	});
});
