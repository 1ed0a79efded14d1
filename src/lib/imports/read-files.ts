/**
 * Reads the files a reader chose (loose files or ZIP archives) into follower and following lists,
 * or a CSV into a post table. Shared by the Web Worker and the benchmark; no DOM.
 */
import { isFollowEntry, readFollowFile, type FollowError, type FollowList } from './follows.ts';
import { readPostTable, type PostError, type PostTable } from './posts.ts';
import { isZip } from './sniff.ts';
import { listZip, maxEntryBytes, readZipEntry, type ByteSource, type ZipError } from './zip.ts';

/** A chosen file: its name and random access to its bytes. */
export interface InputFile {
	name: string;
	source: ByteSource;
}

/** Why the chosen files gave no lists. */
export type ImportError =
	FollowError | ZipError | 'zip-no-export' | 'file-too-large' | 'no-list-found';

/** Errors that only mean “not a list the page needs”: such a file is skipped, never fatal. */
const skippable: ReadonlySet<ImportError> = new Set([
	'not-an-export',
	'other-archive-file',
	'instagram-html',
	'tiktok-txt',
]);

/** Reports progress as items done out of a total. */
export type Progress = (done: number, total: number) => void;

/**
 * Reads every list from the chosen files. A file or entry that is not a needed list is skipped;
 * a damaged one stops the reading. Without any list, a single file answers with its own error, and
 * several with `no-list-found` naming every file looked at.
 */
export async function readFollowFiles(
	files: readonly InputFile[],
	progress: Progress = () => undefined,
): Promise<{ lists: FollowList[] } | { error: ImportError; file: string }> {
	const lists: FollowList[] = [];
	const work: {
		file: string;
		/** The name shown when no list is found: the loose file, or the archive entry. */
		looked: string;
		read: () => Promise<Uint8Array | { error: ImportError }>;
	}[] = [];
	for (const file of files) {
		const head = await file.source.read(0, 4);
		if (!isZip(head)) {
			work.push({
				file: file.name,
				looked: file.name,
				read: () =>
					file.source.size > maxEntryBytes
						? Promise.resolve({ error: 'file-too-large' as const })
						: file.source.read(0, file.source.size),
			});
			continue;
		}
		const entries = await listZip(file.source);
		if ('error' in entries) return { error: entries.error, file: file.name };
		const wanted = entries.filter((e) => isFollowEntry(e.name));
		if (wanted.length === 0) return { error: 'zip-no-export', file: file.name };
		for (const entry of wanted)
			work.push({
				file: file.name,
				looked: entry.name.replace(/\\/g, '/'),
				read: () => readZipEntry(file.source, entry),
			});
	}
	const skipped: { error: ImportError; file: string }[] = [];
	for (const [i, item] of work.entries()) {
		progress(i, work.length);
		const bytes = await item.read();
		if ('error' in bytes) return { error: bytes.error, file: item.file };
		// The name tells which list an HTML page or a TXT file holds.
		const read = readFollowFile(bytes, item.looked);
		if ('error' in read) {
			if (!skippable.has(read.error)) return { error: read.error, file: item.file };
			skipped.push({ error: read.error, file: item.file });
			continue;
		}
		lists.push(...read.lists);
	}
	progress(work.length, work.length);
	if (lists.length > 0) return { lists };
	const only = skipped.length === 1 ? skipped[0] : undefined;
	if (only) return only;
	return { error: 'no-list-found', file: work.map((w) => w.looked).join(', ') };
}

/** Reads a chosen CSV file into a post table. */
export async function readPostFile(
	file: InputFile,
): Promise<PostTable | { error: PostError | 'file-too-large' }> {
	if (file.source.size > 64 * 1024 * 1024) return { error: 'file-too-large' };
	return readPostTable(await file.source.read(0, file.source.size));
}
