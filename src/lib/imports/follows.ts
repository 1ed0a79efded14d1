/**
 * Readers of follower and following exports: the text of one file in, typed lists or an error code
 * out. Each supported shape is a row of {@link followVariants}, with a generated fixture each
 * (`tests/fixtures/generate.ts`). Accounts are kept only as opaque keys for matching the two lists;
 * nothing here or in its callers ever shows them.
 */
import { looksLikeInstagramExport, scanInstagramHtml } from './instagram-html.ts';
import { redecodeMojibake } from './mojibake.ts';
import { sniffBinary } from './sniff.ts';
import { looksLikeTiktokTxt, readTiktokTxt, tiktokTxtKind } from './tiktok-txt.ts';

/** The platforms whose exports the page reads. */
export const exportPlatforms = ['instagram', 'x', 'tiktok'] as const;
export type ExportPlatform = (typeof exportPlatforms)[number];

/** Which list a record belongs to. */
export type ListKind = 'followers' | 'following';

/** One account in a list: a key to match it by, and when the follow began where the export says. */
export interface FollowRecord {
	key: string;
	/** Milliseconds since 1970 (UTC), or `undefined` when the export has no date. */
	at?: number | undefined;
}

/** One list read from one file. */
export interface FollowList {
	platform: ExportPlatform;
	kind: ListKind;
	variant: FollowVariantId;
	records: FollowRecord[];
}

/** Why a file could not be read as a follower or following list. */
export type FollowError =
	| 'empty'
	| 'binary'
	| 'truncated'
	| 'not-an-export'
	/** A page of Instagram's HTML export that holds no follower or following list. */
	| 'instagram-html'
	/** A file of TikTok's TXT export that is not `Follower.txt` or `Following.txt`. */
	| 'tiktok-txt'
	| 'other-archive-file';

/** A known shape of an export file. */
export interface FollowVariant {
	id: string;
	platform: ExportPlatform;
	/** Where the shape is documented, or which open-source readers rely on it. */
	evidence: string;
}

/** The shapes the page reads, in the order they are tried. */
export const followVariants = [
	{
		id: 'instagram-followers-array',
		platform: 'instagram',
		evidence:
			'followers_1.json, followers_2.json: a top-level array of { title, string_list_data: [{ href, value, timestamp }] } (exports 2022 to 2025)',
	},
	{
		id: 'instagram-followers-object',
		platform: 'instagram',
		evidence: 'older followers.json: { relationships_followers: [...] } with the same items',
	},
	{
		id: 'instagram-following-value',
		platform: 'instagram',
		evidence:
			'following.json: { relationships_following: [...] }, username in string_list_data.value',
	},
	{
		id: 'instagram-following-title',
		platform: 'instagram',
		evidence:
			'newer following.json: username in the item’s title, string_list_data has only href and timestamp (2025)',
	},
	{
		id: 'instagram-connections',
		platform: 'instagram',
		evidence:
			'connections.json of exports up to 2020: { followers: { username: date }, following: { username: date } }, dates as ISO strings (jonas-t-s/instanalysis, README.md and scripts/python/no_followback.py read connections.json)',
	},
	{
		id: 'instagram-html-followers',
		platform: 'instagram',
		evidence:
			'HTML export, followers_1.html, followers_2.html, …: per account <div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/NAME">NAME</a></div><div>Dec 23, 2025 12:16 pm</div></div></div></div>, after about 14 KB of inline CSS and a header whose <time datetime> gives the export time in UTC (brentyJ/ReCog, _docs/INSTAGRAM_PARSER_ANALYSIS.md, an export of 2026-01-09; FabiodAgostino/InstAnalytics, InstAnalytics/Services/InstagramFollowersParser.cs); dates as listed in htmlDateFormats (instagram-html.ts)',
	},
	{
		id: 'instagram-html-following',
		platform: 'instagram',
		evidence:
			'HTML export, following.html: the same blocks with the username in <h2 class="_3-95 _2pim _a6-h _a6-i">NAME</h2> and the link https://www.instagram.com/_u/NAME as its own text (FabiodAgostino/InstAnalytics, InstAnalytics/Services/InstagramFollowingParser.cs; a pt-BR parser’s tests reduced from a real export of August 2026); a following.html whose username is only in the link is read the same way',
	},
	{
		id: 'x-follower-js',
		platform: 'x',
		evidence:
			'X archive data/follower.js: window.YTD.follower.part0 = [{ follower: { accountId, userLink } }]',
	},
	{
		id: 'x-following-js',
		platform: 'x',
		evidence:
			'X archive data/following.js: window.YTD.following.part0 = [{ following: { accountId, userLink } }]',
	},
	{
		id: 'tiktok-user-data',
		platform: 'tiktok',
		evidence:
			'TikTok user_data.json: Activity["Follower List"].FansList and Activity["Following List"].Following, items { Date, UserName }',
	},
	{
		id: 'tiktok-your-activity',
		platform: 'tiktok',
		evidence:
			'TikTok user_data_tiktok.json: "Your Activity".Follower.FansList and "Your Activity".Following.Following, items { Date, UserName } (abrignoni/RLEAPP, scripts/artifacts/tikTokArchiveJson.py, which reads both file names)',
	},
	{
		id: 'tiktok-profile-and-settings',
		platform: 'tiktok',
		evidence:
			'newer user_data_tiktok.json: "Profile And Settings".Follower.FansList (a public follower-comparison script, fansApp.js, found by code search; its repository was not identified); Following.Following under the same key assumed by analogy with "Your Activity"',
	},
	{
		id: 'tiktok-txt',
		platform: 'tiktok',
		evidence:
			'TikTok TXT export, Follower.txt and Following.txt (older: Follower List.txt, Following List.txt): per account “Date: 2025-08-02 01:00:44 UTC” then “Username: NAME” (dynamixAI/tiktok-follower-analyzer, app.py, which asks for the TXT format and reads these two lines; a public Java reader counts three lines per account in “Follower List.txt”, repository not identified). Which list a file holds is known only from its name',
	},
] as const satisfies readonly FollowVariant[];

