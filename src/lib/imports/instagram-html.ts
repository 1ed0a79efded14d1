/**
 * Instagram's HTML export (`followers_1.html`, `followers_2.html`, …, `following.html`): a small
 * tolerant scanner, with no DOM (a dedicated worker has no `DOMParser`), that finds each account's
 * profile link and the date beside it. Only the `<main>` part of a page is scanned when it has one,
 * so the inline stylesheet (about 14 KB in a real export) and the header never count.
 *
 * The shapes, dates and the time-zone header are documented, with their sources, in
 * {@link htmlDateFormats} and in the `instagram-html-*` rows of `followVariants` (`follows.ts`).
 */
import { redecodeMojibake } from './mojibake.ts';

/** One account found in a page: a key to match it by and, when readable, the date in UTC ms. */
export interface HtmlRecord {
	key: string;
	at: number | undefined;
}

/** What a page gave: the accounts, whether a username heading was seen, and the time-zone offset used. */
export interface HtmlScan {
	records: HtmlRecord[];
	/** `following.html` since 2025 writes each username in an `<h2>`, and links to `/_u/<name>`. */
	headings: boolean;
	/** Minutes east of UTC read from the page header, or `undefined` when the header has no time. */
	offsetMinutes: number | undefined;
	/** Dates found beside accounts that could not be read (an unknown language or layout). */
	unreadDates: number;
}

/** A date layout seen in public material, with where it was seen. */
export interface HtmlDateFormat {
	id: string;
	example: string;
	evidence: string;
}

/** The date layouts the scanner reads; each is a row of the unit table in `instagram-html.test.ts`. */
export const htmlDateFormats = [
	{
		id: 'en',
		example: 'Dec 23, 2025 12:16 pm',
		evidence:
			'English export: brentyJ/ReCog, _docs/INSTAGRAM_PARSER_ANALYSIS.md (followers_1.html of an export made 2026-01-09, “Dec 23, 2025 12:16 pm”); FabiodAgostino/InstAnalytics, InstAnalytics/Services/InstagramFollowersParser.cs and InstagramFollowingParser.cs (“MMM d, yyyy h:mm tt”, “Nov 27, 2025 1:12 am”)',
	},
	{
		id: 'en-comma',
		example: 'Jan 15, 2023, 10:30 AM',
		evidence:
			'a comma after the year and a capitalised AM/PM, as Meta’s older HTML templates wrote dates (parsers of the Facebook message export read “%b %d, %Y, %I:%M %p”); read for tolerance, not seen in an Instagram follower list',
	},
	{
		id: 'pt',
		example: 'ago 10, 2026 4:38 da manhã',
		evidence:
			'Portuguese (Brazil) export: a public parser’s tests “reduced from a real export (August 2026, pt-BR account)” reading “ago 10, 2026 4:38 da manhã” and “… 8:17 da tarde/noite” for PM, and Spanish “dic 01, 2025” (htmlExport.test.ts, found by code search for “da tarde/noite”; repository not identified)',
	},
	{
		id: 'fr',
		example: 'fév 22, 2026 8:58 am',
		evidence:
			'French export: a public cheerio parser of the HTML export (parseFrenchDate: “fév 22, 2026 8:58 am”, “janv. 5, 2025 3:00 pm”; found by code search for “_a6-p”; repository not identified)',
	},
	{
		id: 'de',
		example: '03. Sept. 2026, 9:33 pm',
		evidence:
			'German export: a public Rust parser’s test rows of followers_1.html and following.html (“03. Sept. 2026, 9:33 pm”; found by code search for “uiBoxWhite noborder”; repository not identified)',
	},
	{
		id: 'id',
		example: 'Mei 10, 2026 4:38 pm',
		evidence:
			'Indonesian month abbreviations (Mei, Agu, Okt, Des) from the Unicode CLDR data for Indonesian: assumed, since no Indonesian HTML export was found in public material',
	},
] as const satisfies readonly HtmlDateFormat[];

/** Month abbreviations, lower case, without a final dot. */
const months: Readonly<Record<string, number>> = {
	// English
	jan: 0,
	feb: 1,
	mar: 2,
	apr: 3,
	may: 4,
	jun: 5,
	jul: 6,
	aug: 7,
	sep: 8,
	sept: 8,
	oct: 9,
	nov: 10,
	dec: 11,
	// Portuguese
	fev: 1,
	abr: 3,
	mai: 4,
	ago: 7,
	set: 8,
	out: 9,
	dez: 11,
	// Spanish
	ene: 0,
	dic: 11,
	// French
	janv: 0,
	fév: 1,
	févr: 1,
	mars: 2,
	avr: 3,
	juin: 5,
	juil: 6,
	août: 7,
	déc: 11,
	// German
	mär: 2,
	märz: 2,
	okt: 9,
	// Indonesian (CLDR)
	mei: 4,
	agu: 7,
	agt: 7,
	des: 11,
};

