/** The messages between the “Your data” page and its worker: counts and codes only, never names. */
import type { FollowStats, SnapshotChange, SnapshotError } from '../lib/imports/follow-stats.ts';
import type { ExportPlatform } from '../lib/imports/follows.ts';
import type { ColumnMap, PostError, PostStats } from '../lib/imports/posts.ts';
import type { ImportError } from '../lib/imports/read-files.ts';
import type { SlotCheck, Slot } from '../lib/imports/selection.ts';

export type { Slot };

export type WorkerRequest =
	/** Every file now chosen in a field, each with its id; files read before are not read again. */
	| { kind: 'follows'; slot: Slot; files: { id: number; file: File }[] }
	| { kind: 'posts'; file: File }
	| { kind: 'columns'; map: ColumnMap };

/** What the page shows about one field: each file's role, the warnings, and what is missing. */
export interface SlotReport extends Omit<SlotCheck, 'use'> {
	/** Set when the field's files were merged but do not make an export. */
	snapshotError: SnapshotError | undefined;
}

/** Everything the page may show about the follower exports loaded so far. */
export interface FollowReport {
	current: FollowStats | undefined;
	older: FollowStats | undefined;
	change: SnapshotChange | undefined;
	/** Set when the older export is of another platform than the current one. */
	mismatch: boolean;
	variants: string[];
	slots: Record<Slot, SlotReport>;
}

export type WorkerResponse =
	| { kind: 'progress'; done: number; total: number }
	| { kind: 'follows'; report: FollowReport }
	| {
			kind: 'follows-error';
			slot: Slot;
			error: ImportError | SnapshotError;
			file: string;
			platform?: ExportPlatform;
	  }
	| {
			kind: 'table';
			headers: string[];
			guess: ColumnMap;
			variant: string | undefined;
			rows: number;
	  }
	| { kind: 'posts'; stats: PostStats }
	| { kind: 'posts-error'; error: PostError | 'file-too-large'; row?: number; column?: string };
