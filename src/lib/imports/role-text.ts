/**
 * Turns a chosen file's role and a field's warnings into the words of a dictionary: the codes come
 * from `selection.ts`, the templates from `src/i18n/data-import.ts`. Pure.
 */
import { fill } from '../i18n/fill.ts';
import type { ExportPlatform, ListKind } from './follows.ts';
import type { FileRole } from './selection.ts';

/** The templates a role needs (a slice of the page's dictionary). */
export interface RoleStrings {
	platforms: Record<ExportPlatform, string>;
	roles: {
		reading: string;
		notNeeded: string;
		unreadable: string;
		list: string;
		part: string;
		partOf: string;
		lists: Record<ListKind | 'both', string>;
	};
}

/** What the page recognised a file as, in words: “Instagram, followers, part 1 of 3”. */
export function roleText(role: FileRole, t: RoleStrings): string {
	if (role.kind === 'reading') return t.roles.reading;
	if (role.kind === 'not-needed') return t.roles.notNeeded;
	if (role.kind === 'unreadable') return t.roles.unreadable;
	const values = {
		platform: t.platforms[role.platform],
		lists: t.roles.lists[role.lists],
		part: role.part?.n ?? '',
		parts: role.part?.of ?? '',
	};
	if (!role.part) return fill(t.roles.list, values);
	return fill(role.part.of > 1 ? t.roles.partOf : t.roles.part, values);
}

/** File names quoted and joined as the language lists them (“a”, “b” dan “c”). */
export function fileList(names: readonly string[], locale: 'id' | 'en'): string {
	return new Intl.ListFormat(locale === 'en' ? 'en-US' : 'id-ID', { type: 'conjunction' }).format(
		names.map((n) => `“${n}”`),
	);
}