/** The words after the time that mean afternoon, or morning, in the languages above. */
const pmMarker = /^(?:pm|p\.\s?m\.|da tarde|da noite|de la tarde|de la noche|nachm)/;
const amMarker = /^(?:am|a\.\s?m\.|da manhã|de la mañana|vorm)/;

/** The English layout, by far the most common, read without the general patterns below. */
const englishDate = /^\s*([A-Za-z]{3})\s(\d{1,2}),\s(\d{4}),?\s(\d{1,2}):(\d{2})\s([AaPp][Mm])\s*$/;

const monthFirst =
	/^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:\p{L}+\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(.*)$/u;
const dayFirst =
	/^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4}),?\s+(?:\p{L}+\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(.*)$/u;

/** Hours on a 24-hour clock from a 12-hour time and the words after it; unmarked times are taken as written. */
function hour24(hour: number, rest: string): number | undefined {
	if (pmMarker.test(rest)) return hour > 12 ? undefined : hour === 12 ? 12 : hour + 12;
	if (amMarker.test(rest)) return hour > 12 ? undefined : hour === 12 ? 0 : hour;
	return hour;
}

/**
 * Reads a date as the HTML export writes it, as wall-clock time (returned as if it were UTC, in
 * ms); `undefined` for text that is not such a date.
 */
export function parseHtmlDate(raw: string): number | undefined {
	const fast = englishDate.exec(raw);
	if (fast) {
		const month = months[(fast[1] ?? '').toLowerCase()];
		const d = Number(fast[2]);
		const h = Number(fast[4]);
		const min = Number(fast[5]);
		if (month !== undefined && d >= 1 && d <= 31 && h >= 1 && h <= 12 && min <= 59) {
			const pm = (fast[6] ?? '').toLowerCase() === 'pm';
			const ms = Date.UTC(Number(fast[3]), month, d, (h % 12) + (pm ? 12 : 0), min);
			if (new Date(ms).getUTCDate() === d) return ms;
		}
	}
	const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
	let m = monthFirst.exec(text);
	let day: string | undefined;
	let month: string | undefined;
	if (m) {
		month = m[1];
		day = m[2];
	} else {
		m = dayFirst.exec(text);
		if (!m) return undefined;
		day = m[1];
		month = m[2];
	}
	const monthIndex = months[month ?? ''];
	if (monthIndex === undefined) return undefined;
	const y = Number(m[3]);
	const d = Number(day);
	const h = hour24(Number(m[4]), m[7] ?? '');
	const min = Number(m[5]);
	const s = Number(m[6] ?? 0);
	if (h === undefined || h > 23 || min > 59 || s > 59 || d < 1 || d > 31) return undefined;
	const ms = Date.UTC(y, monthIndex, d, h, min, s);
	// Rejects 31 February and the like, which Date.UTC would roll into March.
	return new Date(ms).getUTCDate() === d ? ms : undefined;
}

/**
 * The page header's offset from UTC, in minutes east: the header gives the moment the export was
 * made twice, as `<time datetime="…Z">` (UTC) and as text in the account's local time (labelled “UTC”
 * although it is not). The difference of the two times of day, to the nearest quarter hour, in
 * (−12 h, +12 h]. `undefined` when the header has no such pair.
 */
export function headerOffset(head: string): number | undefined {
	const time = /<time\b[^>]*\bdatetime="([^"]+)"[^>]*>([^<]*)<\/time>/i.exec(head);
	if (!time) return undefined;
	const utc = Date.parse(time[1] ?? '');
	if (!Number.isFinite(utc)) return undefined;
	const clocks = [...(time[2] ?? '').toLowerCase().matchAll(/(\d{1,2})[:.](\d{2})\s*([^\d]*)/g)];
	const clock = clocks.at(-1);
	if (!clock) return undefined;
	const h = hour24(Number(clock[1]), (clock[3] ?? '').trim());
	if (h === undefined || h > 23) return undefined;
	const local = h * 60 + Number(clock[2]);
	const date = new Date(utc);
	let diff = local - (date.getUTCHours() * 60 + date.getUTCMinutes());
	while (diff <= -720) diff += 1440;
	while (diff > 720) diff -= 1440;
	return Math.round(diff / 15) * 15;
}

