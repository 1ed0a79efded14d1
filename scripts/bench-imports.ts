/**
 * `npm run bench`, first part: time and peak memory to read a synthetic Instagram export of
 * 100,000 followers and 7,500 following (as a ZIP, the way readers get it), first in JSON, then the
 * same export in HTML, and a 5,000-row post CSV, with the same code the “Your data” page's worker
 * runs. Each case runs in its own process, so its peak memory (max RSS) is its own. Targets: the
 * JSON export under 1 s, the HTML export under 2 s (issue #19). A case over its target is run again
 * (best of three, since the machine is shared), and the script fails when the best run still misses.
 */
import { spawnSync } from 'node:child_process';
import { strToU8 } from 'fflate';
import { followStats, toSnapshot } from '../src/lib/imports/follow-stats.ts';
import { postStats } from '../src/lib/imports/posts.ts';
import { readFollowFiles, readPostFile } from '../src/lib/imports/read-files.ts';
import { bytesSource } from '../src/lib/imports/zip.ts';
import {
	instagramExport,
	instagramHtmlExport,
	metaCsv,
	zipOf,
} from '../tests/fixtures/generate.ts';

const shape = {
	followers: 100_000,
	following: 7_500,
	mutual: 3_000,
	recentFollowed: 600,
	recentMutual: 150,
};

/** Reads an export ZIP as the worker does and checks the counts it was built with. */
async function readExport(zip: Uint8Array) {
	const start = performance.now();
	const read = await readFollowFiles([{ name: 'export.zip', source: bytesSource(zip) }]);
	if ('error' in read) throw new Error(read.error);
	const snapshot = toSnapshot(read.lists);
	if ('error' in snapshot) throw new Error(snapshot.error);
	const stats = followStats(snapshot);
	if (stats.followers !== shape.followers || stats.mutual !== shape.mutual || !stats.hasDates)
		throw new Error('wrong counts');
	return { ms: performance.now() - start, bytes: zip.length };
}

const cases = {
	follows: () => readExport(zipOf(instagramExport(shape))),
	html: () => readExport(zipOf(instagramHtmlExport(shape))),
	async csv() {
		const bytes = strToU8(metaCsv(5_000).text);
		const start = performance.now();
		const table = await readPostFile({ name: 'posts.csv', source: bytesSource(bytes) });
		if ('error' in table) throw new Error(table.error);
		const stats = postStats(table, table.guess);
		if ('error' in stats || stats.posts !== 5_000) throw new Error('wrong rows');
		return { ms: performance.now() - start, bytes: bytes.length };
	},
};

const which = process.argv[2] as keyof typeof cases | undefined;
if (which) {
	const result = await cases[which]();
	console.log(JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS }));
} else {
	const rows = [
		['follows', 'Instagram JSON ZIP, 100,000 followers + 7,500 following', 1000],
		['html', 'Instagram HTML ZIP, the same accounts', 2000],
		['csv', 'Meta Business Suite CSV, 5,000 rows', undefined],
	] as const;
	const runOnce = (name: string) => {
		const run = spawnSync(process.execPath, [process.argv[1] ?? '', name], { encoding: 'utf8' });
		if (run.status !== 0) throw new Error(run.stderr);
		return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
			ms: number;
			bytes: number;
			maxRssKb: number;
		};
	};
	console.log(
		'| Reading (same code as the page’s worker) | File | Time | Peak memory (RSS) | Target |',
	);
	console.log('| :-- | --: | --: | --: | :-- |');
	const missed: string[] = [];
	for (const [name, label, targetMs] of rows) {
		// Best of up to three runs: one slow run on a shared machine is not a regression.
		let r = runOnce(name);
		for (let i = 1; i < 3 && targetMs !== undefined && r.ms >= targetMs; i++) {
			const again = runOnce(name);
			if (again.ms < r.ms) r = again;
		}
		const ok = targetMs === undefined || r.ms < targetMs;
		if (!ok) missed.push(`${label}: ${r.ms.toFixed(0)} ms (target < ${String(targetMs)} ms)`);
		console.log(
			`| ${label} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${r.ms.toFixed(0)} ms | ${(r.maxRssKb / 1024).toFixed(0)} MB | ${targetMs === undefined ? '—' : `< ${String(targetMs)} ms ${ok ? '✓' : '✗'}`} |`,
		);
	}
	console.log('');
	if (missed.length > 0) {
		console.error(`Reading targets missed (best of three runs):\n${missed.join('\n')}`);
		process.exit(1);
	}
}
