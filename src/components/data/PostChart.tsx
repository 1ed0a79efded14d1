/**
 * Each post's engagement rate by reach, in date order, with the median dashed. The dots are drawn;
 * the axis labels (0 and a round top, the first and last date) and the median's value are page
 * text beside the drawing, so they keep the page's size on a phone and never overlap.
 */
import type { DataImportDictionary } from '../../i18n/data-import.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { dayLabel, postPoints, roundTop } from '../../lib/imports/chart.ts';
import type { PostStats } from '../../lib/imports/posts.ts';
import { formatNumber, toCanonical, type Locale } from '../../lib/number/index.ts';

const width = 300;
const height = 100;

export default function PostChart(props: {
	stats: PostStats;
	locale: Locale;
	t: DataImportDictionary;
}) {
	const { stats, locale, t } = props;
	const points = postPoints(stats);
	const median = stats.medianErReach;
	if (points.length === 0 || median === undefined) return null;
	const top = roundTop(Math.max(...points.map((p) => p.rate), median));
	const x = (k: number) => (points.length === 1 ? width / 2 : (k / (points.length - 1)) * width);
	const y = (rate: number) => height - (rate / top) * height;
	const pct = (v: number) => `${formatNumber(v, locale, { maximumFractionDigits: 1 })}%`;
	const first = points[0];
	const last = points.at(-1);
	const end = (p: typeof first) =>
		p === undefined
			? ''
			: p.at === undefined
				? fill(t.posts.postNumber, { n: formatNumber(p.row + 1, locale) })
				: dayLabel(p.at, locale);
	return (
		<figure class="ib-chart ib-data-chart" aria-describedby="data-posts-chart-desc">
			<figcaption>{t.posts.chartTitle}</figcaption>
			<p id="data-posts-chart-desc" class="ib-hint">
				{t.posts.chartDesc}
			</p>
			<div class="ib-plot">
				<div class="ib-plot-y" aria-hidden="true">
					<span>{pct(top)}</span>
					<span>{pct(0)}</span>
				</div>
				<svg viewBox={`-4 -4 ${String(width + 8)} ${String(height + 8)}`} aria-hidden="true">
					<line x1="0" x2={width} y1="0" y2="0" class="ib-chart-grid" />
					<line x1="0" x2={width} y1={height} y2={height} class="ib-chart-axis-line" />
					{points.map((p, k) => (
						<circle key={p.row} cx={x(k)} cy={y(p.rate)} r="2.5" class="ib-chart-dot" />
					))}
					<line
						x1="0"
						x2={width}
						y1={y(median)}
						y2={y(median)}
						class="ib-chart-median"
						stroke-dasharray="6 4"
						data-median={toCanonical(median)}
					/>
				</svg>
				<div class="ib-plot-x" aria-hidden="true">
					<span>{end(first)}</span>
					{points.length > 1 && <span>{end(last)}</span>}
				</div>
			</div>
			<p class="ib-chart-legend">{fill(t.posts.median, { rate: pct(median) })}</p>
		</figure>
	);
}
