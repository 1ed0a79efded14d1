/**
 * The “Your data” island: hands the chosen files to a same-origin Web Worker and renders the
 * counts and rates it answers as <output name data-value>, two small charts, and links into the
 * calculators. It never receives, shows or stores an account name.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DataImportDictionary } from '../i18n/data-import.ts';
import type { ColumnMap, PostColumn, PostStats } from '../lib/imports/posts.ts';
import { postColumns } from '../lib/imports/posts.ts';
import { fill } from '../lib/i18n/fill.ts';
import { formatNumber, toCanonical, type Locale } from '../lib/number/index.ts';
import type {
	FollowReport,
	Slot,
	WorkerRequest,
	WorkerResponse,
} from '../workers/data-import-messages.ts';
import { engagementPlatforms } from '../data/benchmarks.ts';
import {
	minRecentFollowed,
	reciprocityTrial,
	retentionForCalculator,
} from '../lib/imports/follow-stats.ts';

export interface DataIslandProps {
	locale: Locale;
	strings: DataImportDictionary;
	/** The follow-back and engagement calculators in this language, base path included. */
	reciprocityHref: string;
	engagementHref: string;
}

/** Platform names as the platforms write them; `other` has none. */
const platformNames: Record<(typeof engagementPlatforms)[number], string> = {
	instagram: 'Instagram',
	facebook: 'Facebook',
	x: 'X',
	tiktok: 'TikTok',
	linkedin: 'LinkedIn',
	other: '—',
};

interface Problem {
	code: keyof DataImportDictionary['errors'];
	file?: string;
	row?: number;
	column?: string;
}

/** Query string of defined values, numbers in canonical form. */
function query(values: Record<string, string | number | undefined>): string {
	const params = new URLSearchParams();
	for (const [k, v] of Object.entries(values))
		if (v !== undefined) params.set(k, typeof v === 'number' ? toCanonical(v) : v);
	return `?${params.toString()}`;
}

