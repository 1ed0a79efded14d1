/**
 * Post statistics from a CSV: the file field, the column step (opened without an error for a table
 * whose headers are not recognised, until the reader chooses a column), the rates and their chart,
 * and the link into the engagement calculator.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { engagementPlatforms } from '../../data/benchmarks.ts';
import type { DataImportDictionary } from '../../i18n/data-import.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { keepsColumnStep, showsPostError } from '../../lib/imports/column-step.ts';
import { engagementQuery } from '../../lib/imports/links.ts';
import {
	postColumns,
	type ColumnMap,
	type PostColumn,
	type PostStats,
} from '../../lib/imports/posts.ts';
import { formatNumber, type Locale } from '../../lib/number/index.ts';
import { dropProps } from './drop.ts';
import Out from './Out.tsx';
import PostChart from './PostChart.tsx';
import { problemText, type Problem } from './problem.ts';
import type { DataWorker } from './useDataWorker.ts';

/** Platform names as the platforms write them; `other` has none. */
const platformNames: Record<(typeof engagementPlatforms)[number], string> = {
	instagram: 'Instagram',
	facebook: 'Facebook',
	x: 'X',
	tiktok: 'TikTok',
	linkedin: 'LinkedIn',
	other: '—',
};

/** Rates shown only when their column exists: a rate is labelled by the column it was computed on. */
const optionalRates = [
	'medianErViews',
	'meanErViews',
	'medianErImpressions',
	'meanErImpressions',
] as const;

export default function PostSection(props: {
	worker: DataWorker;
	locale: Locale;
	t: DataImportDictionary;
	engagementHref: string;
}) {
	const { worker, locale, t } = props;
	const [table, setTable] = useState<{
		headers: string[];
		variant: string | undefined;
		rows: number;
	} | null>(null);
	const [map, setMap] = useState<ColumnMap>({});
	/** Whether the reader has chosen a column of this table: a ref, read by the worker's listener. */
	const acted = useRef(false);
	const [posts, setPosts] = useState<PostStats | null>(null);
	const [problem, setProblem] = useState<Problem | null>(null);
	const [file, setFile] = useState('');
	const [platform, setPlatform] = useState<string>('instagram');

	useEffect(
		() =>
			worker.subscribe((m) => {
				if (m.kind === 'table') {
					setTable(m);
					setProblem(null);
					setMap(m.guess);
					worker.send({ kind: 'columns', map: m.guess });
				} else if (m.kind === 'posts') {
					setPosts(m.stats);
					setProblem(null);
				} else if (m.kind === 'posts-error') {
					setPosts(null);
					if (!keepsColumnStep(m.error, m.row)) setTable(null);
					setProblem(
						showsPostError(m.error, acted.current)
							? { code: m.error, row: m.row ?? 0, column: m.column ?? '' }
							: null,
					);
				}
			}),
		[worker],
	);

	const choose = (files: File[]) => {
		const chosen = files[0];
		if (!chosen) return;
		setFile(chosen.name);
		setPosts(null);
		acted.current = false;
		worker.send({ kind: 'posts', file: chosen });
	};
	const changeColumn = (column: PostColumn, value: string) => {
		const next = { ...map, [column]: value === '' ? undefined : Number(value) };
		setMap(next);
		acted.current = true;
		worker.send({ kind: 'columns', map: next });
	};
	const n = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 0 });
	const pct = (v: number | undefined) =>
		v === undefined
			? t.follows.undefinedRate
			: `${formatNumber(v, locale, { maximumFractionDigits: 1 })}%`;
	const r = t.posts.results;

	return (
		<section aria-label={t.posts.title}>
			<h3 class="ib-heading">{t.posts.title}</h3>
			<div class="ib-field ib-drop" {...dropProps(choose)}>
				<label for="data-posts">{t.posts.file}</label>
				<input
					id="data-posts"
					type="file"
					accept=".csv,text/csv"
					onChange={(e) => {
						choose([...(e.currentTarget.files ?? [])]);
					}}
				/>
				<small class="ib-hint">{t.follows.drop}</small>
			</div>
			{table && (
				<fieldset class="ib-form">
					<legend>{t.posts.columns}</legend>
					<p class="ib-note" data-recognised={table.variant ?? 'none'}>
						{table.variant ? t.posts.recognised : t.posts.notRecognised}{' '}
						{fill(t.posts.rows, { rows: n(table.rows) })}
					</p>
					{postColumns.map((column) => (
						<div class="ib-field" key={column}>
							<label for={`data-col-${column}`}>{t.posts.columnNames[column]}</label>
							<select
								id={`data-col-${column}`}
								name={column}
								value={map[column] === undefined ? '' : String(map[column])}
								onChange={(e) => {
									changeColumn(column, e.currentTarget.value);
								}}
							>
								<option value="">{t.posts.none}</option>
								{table.headers.map((h, i) => (
									<option value={String(i)} key={i}>
										{h}
									</option>
								))}
							</select>
						</div>
					))}
					<div class="ib-field">
						<label for="data-platform">{t.posts.platform}</label>
						<select
							id="data-platform"
							value={platform}
							onChange={(e) => {
								setPlatform(e.currentTarget.value);
							}}
						>
							{engagementPlatforms.map((p) => (
								<option value={p} key={p}>
									{platformNames[p]}
								</option>
							))}
						</select>
					</div>
				</fieldset>
			)}
			{problem && (
				<p class="ib-error" role="alert">
					{problemText(t, problem, file)}
				</p>
			)}
			{posts && (
				<div class="ib-results">
					<p class="ib-note" data-number-style={posts.numberStyle}>
						{t.posts.numberStyle[posts.numberStyle]}
					</p>
					<dl>
						<Out name="posts" label={r.posts} value={posts.posts} text={n(posts.posts)} />
						{(['medianErReach', 'meanErReach'] as const).map((k) => (
							<Out key={k} name={k} label={r[k]} value={posts[k]} text={pct(posts[k])} />
						))}
						{optionalRates.map(
							(k) =>
								posts[k] !== undefined && (
									<Out key={k} name={k} label={r[k]} value={posts[k]} text={pct(posts[k])} />
								),
						)}
						<Out
							name="conversationShare"
							label={r.conversationShare}
							value={posts.conversationShare}
							text={pct(posts.conversationShare)}
						/>
					</dl>
					<PostChart stats={posts} locale={locale} t={t} />
					<p>
						<a
							href={props.engagementHref + engagementQuery(posts, platform)}
							class="ib-data-link"
							data-kind="engagement"
						>
							{t.posts.useLink}
						</a>
					</p>
				</div>
			)}
		</section>
	);
}
