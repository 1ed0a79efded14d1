/**
 * Scenario A and, once the reader chooses "Compare" (or opens a link holding `b.` parameters),
 * scenario B beside it: stacked on phones, side by side on wide screens. B starts as a copy of A,
 * keeps its inputs in the link as `b.<param>`, and shows each result with its difference from A.
 * Everything B needs (its state, the differences, closing) is in ScenarioB.tsx, loaded only when a
 * comparison opens; this part only offers it.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Dictionary } from '../../i18n/id.ts';
import type { Locale } from '../../lib/number/index.ts';
import { hasScenarioB } from '../../lib/url-state/scenario-b.ts';
import type { CompareView } from './CalculatorShell.tsx';
import type { ScenarioBProps } from './ScenarioB.tsx';
import { useScenario, type Scenario, type ScenarioSpec } from './useScenario.ts';

interface Props<N extends string, C extends string> {
	uid: string;
	spec: ScenarioSpec<N, C>;
	/** Scenario A, owned by the island. */
	a: Scenario<N, C>;
	locale: Locale;
	syncUrl: boolean;
	common: Dictionary['common'];
	/** A's results, for B's differences. */
	baseline: object;
	/** Renders one scenario's form and results. */
	view: (scenario: Scenario<N, C>, compare: CompareView) => ComponentChildren;
}

export function Comparison<N extends string, C extends string>(props: Props<N, C>) {
	const { uid, a, common, syncUrl } = props;
	const [ScenarioB, setScenarioB] = useState<FunctionComponent<ScenarioBProps<N, C>> | null>(null);
	// A's copy when the reader chose "Compare"; `undefined` when B comes from the link.
	const [from, setFrom] = useState<ScenarioBProps<N, C>['from']>(undefined);
	const [failed, setFailed] = useState(false);
	const [closed, setClosed] = useState(false);
	const names = [...Object.keys(props.spec.fields), ...Object.keys(props.spec.choices)];
	const toggle = `${uid}-compare`;

	const open = (copy: ScenarioBProps<N, C>['from']) => {
		setFailed(false);
		import('./ScenarioB.tsx').then(
			(module) => {
				setFrom(copy);
				setScenarioB(() => module.ScenarioB as FunctionComponent<ScenarioBProps<N, C>>);
			},
			() => {
				setFailed(true);
			},
		);
	};

	// A link holding any of B's parameters opens in comparison, once, after hydration.
	useEffect(() => {
		if (syncUrl && hasScenarioB(location.search, names)) open(undefined);
	}, []);
	// Closing B puts the reader back on the "Compare" button.
	useEffect(() => {
		if (closed) document.getElementById(toggle)?.focus();
	}, [closed]);

	return (
		<div class={ScenarioB ? 'ib-comparison ib-comparing' : 'ib-comparison'}>
			{props.view(a, {
				uid,
				prefix: '',
				heading: ScenarioB ? common.compare.scenarioA : undefined,
				actions: !ScenarioB && (
					<p class="ib-compare-actions">
						<button
							type="button"
							id={toggle}
							class="ib-compare-toggle"
							onClick={() => {
								setClosed(false);
								// The link then holds both scenarios in full, whatever A started from.
								if (syncUrl) history.replaceState(history.state, '', a.link());
								open({ texts: { ...a.texts }, choices: { ...a.choices } });
							}}
						>
							{common.compare.start}
						</button>
						<small class="ib-hint">{common.compare.startHint}</small>
						{failed && <span role="status">{common.compare.failed}</span>}
					</p>
				),
			})}
			{ScenarioB && (
				<ScenarioB
					uid={`${uid}-b`}
					spec={props.spec}
					locale={props.locale}
					syncUrl={syncUrl}
					from={from}
					common={common}
					baseline={props.baseline}
					view={props.view}
					onClose={() => {
						setScenarioB(null);
						setClosed(true);
					}}
				/>
			)}
		</div>
	);
}

/** What every calculator island gets from its wrapper (see island-props.ts). */
interface ComparableProps {
	instance: string;
	locale: Locale;
	syncUrl: boolean;
	strings: { common: Dictionary['common'] };
}

/**
 * A calculator island's default export: scenario A from the example or the link, rendered by
 * `View`, with "Compare" offering scenario B beside it.
 */
export function comparableIsland<N extends string, C extends string, P extends ComparableProps>(
	spec: ScenarioSpec<N, C>,
	calculate: (scenario: Scenario<N, C>) => object,
	View: FunctionComponent<{ props: P; scenario: Scenario<N, C>; compare: CompareView }>,
): FunctionComponent<P> {
	return function Island(props: P) {
		const a = useScenario(spec, props.locale, props.syncUrl);
		return (
			<Comparison
				uid={props.instance}
				spec={spec}
				a={a}
				locale={props.locale}
				syncUrl={props.syncUrl}
				common={props.strings.common}
				baseline={calculate(a)}
				view={(scenario, compare) => <View props={props} scenario={scenario} compare={compare} />}
			/>
		);
	};
}