export type FollowVariantId = (typeof followVariants)[number]['id'];

/** What reading one file gave: lists (TikTok has both in one file), or why none. */
export type FollowReadResult = { lists: FollowList[] } | { error: FollowError };

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The last path segment of an Instagram or X profile link, lower-cased. */
function handleFromHref(href: string | undefined): string | undefined {
	if (!href) return undefined;
	const match = /\/(?:_u\/)?([^/?#]+)\/?(?:[?#].*)?$/.exec(href);
	return match?.[1]?.toLowerCase();
}

/** Reads Instagram's list items; `undefined` when an item does not have the expected shape. */
function instagramRecords(items: Json[]): { records: FollowRecord[]; titled: boolean } | undefined {
	const records: FollowRecord[] = [];
	let titled = false;
	for (const item of items) {
		if (!isObject(item) || !Array.isArray(item['string_list_data'])) return undefined;
		const data: Json = (item['string_list_data'] as Json[])[0];
		const entry = isObject(data) ? data : {};
		const value = str(entry['value']);
		const title = str(item['title']);
		if (!value && title) titled = true;
		const name = value ?? title;
		const key = name ? redecodeMojibake(name).toLowerCase() : handleFromHref(str(entry['href']));
		if (!key) continue;
		const ts = entry['timestamp'];
		const at = typeof ts === 'number' && Number.isFinite(ts) && ts > 0 ? ts * 1000 : undefined;
		records.push({ key, at });
	}
	return { records, titled };
}

/** TikTok writes dates as `2023-01-15 12:34:56` (UTC). */
function tiktokDate(v: Json): number | undefined {
	const text = str(v);
	if (!text) return undefined;
	const ms = Date.parse(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
	return Number.isFinite(ms) ? ms : undefined;
}

function tiktokRecords(items: Json): FollowRecord[] | undefined {
	if (items === null || items === undefined) return [];
	if (!Array.isArray(items)) return undefined;
	const records: FollowRecord[] = [];
	for (const item of items) {
		if (!isObject(item)) continue;
		const name = str(item['UserName']);
		if (name)
			records.push({ key: redecodeMojibake(name).toLowerCase(), at: tiktokDate(item['Date']) });
	}
	return records;
}

/** Where a TikTok export keeps its two lists, newest shape first; each a row of {@link followVariants}. */
const tiktokContainers = [
	['Profile And Settings', 'tiktok-profile-and-settings'],
	['Your Activity', 'tiktok-your-activity'],
	['Activity', 'tiktok-user-data'],
	['activity', 'tiktok-user-data'],
] as const satisfies readonly (readonly [string, FollowVariantId])[];

/** The follower and following lists of one TikTok container, or `undefined` when it holds neither. */
function fromTiktok(container: Json, variant: FollowVariantId): FollowList[] | undefined {
	if (!isObject(container)) return undefined;
	const fans = container['Follower List'] ?? container['Follower'];
	const follows = container['Following List'] ?? container['Following'];
	if (!isObject(fans) && !isObject(follows)) return undefined;
	const fanRecords = tiktokRecords(isObject(fans) ? fans['FansList'] : undefined);
	const followRecords = tiktokRecords(isObject(follows) ? follows['Following'] : undefined);
	if (!fanRecords || !followRecords) return undefined;
	const lists: FollowList[] = [];
	if (isObject(fans))
		lists.push({ platform: 'tiktok', kind: 'followers', variant, records: fanRecords });
	if (isObject(follows))
		lists.push({ platform: 'tiktok', kind: 'following', variant, records: followRecords });
	return lists;
}

/** Reads a `{ username: date }` map of connections.json; `undefined` when it is not one. */
function connectionRecords(map: Json): FollowRecord[] | undefined {
	if (!isObject(map)) return undefined;
	const records: FollowRecord[] = [];
	for (const [name, date] of Object.entries(map)) {
		if (typeof date !== 'string') return undefined;
		const ms = Date.parse(date);
		records.push({
			key: redecodeMojibake(name).toLowerCase(),
			at: Number.isFinite(ms) ? ms : undefined,
		});
	}
	return records;
}

/** Instagram's connections.json (exports up to 2020): both lists as `{ username: date }` maps. */
function fromConnections(data: Record<string, Json>): FollowList[] | undefined {
	if (!('followers' in data) || !('following' in data)) return undefined;
	const followers = connectionRecords(data['followers']);
	const following = connectionRecords(data['following']);
	if (!followers || !following) return undefined;
	return [
		{
			platform: 'instagram',
			kind: 'followers',
			variant: 'instagram-connections',
			records: followers,
		},
		{
			platform: 'instagram',
			kind: 'following',
			variant: 'instagram-connections',
			records: following,
		},
	];
}

function fromJson(data: Json): FollowList[] | undefined {
	if (Array.isArray(data)) {
		if (data.length === 0) return undefined;
		const read = instagramRecords(data);
		return (
			read && [
				{
					platform: 'instagram',
					kind: 'followers',
					variant: 'instagram-followers-array',
					records: read.records,
				},
			]
		);
	}
	if (!isObject(data)) return undefined;
	const followers = data['relationships_followers'];
	if (Array.isArray(followers)) {
		const read = instagramRecords(followers);
		return (
			read && [
				{
					platform: 'instagram',
					kind: 'followers',
					variant: 'instagram-followers-object',
					records: read.records,
				},
			]
		);
	}
	const following = data['relationships_following'];
	if (Array.isArray(following)) {
		const read = instagramRecords(following);
		return (
			read && [
				{
					platform: 'instagram',
					kind: 'following',
					variant: read.titled ? 'instagram-following-title' : 'instagram-following-value',
					records: read.records,
				},
			]
		);
	}
	const connections = fromConnections(data);
	if (connections) return connections;
	for (const [key, variant] of tiktokContainers) {
		const lists = fromTiktok(data[key], variant);
		if (lists) return lists;
	}
	return undefined;
}

const ytd = /^\s*window\.YTD\.([A-Za-z_]+)\.part\d+\s*=\s*/;

function fromXArchive(kindName: string, data: Json): FollowList[] | { error: FollowError } {
	if (kindName !== 'follower' && kindName !== 'following') return { error: 'other-archive-file' };
	if (!Array.isArray(data)) return { error: 'not-an-export' };
	const records: FollowRecord[] = [];
	for (const item of data) {
		const inner = isObject(item) ? item[kindName] : undefined;
		if (!isObject(inner)) return { error: 'not-an-export' };
		const key = str(inner['accountId']) ?? handleFromHref(str(inner['userLink']));
		if (key) records.push({ key });
	}
	return [
		{
			platform: 'x',
			kind: kindName === 'follower' ? 'followers' : 'following',
			variant: kindName === 'follower' ? 'x-follower-js' : 'x-following-js',
			records,
		},
	];
}

function parseJson(text: string): { value: Json } | { error: 'truncated' | 'not-an-export' } {
	try {
		return { value: JSON.parse(text) as Json };
	} catch {
		const trimmed = text.trimStart();
		return {
			error: trimmed.startsWith('{') || trimmed.startsWith('[') ? 'truncated' : 'not-an-export',
		};
	}
}

/** Which Instagram HTML list a file holds, from its name; `null` for another page, `undefined` without a name. */
function htmlKind(name: string | undefined): ListKind | null | undefined {
	if (name === undefined) return undefined;
	const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
	if (/^followers(?:_\d+)?(?: \(\d+\))?\.html?$/i.test(base)) return 'followers';
	if (/^following(?:_\d+)?(?: \(\d+\))?\.html?$/i.test(base)) return 'following';
	return null;
}

/**
 * Reads a page of Instagram's HTML export. The list is told by the file's name (`followers_1.html`,
 * `following.html`); without a name, by its shape (a username heading before each link is
 * `following.html`'s).
 */
function fromInstagramHtml(text: string, name: string | undefined): FollowReadResult {
	const kind = htmlKind(name);
	const scan = kind === null ? undefined : scanInstagramHtml(text);
	if (!scan || scan.records.length === 0)
		return { error: looksLikeInstagramExport(text) ? 'instagram-html' : 'not-an-export' };
	const listKind = kind ?? (scan.headings ? 'following' : 'followers');
	return {
		lists: [
			{
				platform: 'instagram',
				kind: listKind,
				variant: listKind === 'followers' ? 'instagram-html-followers' : 'instagram-html-following',
				records: scan.records,
			},
		],
	};
}

/** Reads a file of TikTok's TXT export; which list it is comes from its name. */
function fromTiktokTxt(text: string, name: string | undefined): FollowReadResult {
	const kind = tiktokTxtKind(name);
	const records = kind ? readTiktokTxt(text) : [];
	if (!kind || records.length === 0) return { error: 'tiktok-txt' };
	return { lists: [{ platform: 'tiktok', kind, variant: 'tiktok-txt', records }] };
}

/**
 * Reads one file's bytes as a follower or following list of a known export. `name` (the file's
 * name or archive path) tells which list an HTML page or a TXT file holds.
 */
export function readFollowFile(bytes: Uint8Array, name?: string): FollowReadResult {
	if (bytes.length === 0) return { error: 'empty' };
	if (sniffBinary(bytes)) return { error: 'binary' };
	const text = new TextDecoder('utf-8').decode(bytes);
	// Only the first characters decide the kind of file; a list of 100,000 accounts is not copied.
	const start = text.search(/[^\s\uFEFF]/);
	if (start < 0) return { error: 'empty' };
	const head = text.slice(start, start + 4096);
	// An HTML page is told by its first tag; whether it is Instagram's is decided from the whole
	// page, since a real export's first 14 KB are inline CSS.
	if (/^<(!doctype|html|head|body|meta|div|main)/i.test(head)) return fromInstagramHtml(text, name);
	if (looksLikeTiktokTxt(head)) return fromTiktokTxt(text, name);
	const x = ytd.exec(head);
	if (x) {
		const parsed = parseJson(text.slice(start + x[0].length).replace(/;\s*$/, ''));
		if ('error' in parsed) return parsed;
		const lists = fromXArchive(x[1] ?? '', parsed.value);
		return Array.isArray(lists) ? { lists } : lists;
	}
	const parsed = parseJson(start === 0 ? text : text.slice(start));
	if ('error' in parsed) return parsed;
	const lists = fromJson(parsed.value);
	return lists ? { lists } : { error: 'not-an-export' };
}

/**
 * Whether an archive entry may hold a follower or following list (the others are never inflated).
 * Paths written with a backslash (a ZIP re-packed on Windows) count as `/`. Threads keeps its own lists in
 * `your_instagram_activity/threads/`, and macOS adds `__MACOSX/._*` copies: neither is this
 * account's Instagram list.
 */
export function isFollowEntry(rawPath: string): boolean {
	const path = rawPath.replace(/\\/g, '/');
	if (
		/(^|\/)threads\//i.test(path) ||
		/(^|\/)__MACOSX\//.test(path) ||
		/(^|\/)\._[^/]*$/.test(path)
	)
		return false;
	return (
		/(^|\/)connections\.json$/i.test(path) ||
		/(^|\/)followers(_\d+)?\.(json|html)$/i.test(path) ||
		/(^|\/)following(_\d+)?\.(json|html)$/i.test(path) ||
		/(^|\/)data\/(follower|following)(-part\d+)?\.js$/i.test(path) ||
		/(^|\/)(follower|following)( list)?(_\d+)?\.txt$/i.test(path) ||
		/(^|\/)user_data(_tiktok)?\.json$/i.test(path)
	);
}