const entities: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

/** Decodes the character references an HTML export uses (`&#064;`, `&amp;`, …). */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref.startsWith('#')) {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return Number.isInteger(code) && code > 0 && code <= 0x10ffff
				? String.fromCodePoint(code)
				: whole;
		}
		return entities[ref.toLowerCase()] ?? whole;
	});
}

/** Paths of instagram.com that are not profiles. */
const notProfiles = new Set([
	'p',
	'reel',
	'reels',
	'stories',
	'explore',
	'accounts',
	'about',
	'legal',
	'direct',
	'developer',
	'tv',
	'web',
]);

/** The username of an Instagram profile link (`/name`, `/_u/name`), lower case; else `undefined`. */
export function profileHandle(href: string): string | undefined {
	const m =
		/^(?:https?:)?\/\/(?:www\.|m\.)?instagram\.com\/(?:_u\/)?([^/?#"\s]+)\/?(?:[?#].*)?$/i.exec(
			href.trim(),
		);
	const raw = m?.[1];
	if (!raw) return undefined;
	// Usernames are letters, digits, `.` and `_`: the common case needs no decoding.
	if (/^[\w.]+$/.test(raw)) {
		const plain = raw.toLowerCase();
		return notProfiles.has(plain) ? undefined : plain;
	}
	let name = raw;
	try {
		name = decodeURIComponent(raw);
	} catch {
		// A stray % stays as written.
	}
	name = redecodeMojibake(name).toLowerCase();
	return notProfiles.has(name) ? undefined : name;
}

/** Whether the page looks like a page of Meta's HTML export, for telling “not a list” from “not an export”. */
export function looksLikeInstagramExport(text: string): boolean {
	return /instagram/i.test(text) || /\b_a70[56]\b|uiBoxWhite/.test(text);
}

/** Tags are scanned to the next `<` at most, so even a page of unclosed tags is read in linear time. */
const token = /<h2\b[^<>]*>([^<]*)<\/h2>|<a\b([^<>]*)>([^<]*)<\/a>|<div\b[^<>]*>([^<]*)<\/div>/g;
const hrefAttr = /\bhref\s*=\s*"([^"]*)"|\bhref\s*=\s*'([^']*)'/i;

/**
 * Scans one HTML page for accounts: each profile link (with the `<h2>` username before it, where
 * the page has one) and the first date after it, converted to UTC with the header's offset.
 */
export function scanInstagramHtml(text: string): HtmlScan {
	const mainStart = text.search(/<main\b/i);
	const mainEnd = mainStart < 0 ? -1 : text.lastIndexOf('</main>');
	const head = mainStart < 0 ? text.slice(0, 64 * 1024) : text.slice(0, mainStart);
	const body =
		mainStart < 0 ? text : text.slice(mainStart, mainEnd > mainStart ? mainEnd : text.length);
	const offsetMinutes = headerOffset(head);
	const shift = (offsetMinutes ?? 0) * 60_000;
	const records: HtmlRecord[] = [];
	let headings = false;
	let unreadDates = 0;
	let heading: string | undefined;
	let current: { key: string; at: number | undefined; dated: boolean } | undefined;
	const flush = () => {
		if (current) records.push({ key: current.key, at: current.at });
		current = undefined;
	};
	token.lastIndex = 0;
	for (let m = token.exec(body); m; m = token.exec(body)) {
		if (m[1] !== undefined) {
			flush();
			heading = decodeEntities(m[1]).trim();
			continue;
		}
		if (m[2] !== undefined) {
			const href = hrefAttr.exec(m[2]);
			const handle = profileHandle(decodeEntities(href?.[1] ?? href?.[2] ?? ''));
			if (!handle) continue;
			flush();
			if (heading !== undefined) headings = true;
			heading = undefined;
			current = { key: handle, at: undefined, dated: false };
			continue;
		}
		const inner = m[4];
		if (!current || current.dated || inner === undefined) continue;
		const trimmed = inner.trim();
		if (!/\d{4}/.test(trimmed)) continue;
		current.dated = true;
		const wall = parseHtmlDate(decodeEntities(trimmed));
		if (wall === undefined) unreadDates++;
		else current.at = wall - shift;
	}
	flush();
	return { records, headings, offsetMinutes, unreadDates };
}
