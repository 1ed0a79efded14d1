/**
 * Scenario B of a comparison (see Comparison.tsx), in its own chunk: loaded only when the reader
 * compares. Its state lives in the link under the `b.` prefix; its view is the calculator's own,
 * with `b.` output names and each result's difference from A; its button ends the comparison and
 * takes B out of the link.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Dictionary } from '../../i18n/id.ts';
import { describeDifference, difference } from '../../lib/calculators/compare.ts';
import type { Value } from '../../lib/calculators/value.ts';
import type { Locale } from '../../lib/number/index.ts';
import { scenarioB, withoutScenarioB } from '../../lib/url-state/scenario-b.ts';
import type { CompareView } from './CalculatorShell.tsx';
import {
	useScenario,
	type Scenario,
	type ScenarioOptions,
	type ScenarioSpec,
} from './useScenario.ts';

export interface ScenarioBProps<N extends string, C extends string> {
	uid: string;
	spec: ScenarioSpec<N, C>;
	locale: Locale;
	syncUrl: boolean;
	/** A's copy when the reader chose "Compare"; `undefined` when B comes from the link. */
	from: ScenarioOptions<N, C>['from'];
	common: Dictionary['common'];
	/** A's results. */
	baseline: object;
	view: (scenario: Scenario<N, C>, compare: CompareView) => ComponentChildren;
	onClose: () => void;
}

export function ScenarioB<N extends string, C extends string>(props: ScenarioBProps<N, C>) {
	const { uid, common } = props;
	const b = useScenario(props.spec, props.locale, props.syncUrl, {
		prefix: scenarioB,
		from: props.from,
	});
	const names = [...Object.keys(props.spec.fields), ...Object.keys(props.spec.choices)];
	const baseline = props.baseline as Readonly<Record<string, unknown>>;

	// A reader who chose "Compare" lands on B's heading.
	useEffect(() => {
		if (props.from) document.querySelector<HTMLElement>(`#${uid} .ib-scenario-heading`)?.focus();
	}, []);

	return (
		<>
			{props.view(b, {
				uid,
				prefix: scenarioB,
				heading: common.compare.scenarioB,
				differ: (name: string, value: Value<string>, render: (x: number) => string) => {
					const d = difference(baseline[name], value);
					return d === undefined
						? undefined
						: { value: d, text: describeDifference(d, render, common.compare) };
				},
				actions: (
					<p class="ib-compare-actions">
						<button
							type="button"
							class="ib-compare-toggle"
							onClick={() => {
								if (props.syncUrl) {
									const search = withoutScenarioB(location.search, names);
									history.replaceState(
										history.state,
										'',
										`${location.pathname}${search}${location.hash}`,
									);
								}
								props.onClose();
							}}
						>
							{common.compare.stop}
						</button>
					</p>
				),
			})}
		</>
	);
}
