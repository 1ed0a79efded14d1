/**
 * TikTok's TXT export: `Follower.txt` and `Following.txt` (older exports: `Follower List.txt`,
 * `Following List.txt`), one block per account, `Date: 2025-08-02 01:00:44 UTC` then
 * `Username: name`. The layout is the row `tiktok-txt` of `followVariants` (`follows.ts`), with its
 * sources. Which list a file holds is known only from its name.
 */
import { redecodeMojibake } from './mojibake.ts';
import type { ListKind } from './follows.ts';

/** One account of a TXT list. */
export interface TxtRecord {
	key: string;
	at: number | undefined;
}

const entry =
	/Date:\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\s*UTC)?\s*Username:\s*(\S+?)(?=\s|Date:|$)/g;

/** Whether `text` starts like a file of TikTok's TXT export (`Date: YYYY-MM-DD …`). */
export function looksLikeTiktokTxt(text: string): boolean {
	return /^\s*Date:\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(text.slice(0, 256));
}

/** Which list a TXT file holds, from its name; `undefined` for any other file of the export. */
export function tiktokTxtKind(name: string | undefined): ListKind | undefined {
	const base = (name ?? '').replace(/\\/g, '/').split('/').pop() ?? '';
	if (/^follower(?: list)?(?:_\d+)?(?: \(\d+\))?\.txt$/i.test(base)) return 'followers';
	if (/^following(?: list)?(?:_\d+)?(?: \(\d+\))?\.txt$/i.test(base)) return 'following';
	return undefined;
}

/** The accounts of a TXT list, dates in UTC ms. */
export function readTiktokTxt(text: string): TxtRecord[] {
	const records: TxtRecord[] = [];
	entry.lastIndex = 0;
	for (let m = entry.exec(text); m; m = entry.exec(text)) {
		const ms = Date.parse(`${m[1] ?? ''}T${m[2] ?? ''}Z`);
		const name = (m[3] ?? '').replace(/^@/, '');
		if (name !== '')
			records.push({
				key: redecodeMojibake(name).toLowerCase(),
				at: Number.isFinite(ms) ? ms : undefined,
			});
	}
	return records;
}
