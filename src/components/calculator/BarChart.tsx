/**
 * A small horizontal bar chart: inline SVG, no library. Hidden from screen readers: the island
 * states the same numbers in a sentence next to it.
 */
interface Bar {
	label: string;
	value: number;
	/** The value as the page writes it. */
	display: string;
}

const width = 320;
const rowHeight = 28;
const labelWidth = 96;

export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
	const max = Math.max(...bars.map((b) => b.value));
	if (!(max > 0)) return null;
	const height = bars.length * rowHeight;
	// Room after the longest bar for its value at 12 px ("12.345 orang").
	const scale = (v: number) => ((width - labelWidth - 112) * v) / max;
	return (
		<figure class="ib-chart" aria-hidden="true">
			<figcaption>{title}</figcaption>
			<svg viewBox={`0 0 ${String(width)} ${String(height)}`} role="none" focusable="false">
				{bars.map((bar, i) => {
					const y = i * rowHeight;
					const w = Math.max(1, scale(bar.value));
					return (
						<g key={bar.label}>
							<text x={0} y={y + 18}>
								{bar.label}
							</text>
							<rect
								class={`ib-bar ib-bar-${String(i)}`}
								x={labelWidth}
								y={y + 6}
								width={w}
								height={16}
								rx={2}
							/>
							<text x={labelWidth + w + 6} y={y + 18}>
								{bar.display}
							</text>
						</g>
					);
				})}
			</svg>
		</figure>
	);
}
