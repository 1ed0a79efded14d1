/**
 * The follow-back rate by the month you followed first, as rows a phone can read: the month with
 * its year, a bar on a 0–100 % track, and the value in words beside it (no text inside a drawing,
 * so nothing shrinks below the page's text size or overlaps).
 */
import type { DataImportDictionary } from '../../i18n/data-import.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { monthLabel } from '../../lib/imports/chart.ts';
import type { MonthRate } from '../../lib/imports/follow-stats.ts';
import { formatNumber, toCanonical, type Locale } from '../../lib/number/index.ts';

export default function MonthChart(props: {
	months: readonly MonthRate[];
	locale: Locale;
	t: DataImportDictionary;
}) {
	const { months, locale, t } = props;
	const n = (v: number, digits = 0) => formatNumber(v, locale, { maximumFractionDigits: digits });
	return (
		<figure class="ib-chart ib-data-chart" aria-describedby="data-months-desc">
			<figcaption>{t.follows.chartTitle}</figcaption>
			<p id="data-months-desc" class="ib-hint">
				{t.follows.chartDesc}
			</p>
			<ol class="ib-month-bars">
				{months.map((m) => (
					<li key={m.month} data-month={m.month} data-rate={toCanonical(m.ratePct)}>
						<span class="ib-month-label">{monthLabel(m.month, locale)}</span>
						<svg
							class="ib-month-track"
							viewBox="0 0 100 10"
							preserveAspectRatio="none"
							aria-hidden="true"
						>
							<rect x="0" y="0" width="100" height="10" class="ib-chart-track" />
							<rect x="0" y="0" width={Math.max(m.ratePct, 0.5)} height="10" class="ib-chart-bar" />
						</svg>
						<span class="ib-month-value">
							{fill(t.follows.monthValue, {
								rate: `${n(m.ratePct, 1)}%`,
								back: n(m.followedBack),
								followed: n(m.followed),
							})}
						</span>
					</li>
				))}
			</ol>
		</figure>
	);
}
