import { describe, expect, test } from 'vitest';
import { en } from '../../../../src/i18n/en.ts';
import { id } from '../../../../src/i18n/id.ts';
import { lookup } from '../../../../src/lib/i18n/lookup.ts';

describe('lookup()', () => {
	test('returns the string at a dotted path, in each language', () => {
		expect(lookup(id, 'reciprocity.fields.followed.label')).toBe(
			id.reciprocity.fields.followed.label,
		);
		expect(lookup(en, 'engagement.results.interactions')).toBe(en.engagement.results.interactions);
	});

	test('throws on a path that does not exist, naming it', () => {
		expect(() => lookup(id, 'reciprocity.fields.nope.label')).toThrow(
			/reciprocity\.fields\.nope\.label/,
		);
		expect(() => lookup(id, 'toString')).toThrow(/No dictionary string/);
	});

	test('throws on a path that ends at a group, not a string', () => {
		expect(() => lookup(id, 'reciprocity.fields')).toThrow(/not a string/);
	});
});
