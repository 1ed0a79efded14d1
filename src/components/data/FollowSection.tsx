/**
 * Followers and following: the two export fields, whose files add up across picks and drops, the
 * reading progress, and the results once a field's files make an export.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DataImportDictionary } from '../../i18n/data-import.ts';
import {
	addFiles,
	clearSlot,
	emptyChoice,
	keepOnly,
	moveFiles,
	removeFile,
	slots,
	type Choice,
	type Slot,
} from '../../lib/imports/selection.ts';
import type { Locale } from '../../lib/number/index.ts';
import type { FollowReport } from '../../workers/data-import-messages.ts';
import ChosenFiles from './ChosenFiles.tsx';
import FollowResults from './FollowResults.tsx';
import { problemText, type Problem } from './problem.ts';
import type { DataWorker } from './useDataWorker.ts';

export default function FollowSection(props: {
	worker: DataWorker;
	locale: Locale;
	t: DataImportDictionary;
	reciprocityHref: string;
}) {
	const { worker, locale, t } = props;
	const [choice, setChoice] = useState<Choice<File>>(emptyChoice);
	/** The latest choice, so two picks within one render both count. */
	const latest = useRef(choice);
	const [report, setReport] = useState<FollowReport | null>(null);
	const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
	const [crash, setCrash] = useState<Problem | null>(null);

	useEffect(
		() =>
			worker.subscribe((m) => {
				if (m.kind === 'progress') setProgress(m.done < m.total ? m : null);
				else if (m.kind === 'follows') {
					setCrash(null);
					setReport(m.report);
				} else if (m.kind === 'follows-error') {
					setProgress(null);
					setCrash({ code: m.error, file: m.file });
				}
			}),
		[worker],
	);

	/** Applies a change to the chosen files and sends each field that changed to the worker. */
	const change = (edit: (choice: Choice<File>) => Choice<File>) => {
		const before = latest.current;
		const next = edit(before);
		latest.current = next;
		setChoice(next);
		for (const slot of slots)
			if (next[slot] !== before[slot])
				worker.send({
					kind: 'follows',
					slot,
					files: next[slot].map(({ id, file }) => ({ id, file })),
				});
	};
	const handlers = (slot: Slot) => ({
		onAdd: (files: File[]) => {
			if (files.length === 0) return;
			setProgress({ done: 0, total: 1 });
			change((c) => addFiles(c, slot, files));
		},
		onRemove: (id: number) => {
			change((c) => removeFile(c, id));
		},
		onClear: () => {
			change((c) => clearSlot(c, slot));
		},
		onKeep: (keep: readonly number[], among: readonly number[]) => {
			change((c) => keepOnly(c, keep, among));
		},
		onMove:
			slot === 'current'
				? (ids: readonly number[]) => {
						change((c) => moveFiles(c, ids, 'older'));
					}
				: undefined,
	});

	const current = choice.current.length > 0 ? report?.current : undefined;
	return (
		<section aria-label={t.follows.title}>
			<h3 class="ib-heading">{t.follows.title}</h3>
			<p class="ib-note">{t.follows.noNames}</p>
			{slots.map((slot) => (
				<ChosenFiles
					key={slot}
					slot={slot}
					locale={locale}
					t={t}
					files={choice[slot]}
					report={choice[slot].length > 0 ? report?.slots[slot] : undefined}
					problemText={(code, file) => problemText(t, { code, file })}
					{...handlers(slot)}
				/>
			))}
			{progress && (
				<p role="status">
					{t.follows.reading} <progress max={progress.total} value={progress.done} />
				</p>
			)}
			{crash && (
				<p class="ib-error" role="alert">
					{problemText(t, crash)}
				</p>
			)}
			{report?.mismatch && <p class="ib-error">{t.errors.mismatch}</p>}
			{current && (
				<FollowResults
					current={current}
					change={choice.older.length > 0 ? report?.change : undefined}
					locale={locale}
					t={t}
					reciprocityHref={props.reciprocityHref}
				/>
			)}
		</section>
	);
}
