/**
 * The “Your data” page's worker: reads the chosen files off the main thread, so the page stays
 * responsive, and answers with counts, rates and error codes. The lists themselves stay here, in
 * memory, until the tab closes; nothing is stored or sent anywhere.
 */
import {
	compareSnapshots,
	followStats,
	toSnapshot,
	type FollowSnapshot,
} from '../lib/imports/follow-stats.ts';
import type { PostTable } from '../lib/imports/posts.ts';
import { postStats } from '../lib/imports/posts.ts';
import { readFollowFiles, readPostFile } from '../lib/imports/read-files.ts';
import { blobSource } from '../lib/imports/zip.ts';
import type { FollowReport, Slot, WorkerRequest, WorkerResponse } from './data-import-messages.ts';

const snapshots = new Map<Slot, FollowSnapshot>();
const variants: Partial<Record<Slot, string[]>> = {};
let table: PostTable | undefined;

const post = (message: WorkerResponse) => {
	self.postMessage(message);
};

function report(): FollowReport {
	const current = snapshots.get('current');
	const older = snapshots.get('older');
	const mismatch = !!current && !!older && current.platform !== older.platform;
	return {
		current: current && followStats(current),
		older: older && followStats(older),
		change: current && older && !mismatch ? compareSnapshots(older, current) : undefined,
		mismatch,
		variants: [...new Set([...(variants.current ?? []), ...(variants.older ?? [])])],
	};
}

async function handle(request: WorkerRequest): Promise<void> {
	if (request.kind === 'follows') {
		const files = request.files.map((f) => ({ name: f.name, source: blobSource(f) }));
		const read = await readFollowFiles(files, (done, total) => {
			post({ kind: 'progress', done, total });
		});
		if ('error' in read) {
			snapshots.delete(request.slot);
			post({ kind: 'follows-error', slot: request.slot, error: read.error, file: read.file });
			return;
		}
		const snapshot = toSnapshot(read.lists);
		if ('error' in snapshot) {
			snapshots.delete(request.slot);
			post({ kind: 'follows-error', slot: request.slot, error: snapshot.error, file: '' });
			return;
		}
		snapshots.set(request.slot, snapshot);
		variants[request.slot] = [...new Set(read.lists.map((l) => l.variant))];
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

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	handle(event.data).catch(() => {
		post(
			event.data.kind === 'follows'
				? { kind: 'follows-error', slot: event.data.slot, error: 'not-an-export', file: '' }
				: { kind: 'posts-error', error: 'csv-unreadable' },
		);
	});
};
