/**
 * Resilience under abuse: 10,000 random and adversarial strings per input, in both locales, and
 * random query strings, through the same path the islands use (read the fields or the link, run the
 * calculator, format the results). Nothing may throw, no result may be NaN or Infinity, and no text
 * that reaches the page may carry markup.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { engagementPlatforms } from '../../src/data/benchmarks.ts';
import { platforms } from '../../src/data/platform-limits.ts';
import { calculateEngagement, engagementFields } from '../../src/lib/calculators/engagement.ts';
import { readFields, valuesOf, type FieldDef } from '../../src/lib/calculators/fields.ts';
import { calculateReach, reachFields } from '../../src/lib/calculators/reach.ts';
import { calculateReciprocity, reciprocityFields } from '../../src/lib/calculators/reciprocity.ts';
import { formatNumber, type Locale } from '../../src/lib/number/index.ts';
import { readQuery } from '../../src/lib/url-state/query.ts';

/** Strings people and attackers type: numbers in both formats, junk, markup, huge and tiny values. */
const adversarial = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.stringMatching(/^[-+−]?[0-9., \u00a0\u202f\u2009]{0,30}%?$/),
	fc.stringMatching(/^[0-9]{1,400}$/),
	fc.stringMatching(/^0[.,]0{0,400}[1-9]$/),
	fc.double().map(String),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'1e308',
		'-1e308',
		'Infinity',
		'NaN',
		'0x10',
		'1.2.3',
		'1,,2',
		'١٢٣',
		'١٬٢٣٤',
		'\u0000',
		'9'.repeat(400),
		'0,' + '0'.repeat(320) + '1',
	),
);

const runs = { numRuns: 10_000 };

/** Every number a result holds is finite; every formatted result is plain text. */
function expectClean(result: Record<string, unknown>, locale: Locale) {
	for (const value of Object.values(result)) {
		if (value !== null && typeof value === 'object' && 'value' in value) {
			const n = (value as { value: number }).value;
			expect(Number.isFinite(n)).toBe(true);
			expect(formatNumber(n, locale, { maximumFractionDigits: 2 })).not.toMatch(/[<>"&]|NaN|∞/);
		}
	}
}

const calculators: {
	name: string;
	fields: Record<string, FieldDef>;
	run: (v: Record<string, number | undefined>) => Record<string, unknown>;
}[] = [
	{
		name: 'reciprocity',
		fields: reciprocityFields,
		run: (v) => ({ ...calculateReciprocity({ platform: 'x', ...v }) }),
	},
	{
		name: 'engagement',
		fields: engagementFields,
		run: (v) => ({ ...calculateEngagement({ platform: 'instagram', ...v }) }),
	},
	{ name: 'reach', fields: reachFields, run: (v) => ({ ...calculateReach(v) }) },
];

describe.each(calculators)('the $name calculator under abuse', ({ fields, run }) => {
	test.each(['id', 'en'] as const)(
		'10,000 typed strings per input (%s) never throw, NaN, Infinity or markup',
		(locale) => {
			for (const name of Object.keys(fields)) {
				fc.assert(
					fc.property(adversarial, (text) => {
						const texts = Object.fromEntries(
							Object.keys(fields).map((f) => [f, f === name ? text : '1']),
						);
						const readings = readFields(texts, fields, locale);
						expectClean(run(valuesOf(readings)), locale);
					}),
					runs,
				);
			}
		},
		300_000,
	);

	test('10,000 random query strings never throw, and only canonical values get through', () => {
		const names = Object.keys(fields);
		const query = fc
			.array(
				fc.tuple(
					fc.oneof(fc.constantFrom(...names, 'platform'), fc.string({ maxLength: 8 })),
					adversarial,
				),
				{
					maxLength: 8,
				},
			)
			.map((pairs) => new URLSearchParams(pairs).toString());
		fc.assert(
			fc.property(query, (search) => {
				const numbers = Object.fromEntries(names.map((n) => [n, fields[n]?.kind ?? 'decimal']));
				const state = readQuery(search, {
					numbers,
					choices: { platform: [...platforms, ...engagementPlatforms] },
				});
				for (const value of Object.values(state.numbers)) {
					expect(Number.isFinite(value) && value >= 0 && value <= 1e12).toBe(true);
				}
				for (const name of state.rejected)
					expect(names.includes(name) || name === 'platform').toBe(true);
				expectClean(run(state.numbers), 'id');
			}),
			runs,
		);
	}, 300_000);
});
