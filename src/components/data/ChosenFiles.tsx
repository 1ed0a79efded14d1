/**
 * One export field of the “Your data” page: a file input that also takes dropped files, the list
 * of files chosen so far with what each was recognised as, a way to remove one or all, and the
 * field's warnings (two files with the same list, a missing numbered part).
 */
import type { DataImportDictionary } from '../../i18n/data-import.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { fileList, roleText } from '../../lib/imports/role-text.ts';
import type { Chosen, FileRole, Slot, SlotIssue } from '../../lib/imports/selection.ts';
import type { Locale } from '../../lib/number/index.ts';
import type { SlotReport } from '../../workers/data-import-messages.ts';
import { dropProps } from './drop.ts';

export interface ChosenFilesProps {
	slot: Slot;
	locale: Locale;
	t: DataImportDictionary;
	files: readonly Chosen<File>[];
	report: SlotReport | undefined;
	/** The words of an error code about a file. */
	problemText: (error: keyof DataImportDictionary['errors'], file: string) => string;
	onAdd: (files: File[]) => void;
	onRemove: (id: number) => void;
	onClear: () => void;
	onKeep: (keep: readonly number[], among: readonly number[]) => void;
	/** Moves files into the older-export field; only offered in the current one. */
	onMove: ((ids: readonly number[]) => void) | undefined;
}

const dateOf = (at: number, locale: Locale) =>
	new Date(at).toLocaleDateString(locale === 'en' ? 'en-US' : 'id-ID', {
		dateStyle: 'long',
		timeZone: 'UTC',
	});

/** Puts the keyboard back on the field's file input once the button that had it is gone. */
const focusInput = (slot: Slot) => {
	requestAnimationFrame(() => document.getElementById(`data-${slot}`)?.focus());
};

export default function ChosenFiles(props: ChosenFilesProps) {
	const { slot, t, files, report, problemText } = props;
	const roles = new Map(report?.roles.map((r) => [r.id, r.role]));
	const roleOf = (id: number): FileRole => roles.get(id) ?? { kind: 'reading' };
	const missing = report?.snapshotError;
	return (
		<div class="ib-slot" data-slot={slot}>
			<div class="ib-field ib-drop" {...dropProps(props.onAdd)}>
				<label for={`data-${slot}`}>
					{slot === 'current' ? t.follows.current : t.follows.older}
				</label>
				<input
					id={`data-${slot}`}
					type="file"
					multiple
					accept=".json,.js,.zip,.html,.txt,application/json,application/zip"
					onChange={(e) => {
						props.onAdd([...(e.currentTarget.files ?? [])]);
						e.currentTarget.value = '';
					}}
				/>
				<small class="ib-hint">{t.follows.drop}</small>
			</div>
			<div aria-live="polite" class="ib-chosen">
				{files.length > 0 && (
					<>
						<p id={`data-${slot}-files`} class="ib-chosen-title">
							{t.follows.files}
						</p>
						<ul aria-labelledby={`data-${slot}-files`}>
							{files.map((f) => {
								const role = roleOf(f.id);
								return (
									<li key={f.id} data-file={f.name} data-role={role.kind}>
										<span class="ib-chosen-name">{f.name}</span>{' '}
										<span class="ib-chosen-role">{roleText(role, t.follows)}</span>{' '}
										<button
											type="button"
											class="ib-small-button"
											onClick={() => {
												props.onRemove(f.id);
												focusInput(slot);
											}}
										>
											{t.follows.remove}
											<span class="sr-only"> {f.name}</span>
										</button>
									</li>
								);
							})}
						</ul>
						<button
							type="button"
							class="ib-small-button"
							onClick={() => {
								props.onClear();
								focusInput(slot);
							}}
						>
							{t.follows.clear[slot]}
						</button>
					</>
				)}
				{report?.issues.map((issue) =>
					issue.code === 'gap' ? (
						<p class="ib-notice" data-issue="gap" key="gap">
							{fill(issue.missing.length > 1 ? t.follows.gap.many : t.follows.gap.one, {
								files: issue.missing.join(', '),
							})}
						</p>
					) : (
						<Duplicate
							key={issue.sets.map((set) => set.ids.join('-')).join('_')}
							issue={issue}
							{...props}
						/>
					),
				)}
				{(missing === 'needs-followers' || missing === 'needs-following') && (
					<p class="ib-note" data-missing={missing}>
						{t.errors[missing]}
					</p>
				)}
			</div>
			{report?.problems.map((p, i) => (
				<p class="ib-error" role="alert" key={`${p.error}-${String(i)}`}>
					{problemText(p.error, p.file)}
				</p>
			))}
			{(missing === 'mixed-platforms' || missing === 'no-lists') && (
				<p class="ib-error" role="alert">
					{t.errors[missing]}
				</p>
			)}
		</div>
	);
}

/** Two exports (or two copies of a list) in one field: each with its newest date, and the choices. */
function Duplicate(props: ChosenFilesProps & { issue: Extract<SlotIssue, { code: 'duplicate' }> }) {
	const { issue, slot, locale, t, files } = props;
	const names = (ids: readonly number[]) =>
		fileList(
			ids.map((id) => files.find((f) => f.id === id)?.name ?? ''),
			locale,
		);
	const all = issue.sets.flatMap((set) => set.ids);
	const older = issue.older === undefined ? undefined : issue.sets[issue.older];
	const { onMove } = props;
	return (
		<div class="ib-notice" data-issue="duplicate">
			<p>{fill(t.follows.duplicate[onMove ? 'current' : 'older'], { files: names(all) })}</p>
			<ul>
				{issue.sets.map((set) => (
					<li key={set.ids.join('-')}>
						{set.newest === undefined
							? fill(t.follows.noNewest, { files: names(set.ids) })
							: fill(t.follows.newest, {
									files: names(set.ids),
									date: dateOf(set.newest, locale),
								})}
					</li>
				))}
			</ul>
			{older && <p>{fill(t.follows.olderFile, { files: names(older.ids) })}</p>}
			<p class="ib-actions">
				{issue.sets.map((set) => (
					<button
						type="button"
						class="ib-small-button"
						key={`keep-${set.ids.join('-')}`}
						onClick={() => {
							props.onKeep(set.ids, all);
							focusInput(slot);
						}}
					>
						{fill(t.follows.keep, { files: names(set.ids) })}
					</button>
				))}
				{onMove &&
					(older ? [older] : issue.sets).map((set) => (
						<button
							type="button"
							class="ib-small-button"
							key={`move-${set.ids.join('-')}`}
							onClick={() => {
								onMove(set.ids);
								focusInput(slot);
							}}
						>
							{fill(t.follows.move, { files: names(set.ids) })}
						</button>
					))}
			</p>
		</div>
	);
}
