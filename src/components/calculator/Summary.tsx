/**
 * The headline results pinned to the bottom of the viewport while the reader edits the form and
 * the full results are off screen (phones, mostly). It repeats no announcement: the results region
 * stays the one polite live region, and this bar holds plain text, not outputs. It moves a focused
 * field out from under itself, and hides once every headline output is fully on screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** One headline result: the `<output name>` it mirrors, a short label and the formatted value. */
export interface SummaryItem {
	name: string;
	label: string;
	text: string;
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
		const el = bar.current;
		const section = el?.closest('section');
		const form = section?.querySelector('form');
		if (!el || !section || !form || typeof IntersectionObserver !== 'function') return undefined;
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
		/** Scrolls a focused field that would sit under the bar up above it. */
		const uncover = (event: FocusEvent) => {
			const field = event.target;
			if (!(field instanceof HTMLElement)) return;
			requestAnimationFrame(() => {
				if (el.hidden) return;
				const f = field.getBoundingClientRect();
				const b = el.getBoundingClientRect();
				if (f.bottom > b.top && f.top < b.bottom) window.scrollBy(0, f.bottom - b.top + 12);
			});
		};
		form.addEventListener('focusin', uncover);
		return () => {
			observer.disconnect();
			form.removeEventListener('focusin', uncover);
		};
	}, [names]);

	return (
		<div ref={bar} class="ib-summary" role="group" aria-label={label} hidden={!shown}>
			<dl>
				{items.map((item) => (
					<div key={item.name} data-name={item.name}>
						<dt>{item.label}</dt>
						<dd>{item.text}</dd>
					</div>
				))}
			</dl>
			<a href={`#${uid}-results`}>{allResults}</a>
		</div>
	);
}
