/**
 * The headline results pinned to the bottom of the viewport while the reader edits the form and
 * the full results are off screen. It sticks within its calculator's own column (CSS `sticky` at
 * the end of the calculator), so on a laptop it never runs under the sidebars; in a comparison,
 * B's bar also says each headline's difference from A. It repeats no announcement: the results region
 * stays the one polite live region, and this bar holds plain text, not outputs. A focused field is
 * scrolled out from under it by CSS (`scroll-padding` while the bar shows, calculator.css), and it
 * hides once every headline output is fully on screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** One headline result: the `<output name>` it mirrors, a short label and the formatted value. */
export interface SummaryItem {
	name: string;
	label: string;
	text: string;
	/** In scenario B: the difference from A, as the results say it. */
	difference?: string | undefined;
}

interface Props {
	uid: string;
	label: string;
	allResults: string;
	items: readonly SummaryItem[];
}

export function Summary({ uid, label, allResults, items }: Props) {
	const bar = useRef<HTMLDivElement>(null);
	const [shown, setShown] = useState(false);
	const names = items.map((i) => i.name).join(' ');

	useEffect(() => {
		const section = bar.current?.closest('section');
		const form = section?.querySelector('form');
		if (!section || !form) return undefined;
		const outputs = names
			.split(' ')
			.map((name) => section.querySelector(`.ib-results output[name="${name}"]`))
			.filter((o): o is HTMLOutputElement => o !== null);
		const state = new Map<Element, boolean>();
		const observer = new IntersectionObserver(
			(entries) => {
				for (const e of entries) {
					state.set(e.target, e.target === form ? e.isIntersecting : e.intersectionRatio >= 0.99);
				}
				const resultsInView = outputs.length > 0 && outputs.every((o) => state.get(o) === true);
				setShown(state.get(form) === true && !resultsInView);
			},
			{ threshold: [0, 0.99] },
		);
		observer.observe(form);
		for (const o of outputs) observer.observe(o);
		return () => {
			observer.disconnect();
		};
	}, [names]);

	return (
		<div ref={bar} class="ib-summary" role="group" aria-label={label} hidden={!shown}>
			<dl>
				{items.map((item) => (
					<div key={item.name} data-name={item.name}>
						<dt>{item.label}</dt>
						<dd>
							{item.text}
							{item.difference && <small> ({item.difference})</small>}
						</dd>
					</div>
				))}
			</dl>
			<a href={`#${uid}-results`}>{allResults}</a>
		</div>
	);
}
