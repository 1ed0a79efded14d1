/**
 * The files a reader has chosen for each export field, and what the page recognised each as: a
 * list that adds up across picks and drops, each file's role, and what stops the files of one field
 * from being merged (two files with the same role, a missing numbered part). Pure; roles and
 * warnings are codes with parameters, which the dictionary turns into words.
 */
import type { ExportPlatform, ListKind } from './follows.ts';
import type { ImportError } from './read-files.ts';

/** Which export a set of files is: the current one or an older one of the same account. */
export type Slot = 'current' | 'older';
export const slots = ['current', 'older'] as const satisfies readonly Slot[];

/** One chosen file, with an id that stays unique across both fields. */
export interface Chosen<T> {
	id: number;
	name: string;
	file: T;
}

/** The files chosen so far in both fields. */
export interface Choice<T> {
	current: Chosen<T>[];
	older: Chosen<T>[];
	nextId: number;
}

/** No file chosen yet. */
export const emptyChoice = <T>(): Choice<T> => ({ current: [], older: [], nextId: 1 });

/** Adds files to a field, after those already there: a second pick never replaces the first. */
export function addFiles<T extends { name: string }>(
	choice: Choice<T>,
	slot: Slot,
	files: readonly T[],
): Choice<T> {
	const added = files.map((file, i) => ({ id: choice.nextId + i, name: file.name, file }));
	return { ...choice, [slot]: [...choice[slot], ...added], nextId: choice.nextId + files.length };
}

/** Removes one file by id, from whichever field holds it. */
export function removeFile<T>(choice: Choice<T>, id: number): Choice<T> {
	return {
		...choice,
		current: choice.current.filter((f) => f.id !== id),
		older: choice.older.filter((f) => f.id !== id),
	};
}

/** Removes every file of a field. */
export function clearSlot<T>(choice: Choice<T>, slot: Slot): Choice<T> {
	return { ...choice, [slot]: [] };
}

/** Keeps the given files among a group and removes the group's others. */
export function keepOnly<T>(
	choice: Choice<T>,
	keep: readonly number[],
	among: readonly number[],
): Choice<T> {
	const drop = new Set(among.filter((id) => !keep.includes(id)));
	return {
		...choice,
		current: choice.current.filter((f) => !drop.has(f.id)),
		older: choice.older.filter((f) => !drop.has(f.id)),
	};
}

/** Moves files into the other field, keeping their ids and order. */
export function moveFiles<T>(choice: Choice<T>, ids: readonly number[], to: Slot): Choice<T> {
	const from: Slot = to === 'current' ? 'older' : 'current';
	const moving = choice[from].filter((f) => ids.includes(f.id));
	if (moving.length === 0) return choice;
	return {
		...choice,
		[from]: choice[from].filter((f) => !ids.includes(f.id)),
		[to]: [...choice[to], ...moving],
	};
}

/** Errors that only mean “this file holds no list the page needs”. */
const notNeededErrors: ReadonlySet<ImportError> = new Set<ImportError>([
	'not-an-export',
	'other-archive-file',
	'zip-no-export',
	'no-list-found',
	'instagram-html', // an HTML page of the export other than the two lists
	'tiktok-txt', // a TXT file of the export other than the two lists
]);

/**
 * What reading one chosen file gave, summed up by the worker from what the readers return:
 * never a record or a name from inside a list.
 */
export type FileRead =
	| {
			kind: 'lists';
			platform: ExportPlatform;
			/** The kinds of list found, each once. */
			lists: ListKind[];
			/** The newest date in the file's lists (ms), `undefined` without dates. */
			newest: number | undefined;
			/** Whether the file is an archive (its list files are `entries`). */
			archive: boolean;
			/** The file's own name, or the list entries inside an archive, with `/` paths. */
			entries: string[];
	  }
	| { kind: 'error'; error: ImportError; file: string };

