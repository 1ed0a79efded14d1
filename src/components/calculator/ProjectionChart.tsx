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
	/** The plan at the low end of the rate's interval (the most follows), and where plans may end. */
	range?: { longest: readonly ProjectionPoint[]; fromDay: number; toDay: number } | undefined;
}

const width = 320;
const height = 140;
const pad = { left: 8, right: 8, top: 12, bottom: 8 };

export function ProjectionChart({ points, limit, title, limitLabel, format, range }: Props) {
	const last = points[points.length - 1];
	if (!last || last.day === 0) return null;
	const all = range ? [...points, ...range.longest] : points;
	const lastDay = Math.max(...all.map((p) => p.day));
	const values = all.map((p) => p.following);
	const top = Math.max(...values, limit ?? 0) * 1.08;
	const bottom = Math.min(...values, limit ?? Infinity) * 0.9;
	const x = (day: number) => pad.left + (day / lastDay) * (width - pad.left - pad.right);
	const y = (v: number) =>
		height - pad.bottom - ((v - bottom) / (top - bottom || 1)) * (height - pad.top - pad.bottom);
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
						y={pad.top}
						width={Math.max(1, x(range.toDay) - x(range.fromDay))}
						height={height - pad.top - pad.bottom}
					/>
				)}
				{limit !== null && (
					<g class="ib-chart-limit">
						<line x1={pad.left} x2={width - pad.right} y1={y(limit)} y2={y(limit)} />
						<text x={pad.left} y={y(limit) - 4}>
							{limitLabel}
						</text>
					</g>
				)}
				{range && <polyline class="ib-chart-line ib-chart-longest" points={line(range.longest)} />}
				<polyline class="ib-chart-line" points={line(points)} />
				<text x={pad.left} y={height - 1} class="ib-chart-axis">
					{format(points[0]?.following ?? 0)}
				</text>
				<text
					x={width - pad.right - 6}
					y={y(last.following) + 16}
					text-anchor="end"
					class="ib-chart-axis"
				>
					{format(last.following)}
				</text>
			</svg>
		</figure>
	);
}
