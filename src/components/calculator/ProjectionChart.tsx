/**
 * A small line chart of the projected following count against the platform's limit: inline SVG,
 * no chart library, hidden from screen readers because the sentence below it says the same.
 * With a range, the days on which the plan may end are shaded and the longest plan is dashed.
 */
import type { ProjectionPoint } from '../../lib/calculators/reciprocity.ts';

interface Props {
	points: readonly ProjectionPoint[];
	limit: number | null;
	/** Accessible title of the chart. */
	title: string;
	limitLabel: string | undefined;
	/** Formats an axis value in the page's locale. */
	format: (n: number) => string;
	/** The day axis's word ("Hari", "Day"), written before the first and last day. */
	day: string;
	/** The plan at the low end of the rate's interval (the most follows), and where plans may end. */
	range?: { longest: readonly ProjectionPoint[]; fromDay: number; toDay: number } | undefined;
}

const width = 320;
// Text keeps to bands outside the plot, so no label ever crosses a line or another label: the
// limit's key above the plot; below it, the day axis with the first and last day's values. At 12 px in a
// 320-unit box drawn at least 320 px wide (a 390 px phone), no text is under 12 px.
const plot = { left: 8, right: 312, top: 26, bottom: 122 };
const height = 156;

export function ProjectionChart({ points, limit, title, limitLabel, format, day, range }: Props) {
	const last = points[points.length - 1];
	if (!last || last.day === 0) return null;
	const all = range ? [...points, ...range.longest] : points;
	const lastDay = Math.max(...all.map((p) => p.day));
	const values = all.map((p) => p.following);
	const top = Math.max(...values, limit ?? 0) * 1.04;
	const bottom = Math.min(...values, limit ?? Infinity) * 0.96;
	const x = (d: number) => plot.left + (d / lastDay) * (plot.right - plot.left);
	const y = (v: number) =>
		plot.bottom - ((v - bottom) / (top - bottom || 1)) * (plot.bottom - plot.top);
	// The day axis: day 0 and the plan's last day, each with the count on that day. The last day's
	// label ends at its tick, unless that would run into the first label (about 7 units a character).
	const first = `${day} 0: ${format(points[0]?.following ?? 0)}`;
	const lastText = `${day} ${format(last.day)}: ${format(last.following)}`;
	const end = x(last.day);
	const line = (ps: readonly ProjectionPoint[]) =>
		ps.map((p) => `${x(p.day).toFixed(1)},${y(p.following).toFixed(1)}`).join(' ');
	return (
		<figure class="ib-chart" aria-hidden="true">
			<figcaption>{title}</figcaption>
			<svg viewBox={`0 0 ${String(width)} ${String(height)}`} role="none" focusable="false">
				{range && (
					<rect
						class="ib-chart-range"
						x={x(range.fromDay)}
						y={plot.top}
						width={Math.max(1, x(range.toDay) - x(range.fromDay))}
						height={plot.bottom - plot.top}
					/>
				)}
				{limit !== null && (
					<g class="ib-chart-limit">
						<line x1={plot.left} x2={plot.right} y1={y(limit)} y2={y(limit)} />
						<line x1={plot.left} x2={plot.left + 24} y1={8} y2={8} />
						<text x={plot.left + 30} y={12}>
							{limitLabel}
						</text>
					</g>
				)}
				{range && <polyline class="ib-chart-line ib-chart-longest" points={line(range.longest)} />}
				<polyline class="ib-chart-line" points={line(points)} />
				<line
					class="ib-chart-axis"
					x1={plot.left}
					x2={plot.right}
					y1={plot.bottom + 4}
					y2={plot.bottom + 4}
				/>
				<line class="ib-chart-axis" x1={x(0)} x2={x(0)} y1={plot.bottom + 4} y2={plot.bottom + 9} />
				<line class="ib-chart-axis" x1={end} x2={end} y1={plot.bottom + 4} y2={plot.bottom + 9} />
				<text x={plot.left} y={plot.bottom + 24}>
					{first}
				</text>
				<text
					x={Math.max(end, plot.left + (first.length + lastText.length + 2) * 7)}
					y={plot.bottom + 24}
					text-anchor="end"
				>
					{lastText}
				</text>
			</svg>
		</figure>
	);
}