/** Sums up a reader's answer for one file. */
export function summariseRead(
	name: string,
	entries: readonly string[] | undefined,
	read:
		| {
				lists: readonly {
					platform: ExportPlatform;
					kind: ListKind;
					records: { at?: number | undefined }[];
				}[];
		  }
		| { error: ImportError; file: string },
): FileRead {
	if ('error' in read) return { kind: 'error', error: read.error, file: read.file };
	const first = read.lists[0];
	if (!first) return { kind: 'error', error: 'no-list-found', file: name };
	let newest: number | undefined;
	for (const list of read.lists)
		for (const r of list.records)
			if (r.at !== undefined && (newest === undefined || r.at > newest)) newest = r.at;
	const kinds: ListKind[] = (['followers', 'following'] as const).filter((k) =>
		read.lists.some((l) => l.kind === k),
	);
	return {
		kind: 'lists',
		platform: first.platform,
		lists: kinds,
		newest,
		archive: entries !== undefined,
		entries: entries ? entries.map((e) => e.replace(/\\/g, '/')) : [name],
	};
}

/** What the page recognised a chosen file as. */
export type FileRole =
	| { kind: 'reading' }
	| {
			kind: 'list';
			platform: ExportPlatform;
			lists: ListKind | 'both';
			/** The number of a numbered part (`followers_2.json`), with the highest part chosen. */
			part?: { n: number; of: number };
			newest: number | undefined;
	  }
	| { kind: 'not-needed' }
	| { kind: 'unreadable'; error: ImportError };

/** Why the files of one field are not merged, or what is still missing. */
export type SlotIssue =
	| {
			code: 'duplicate';
			/**
			 * The exports these files make: each set holds no list twice, and every set shares a list
			 * with another. In the order chosen.
			 */
			sets: { ids: number[]; newest: number | undefined }[];
			/** The index of the set whose newest date is the oldest, when every set's date tells. */
			older: number | undefined;
	  }
	| { code: 'gap'; missing: string[] };

/** A message about the field as a whole, with the file it names. */
export interface SlotProblem {
	error: ImportError;
	file: string;
}

/** Everything the page shows about one field's files, and which of them to merge. */
export interface SlotCheck {
	roles: { id: number; name: string; role: FileRole }[];
	issues: SlotIssue[];
	/** One per unreadable file, and, when no file holds a list, why. */
	problems: SlotProblem[];
	/** The files whose lists make the export; empty while a file is being read or an issue stands. */
	use: number[];
}

const instagramPart = /(?:^|\/)followers_(\d+)\.(json|html)$/i;
const xPart = /(?:^|\/)follower(?:-part(\d+))?\.js$/i;

/** The numbered part a loose list file is, from its name. */
function partOf(name: string): number | undefined {
	const ig = instagramPart.exec(name);
	if (ig) return Number(ig[1]);
	const x = xPart.exec(name);
	if (x) return x[1] === undefined ? 0 : Number(x[1]);
	return undefined;
}

/** The lists a file fills: `followers:N` for a numbered part, `kind:*` for a whole list. */
function filled(read: Extract<FileRead, { kind: 'lists' }>): string[] {
	const part = read.archive ? undefined : partOf(read.entries[0] ?? '');
	return read.lists.map((kind) =>
		kind === 'followers' && part !== undefined ? `followers:${String(part)}` : `${kind}:*`,
	);
}

const overlaps = (a: readonly string[], b: readonly string[]) =>
	a.some((x) =>
		b.some((y) => {
			const [kx, px] = x.split(':');
			const [ky, py] = y.split(':');
			return kx === ky && (px === py || px === '*' || py === '*');
		}),
	);

/**
 * Checks the files of one field, in the order chosen. Files that fill the same list (two
 * `following.json`, two exports, an archive and a loose part of it) are grouped as duplicates,
 * split into the exports they make, and nothing is merged; nor is a field whose numbered follower
 * parts skip a number.
 */
