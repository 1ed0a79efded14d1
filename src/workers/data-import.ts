/**
 * The “Your data” page's worker: reads the chosen files off the main thread, so the page stays
 * responsive, and answers with each file's role, counts, rates and error codes. The lists
 * themselves stay here, in memory, until the tab closes; nothing is stored or sent anywhere.
 */
import { readChosenFile, type ChosenRead } from '../lib/imports/chosen-file.ts';
import {
	compareSnapshots,
	followStats,
	toSnapshot,
	type FollowSnapshot,
} from '../lib/imports/follow-stats.ts';
import type { PostTable } from '../lib/imports/posts.ts';
import { postStats } from '../lib/imports/posts.ts';
import { readPostFile } from '../lib/imports/read-files.ts';
import { checkSlot, slots, type Slot } from '../lib/imports/selection.ts';
import { blobSource } from '../lib/imports/zip.ts';
import type {
	FollowReport,
	SlotReport,
	WorkerRequest,
	WorkerResponse,
} from './data-import-messages.ts';

/** Each chosen file's reading, by id, for as long as a field holds it. */
const reads = new Map<number, ChosenRead>();
const chosen: Record<Slot, { id: number; name: string }[]> = { current: [], older: [] };
let table: PostTable | undefined;

const post = (message: WorkerResponse) => {
	self.postMessage(message);
};

/** One field's check and, when nothing stands in the way, its export. */
function field(slot: Slot): {
	report: SlotReport;
	snapshot: FollowSnapshot | undefined;
	variants: string[];
} {
	const files = chosen[slot].map((f) => ({ ...f, read: reads.get(f.id)?.read }));
	const { use, ...check } = checkSlot(files);
	const lists = use.flatMap((id) => reads.get(id)?.lists ?? []);
	const snapshot = lists.length > 0 ? toSnapshot(lists) : undefined;
	const failed = snapshot && 'error' in snapshot ? snapshot.error : undefined;
	return {
		report: { ...check, snapshotError: failed },
		snapshot: snapshot && !('error' in snapshot) ? snapshot : undefined,
		variants: [...new Set(lists.map((l) => l.variant))],
	};
}

function report(): FollowReport {
	const current = field('current');
	const older = field('older');
	const now = current.snapshot;
	const then = older.snapshot;
	const mismatch = !!now && !!then && now.platform !== then.platform;
	return {
		current: now && followStats(now),
		older: then && followStats(then),
		change: now && then && !mismatch ? compareSnapshots(then, now) : undefined,
		mismatch,
		variants: [...new Set([...current.variants, ...older.variants])],
		slots: { current: current.report, older: older.report },
	};
}

async function handle(request: WorkerRequest): Promise<void> {
	if (request.kind === 'follows') {
		chosen[request.slot] = request.files.map(({ id, file }) => ({ id, name: file.name }));
		const fresh = request.files.filter(({ id }) => !reads.has(id));
		// The roles of the files already read show at once; the new ones say “reading”.
		if (fresh.length > 0) post({ kind: 'follows', report: report() });
		for (const { id, file } of fresh) {
			// A file the readers fail on unexpectedly is one file that holds no list, not a stuck page.
			const read = await readChosenFile(
				{ name: file.name, source: blobSource(file) },
				(done, total) => {
					post({ kind: 'progress', done, total });
				},
			).catch((): ChosenRead => ({
				lists: [],
				read: { kind: 'error', error: 'not-an-export', file: file.name },
			}));
			reads.set(id, read);
		}
		const kept = new Set(slots.flatMap((s) => chosen[s].map((f) => f.id)));
		for (const id of reads.keys()) if (!kept.has(id)) reads.delete(id);
		post({ kind: 'progress', done: 1, total: 1 });
		post({ kind: 'follows', report: report() });
		return;
	}
	if (request.kind === 'posts') {
		table = undefined;
		const read = await readPostFile({ name: request.file.name, source: blobSource(request.file) });
		if ('error' in read) {
			post({ kind: 'posts-error', error: read.error });
			return;
		}
		table = read;
		post({
			kind: 'table',
			headers: read.headers,
			guess: read.guess,
			variant: read.variant,
			rows: read.rows.length,
		});
		return;
	}
	if (!table) return;
	const stats = postStats(table, request.map);
	post('error' in stats ? { kind: 'posts-error', ...stats } : { kind: 'posts', stats });
}

/** Requests run one after another: a second pick waits for the first to be read. */
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	queue = queue.then(() =>
		handle(request).catch(() => {
			post(
				request.kind === 'follows'
					? { kind: 'follows-error', slot: request.slot, error: 'not-an-export', file: '' }
					: { kind: 'posts-error', error: 'csv-unreadable' },
			);
		}),
	);
};
