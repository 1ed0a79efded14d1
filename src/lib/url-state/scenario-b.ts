/**
 * Scenario B of a comparison in the link: its inputs are A's parameters under the `b.` prefix
 * (`b.followed=150`), beside A's own, so one link holds both scenarios.
 */

/** The prefix of scenario B's link parameters and of its `<output name>`s. */
export const scenarioB = 'b.';

/** Scenario B's name for one of A's parameters or results. */
export const prefixed = (name: string, prefix: string = scenarioB): string => `${prefix}${name}`;

/** True when a query string holds any of B's parameters with a value. */
export function hasScenarioB(search: string, names: readonly string[]): boolean {
	const params = new URLSearchParams(search);
	return names.some((name) => (params.get(prefixed(name)) ?? '') !== '');
}

/** `search` without any of B's parameters, every other parameter kept. */
export function withoutScenarioB(search: string, names: readonly string[]): string {
	const params = new URLSearchParams(search);
	for (const name of names) params.delete(prefixed(name));
	const text = params.toString();
	return text ? `?${text}` : '';
}