export function checkSlot(
	files: readonly { id: number; name: string; read: FileRead | undefined }[],
): SlotCheck {
	const lists = files.flatMap((f) =>
		f.read?.kind === 'lists'
			? [{ id: f.id, name: f.name, read: f.read, fills: filled(f.read) }]
			: [],
	);

	// Instagram's numbered follower parts, from loose names and archive entries.
	const parts = new Map<number, string>();
	for (const f of lists)
		if (f.read.platform === 'instagram')
			for (const entry of f.read.entries) {
				const m = instagramPart.exec(entry);
				if (m) parts.set(Number(m[1]), (m[2] ?? 'json').toLowerCase());
			}
	const highest = Math.max(0, ...parts.keys());
	const missing: string[] = [];
	for (let n = 1; n < highest; n++)
		if (!parts.has(n)) missing.push(`followers_${String(n)}.${parts.get(highest) ?? 'json'}`);

	const issues: SlotIssue[] = [];
	const grouped = new Set<number>();
	for (const f of lists) {
		if (grouped.has(f.id)) continue;
		// Every file linked to this one through files that hold the same list, in the order chosen.
		const group = [f];
		for (let grew = true; grew;) {
			grew = false;
			for (const g of lists)
				if (!group.includes(g) && group.some((h) => overlaps(h.fills, g.fills))) {
					group.push(g);
					grew = true;
				}
		}
		if (group.length < 2) continue;
		group.sort((a, b) => lists.indexOf(a) - lists.indexOf(b));
		for (const g of group) grouped.add(g.id);
		// Each export in turn takes the files that hold none of its lists yet.
		const sets: (typeof group)[] = [];
		for (const g of group) {
			const home = sets.find((set) => set.every((h) => !overlaps(h.fills, g.fills)));
			if (home) home.push(g);
			else sets.push([g]);
		}
		const dates = sets.map((set) => {
			const known = set.map((g) => g.read.newest).filter((d): d is number => d !== undefined);
			return known.length > 0 ? Math.max(...known) : undefined;
		});
		const known = dates.filter((d): d is number => d !== undefined);
		const oldest = known.length === sets.length ? Math.min(...known) : undefined;
		const older =
			oldest !== undefined && known.filter((d) => d === oldest).length === 1
				? dates.indexOf(oldest)
				: undefined;
		issues.push({
			code: 'duplicate',
			sets: sets.map((set) => ({
				ids: set.map((g) => g.id),
				newest: dates[sets.indexOf(set)],
			})),
			older,
		});
	}
	if (missing.length > 0) issues.push({ code: 'gap', missing });

	const roles = files.map(({ id, name, read }): SlotCheck['roles'][number] => {
		if (!read) return { id, name, role: { kind: 'reading' } };
		if (read.kind === 'error')
			return {
				id,
				name,
				role: notNeededErrors.has(read.error)
					? { kind: 'not-needed' }
					: { kind: 'unreadable', error: read.error },
			};
		const part = read.archive ? undefined : partOf(read.entries[0] ?? '');
		const both = read.lists.length > 1;
		return {
			id,
			name,
			role: {
				kind: 'list',
				platform: read.platform,
				lists: both ? 'both' : (read.lists[0] ?? 'followers'),
				...(part && read.platform === 'instagram' && !both
					? { part: { n: part, of: Math.max(highest, part) } }
					: {}),
				newest: read.newest,
			},
		};
	});

	const problems: SlotProblem[] = [];
	for (const f of files)
		if (f.read?.kind === 'error' && !notNeededErrors.has(f.read.error))
			problems.push({ error: f.read.error, file: f.read.file });
	const done = files.every((f) => f.read);
	if (done && lists.length === 0 && problems.length === 0 && files.length > 0) {
		const only = files.length === 1 ? files[0]?.read : undefined;
		problems.push(
			only?.kind === 'error'
				? { error: only.error, file: only.file }
				: {
						error: 'no-list-found',
						file: files.map((f) => (f.read?.kind === 'error' ? f.read.file : f.name)).join(', '),
					},
		);
	}
	return { roles, issues, problems, use: issues.length > 0 || !done ? [] : lists.map((f) => f.id) };
}
