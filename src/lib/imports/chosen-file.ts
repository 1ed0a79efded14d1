/**
 * Reads one chosen file on its own, so the page can say what each file is: its lists (for the
 * merge) and a summary of them (for its role). Uses the same readers as a whole pick; no DOM.
 */
import type { FollowList } from './follows.ts';
import { isFollowEntry } from './follows.ts';
import { readFollowFiles, type InputFile, type Progress } from './read-files.ts';
import { summariseRead, type FileRead } from './selection.ts';
import { isZip } from './sniff.ts';
import { listZip } from './zip.ts';

/** One file's lists and what they sum up to. */
export interface ChosenRead {
	lists: FollowList[];
	read: FileRead;
}

/** Reads one file: a loose list file, or an archive whose list entries are named in its summary. */
export async function readChosenFile(
	file: InputFile,
	progress: Progress = () => undefined,
): Promise<ChosenRead> {
	let entries: string[] | undefined;
	if (file.source.size >= 4 && isZip(await file.source.read(0, 4))) {
		const listed = await listZip(file.source);
		entries =
			'error' in listed ? [] : listed.filter((e) => isFollowEntry(e.name)).map((e) => e.name);
	}
	const result = await readFollowFiles([file], progress);
	return {
		lists: 'lists' in result ? result.lists : [],
		read: summariseRead(file.name, entries, result),
	};
}