export default function DataIsland({
	locale,
	strings: t,
	reciprocityHref,
	engagementHref,
}: DataIslandProps) {
	const worker = useRef<Worker | null>(null);
	const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
	const [report, setReport] = useState<FollowReport | null>(null);
	const [followProblem, setFollowProblem] = useState<Problem | null>(null);
	const [table, setTable] = useState<{
		headers: string[];
		variant: string | undefined;
		rows: number;
	} | null>(null);
	const [map, setMap] = useState<ColumnMap>({});
	const [posts, setPosts] = useState<PostStats | null>(null);
	const [postProblem, setPostProblem] = useState<Problem | null>(null);
	const [postFile, setPostFile] = useState('');
	const [platform, setPlatform] = useState<string>('instagram');

	useEffect(() => () => worker.current?.terminate(), []);

	const send = (request: WorkerRequest) => {
		if (!worker.current) {
			worker.current = new Worker(new URL('../workers/data-import.ts', import.meta.url), {
				type: 'module',
			});
			worker.current.onmessage = (event: MessageEvent<WorkerResponse>) => {
				receive(event.data);
			};
		}
		worker.current.postMessage(request);
	};

	const receive = (m: WorkerResponse) => {
		if (m.kind === 'progress') setProgress(m.done < m.total ? m : null);
		else if (m.kind === 'follows') {
			setProgress(null);
			setFollowProblem(null);
			setReport(m.report);
		} else if (m.kind === 'follows-error') {
			setProgress(null);
			setFollowProblem({ code: m.error, file: m.file });
			if (m.slot === 'current') setReport(null);
		} else if (m.kind === 'table') {
			setTable(m);
			setPostProblem(null);
			setMap(m.guess);
			send({ kind: 'columns', map: m.guess });
		} else if (m.kind === 'posts') {
			setPosts(m.stats);
			setPostProblem(null);
		} else {
			setPosts(null);
			if (m.error !== 'csv-non-numeric' && !m.row)
				setTable((old) =>
					m.error.startsWith('csv-needs') || m.error === 'csv-mixed-grouping' ? old : null,
				);
			setPostProblem({ code: m.error, row: m.row ?? 0, column: m.column ?? '' });
		}
	};

	const chooseFollows = (slot: Slot, files: FileList | null) => {
		if (!files || files.length === 0) return;
		setProgress({ done: 0, total: 1 });
		send({ kind: 'follows', slot, files: [...files] });
	};
	const choosePosts = (files: FileList | null) => {
		const file = files?.[0];
		if (!file) return;
		setPostFile(file.name);
		setPosts(null);
		send({ kind: 'posts', file });
	};
	const changeColumn = (column: PostColumn, value: string) => {
		const next = { ...map, [column]: value === '' ? undefined : Number(value) };
		setMap(next);
		send({ kind: 'columns', map: next });
	};

	const n = (v: number, digits = 0) => formatNumber(v, locale, { maximumFractionDigits: digits });
	const pct = (v: number | undefined) =>
		v === undefined ? t.follows.undefinedRate : `${n(v, 1)}%`;
	const out = (name: string, label: string, value: number | undefined, text: string) => (
		<div class="ib-result" key={name}>
			<dt id={`data-${name}-label`}>{label}</dt>
			<dd>
				<output
					name={name}
					aria-labelledby={`data-${name}-label`}
					data-value={value === undefined ? '' : toCanonical(value)}
				>
					{text}
				</output>
			</dd>
		</div>
	);
	const problemText = (p: Problem, fallbackFile: string) =>
		fill(t.errors[p.code], {
			file: p.file === undefined || p.file === '' ? fallbackFile : p.file,
			row: p.row ?? '',
			column: p.column ?? '',
		});

	const dropProps = (onFiles: (files: FileList | null) => void) => ({
		onDragOver: (e: DragEvent) => {
			e.preventDefault();
		},
		onDrop: (e: DragEvent) => {
			e.preventDefault();
			onFiles(e.dataTransfer?.files ?? null);
		},
	});

	const current = report?.current;
	const change = report?.change;
	// Without dates (X) the order of following is unknown: no trial, only the two counts.
	const trial = current && reciprocityTrial(current);
	// Retention reaches the one-month field only when the exports are three to six weeks apart.
	const passRetention = change && retentionForCalculator(change);
	const followHref =
		current &&
		reciprocityHref +
			query({
				platform: current.platform === 'tiktok' ? 'other' : current.platform,
				followed: trial?.followed,
				followedBack: trial?.followedBack,
				followers: current.followers,
				following: current.following,
				retention:
					passRetention && 'retention' in passRetention
						? Math.round(passRetention.retention)
						: undefined,
			});

	const totals = posts?.totals;
	const postsHref =
		posts &&
		engagementHref +
			query({
				platform,
				posts: posts.posts,
				likes: totals?.likes,
				comments: totals?.comments,
				shares: totals?.shares,
				saves: totals?.saves,
				reach: totals?.reach,
				// `views` is ignored by a calculator that does not know it; impressions stay separate.
				views: totals?.views,
				impressions: totals?.impressions,
			});

	return (
		<div class="ib-calculator ib-data">
			<section aria-label={t.follows.title}>
				<h3 class="ib-heading">{t.follows.title}</h3>
				<p class="ib-note">{t.follows.noNames}</p>
				{(['current', 'older'] as const).map((slot) => (
					<div
						class="ib-field ib-drop"
						{...dropProps((files) => {
							chooseFollows(slot, files);
						})}
						key={slot}
					>
						<label for={`data-${slot}`}>
							{slot === 'current' ? t.follows.current : t.follows.older}
						</label>
						<input
							id={`data-${slot}`}
							type="file"
							multiple
							accept=".json,.js,.zip,.html,.txt,application/json,application/zip"
							onChange={(e) => {
								chooseFollows(slot, e.currentTarget.files);
							}}
						/>
						<small class="ib-hint">{t.follows.drop}</small>
					</div>
				))}
				{progress && (
					<p role="status">
						{t.follows.reading} <progress max={progress.total} value={progress.done} />
					</p>
				)}
				{followProblem && (
					<p class="ib-error" role="alert">
						{problemText(followProblem, '')}
					</p>
				)}
				{report?.mismatch && <p class="ib-error">{t.errors.mismatch}</p>}
				{current && (
					<div class="ib-results">
						<p data-platform={current.platform}>
							{fill(t.follows.platform, { platform: t.follows.platforms[current.platform] })}
						</p>
						<dl>
							{out(
								'followers',
								t.follows.results.followers,
								current.followers,
								n(current.followers),
							)}
							{out(
								'following',
								t.follows.results.following,
								current.following,
								n(current.following),
							)}
							{out('mutual', t.follows.results.mutual, current.mutual, n(current.mutual))}
							{out(
								'mutualShare',
								t.follows.results.mutualShare,
								current.mutualShare,
								pct(current.mutualShare),
							)}
							{current.hasDates &&
								current.followedFirst !== undefined &&
								current.followedFirstBack !== undefined &&
								current.recentFollowed !== undefined &&
								current.recentFollowedBack !== undefined && (
									<>
										{out(
											'followedFirst',
											t.follows.results.followedFirst,
											current.followedFirst,
											n(current.followedFirst),
										)}
										{out(
											'followedFirstBack',
											t.follows.results.followedFirstBack,
											current.followedFirstBack,
											n(current.followedFirstBack),
										)}
										{out(
											'followBackRate',
											t.follows.results.followBackRate,
											current.followBackRate,
											pct(current.followBackRate),
										)}
										{out(
											'youFollowBackRate',
											t.follows.results.youFollowBackRate,
											current.youFollowBackRate,
											pct(current.youFollowBackRate),
										)}
										{out(
											'recentFollowed',
											t.follows.results.recentFollowed,
											current.recentFollowed,
											n(current.recentFollowed),
										)}
										{out(
											'recentFollowedBack',
											t.follows.results.recentFollowedBack,
											current.recentFollowedBack,
											n(current.recentFollowedBack),
										)}
										{out(
											'recentFollowBackRate',
											t.follows.results.recentFollowBackRate,
											current.recentFollowBackRate,
											pct(current.recentFollowBackRate),
										)}
									</>
								)}
							{change && (
								<>
									{out(
										'daysBetween',
										t.follows.results.daysBetween,
										change.daysBetween,
										change.daysBetween === undefined
											? t.follows.unknownDays
											: n(change.daysBetween),
									)}
									{out(
										'lostFollowers',
										t.follows.results.lostFollowers,
										change.lostFollowers,
										n(change.lostFollowers),
									)}
									{out(
										'newFollowers',
										t.follows.results.newFollowers,
										change.newFollowers,
										n(change.newFollowers),
									)}
									{out(
										'retention',
										t.follows.results.retention,
										change.retention,
										pct(change.retention),
									)}
								</>
							)}
						</dl>
						{change && passRetention && (
							<p
								class="ib-note"
								data-retention={'retention' in passRetention ? 'passed' : passRetention.withheld}
							>
								{fill(
									'retention' in passRetention
										? t.follows.retentionPassed
										: t.follows.retentionWithheld[passRetention.withheld],
									{ days: n(change.daysBetween ?? 0) },
								)}
							</p>
						)}
						{current.hasDates && current.asOf !== undefined ? (
							<p class="ib-note">
								{t.follows.first}{' '}
								{fill(t.follows.asOf, {
									date: new Date(current.asOf).toLocaleDateString(
										locale === 'en' ? 'en-US' : 'id-ID',
										{
											dateStyle: 'long',
											timeZone: 'UTC',
										},
									),
								})}
							</p>
						) : (
							<p class="ib-note">{t.follows.noDates}</p>
						)}
						{current.months.length > 0 && (
							<figure class="ib-chart">
								<svg
									viewBox={`0 0 ${String(current.months.length * 30 + 10)} 130`}
									role="img"
									aria-labelledby="data-months-title data-months-desc"
								>
									<title id="data-months-title">{t.follows.chartTitle}</title>
									<desc id="data-months-desc">{t.follows.chartDesc}</desc>
									{current.months.map((m, i) => (
										<g key={m.month} data-month={m.month} data-rate={toCanonical(m.ratePct)}>
											<rect
												x={10 + i * 30}
												y={110 - m.ratePct}
												width="20"
												height={Math.max(m.ratePct, 0.5)}
												class="ib-chart-bar"
											/>
											<text x={20 + i * 30} y="124" text-anchor="middle" font-size="8">
												{m.month.slice(5)}
											</text>
										</g>
									))}
								</svg>
								<figcaption>{t.follows.chartTitle}</figcaption>
							</figure>
						)}
						{followHref && (
							<p>
								<span class="ib-note" data-trial={trial?.cohort ?? 'none'}>
									{trial
										? fill(trial.cohort === 'recent' ? t.follows.trialRecent : t.follows.trialAll, {
												followed: n(trial.followed),
												min: n(minRecentFollowed),
											})
										: t.follows.noTrial}
								</span>{' '}
								<a href={followHref} class="ib-data-link" data-kind="reciprocity">
									{t.follows.useLink}
								</a>
							</p>
						)}
					</div>
				)}
			</section>

			<section aria-label={t.posts.title}>
				<h3 class="ib-heading">{t.posts.title}</h3>
				<div class="ib-field ib-drop" {...dropProps(choosePosts)}>
					<label for="data-posts">{t.posts.file}</label>
					<input
						id="data-posts"
						type="file"
						accept=".csv,text/csv"
						onChange={(e) => {
							choosePosts(e.currentTarget.files);
						}}
					/>
					<small class="ib-hint">{t.follows.drop}</small>
				</div>
				{table && (
					<fieldset class="ib-form">
						<legend>{t.posts.columns}</legend>
						<p class="ib-note">
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
				{postProblem && (
					<p class="ib-error" role="alert">
						{problemText(postProblem, postFile)}
					</p>
				)}
				{posts && (
					<div class="ib-results">
						<p class="ib-note" data-number-style={posts.numberStyle}>
							{t.posts.numberStyle[posts.numberStyle]}
						</p>
						<dl>
							{out('posts', t.posts.results.posts, posts.posts, n(posts.posts))}
							{(['medianErReach', 'meanErReach'] as const).map((k) =>
								out(k, t.posts.results[k], posts[k], pct(posts[k])),
							)}
							{/* A rate is labelled by the column it was computed on: views and impressions differ. */}
							{(
								[
									'medianErViews',
									'meanErViews',
									'medianErImpressions',
									'meanErImpressions',
								] as const
							).map(
								(k) =>
									posts[k] !== undefined && out(k, t.posts.results[k], posts[k], pct(posts[k])),
							)}
							{out(
								'conversationShare',
								t.posts.results.conversationShare,
								posts.conversationShare,
								pct(posts.conversationShare),
							)}
						</dl>
						<PostChart stats={posts} t={t} />
						{postsHref && (
							<p>
								<a href={postsHref} class="ib-data-link" data-kind="engagement">
									{t.posts.useLink}
								</a>
							</p>
						)}
					</div>
				)}
			</section>
		</div>
	);
}

/** Each post's rate by reach, in date order (file order when undated), with the median dashed. */
function PostChart({ stats, t }: { stats: PostStats; t: DataImportDictionary }) {
	const points = stats.rows
		.map((r, i) => ({ i, at: r.at ?? i, rate: r.erReach }))
		.filter((p): p is { i: number; at: number; rate: number } => p.rate !== undefined)
		.sort((a, b) => a.at - b.at || a.i - b.i);
	if (points.length === 0 || stats.medianErReach === undefined) return null;
	const max = Math.max(...points.map((p) => p.rate), stats.medianErReach) || 1;
	const width = 300;
	const x = (k: number) =>
		10 + (points.length === 1 ? width / 2 : (k / (points.length - 1)) * width);
	const y = (rate: number) => 110 - (rate / max) * 100;
	return (
		<figure class="ib-chart">
			<svg
				viewBox="0 0 320 120"
				role="img"
				aria-labelledby="data-posts-chart-title data-posts-chart-desc"
			>
				<title id="data-posts-chart-title">{t.posts.chartTitle}</title>
				<desc id="data-posts-chart-desc">{t.posts.chartDesc}</desc>
				{points.map((p, k) => (
					<circle key={p.i} cx={x(k)} cy={y(p.rate)} r="2" class="ib-chart-dot" />
				))}
				<line
					x1="10"
					x2="310"
					y1={y(stats.medianErReach)}
					y2={y(stats.medianErReach)}
					class="ib-chart-median"
					stroke-dasharray="4 3"
					data-median={toCanonical(stats.medianErReach)}
				/>
				<text x="312" y={y(stats.medianErReach) - 3} text-anchor="end" font-size="8">
					{t.posts.medianLabel}
				</text>
			</svg>
			<figcaption>{t.posts.chartTitle}</figcaption>
		</figure>
	);
}
