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
export type ImportError = FollowError | ZipError | 'zip-no-export' | 'file-too-large';

/** Reports progress as items done out of a total. */
export type Progress = (done: number, total: number) => void;

/** Reads every list from the chosen files; the first error stops the reading. */
export async function readFollowFiles(
	files: readonly InputFile[],
	progress: Progress = () => undefined,
): Promise<{ lists: FollowList[] } | { error: ImportError; file: string }> {
	const lists: FollowList[] = [];
	const work: { file: string; read: () => Promise<Uint8Array | { error: ImportError }> }[] = [];
	for (const file of files) {
		const head = await file.source.read(0, 4);
		if (!isZip(head)) {
			work.push({
				file: file.name,
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
		const html = wanted.find((e) => e.name.toLowerCase().endsWith('.html'));
		if (html && !wanted.some((e) => !e.name.toLowerCase().endsWith('.html')))
			return { error: 'instagram-html', file: file.name };
		for (const entry of wanted.filter((e) => !e.name.toLowerCase().endsWith('.html')))
			work.push({ file: file.name, read: () => readZipEntry(file.source, entry) });
	}
	for (const [i, item] of work.entries()) {
		progress(i, work.length);
		const bytes = await item.read();
		if ('error' in bytes) return { error: bytes.error, file: item.file };
		const read = readFollowFile(bytes);
		if ('error' in read) return { error: read.error, file: item.file };
		lists.push(...read.lists);
	}
	progress(work.length, work.length);
	return { lists };
}

/** Reads a chosen CSV file into a post table. */
export async function readPostFile(
	file: InputFile,
): Promise<PostTable | { error: PostError | 'file-too-large' }> {
	if (file.source.size > 64 * 1024 * 1024) return { error: 'file-too-large' };
	return readPostTable(await file.source.read(0, file.source.size));
}
