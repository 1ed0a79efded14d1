import { describe, expect, test } from 'vitest';
import {
	hasScenarioB,
	prefixed,
	scenarioB,
	withoutScenarioB,
} from '../../../../src/lib/url-state/scenario-b.ts';

describe('scenario B in the link', () => {
	const names = ['followed', 'followedBack', 'platform'];

	test('names B’s parameters with the b. prefix', () => {
		expect(scenarioB).toBe('b.');
		expect(prefixed('followed')).toBe('b.followed');
	});

	test.each([
		['?b.followed=150', true],
		['?followed=200&b.platform=x', true],
		['?followed=200', false],
		['?b.followed=', false], // an empty value holds nothing
		['?b.unknown=1', false], // not one of this calculator's parameters
		['?bfollowed=1', false],
		['', false],
	])('hasScenarioB(%j) is %s', (search, expected) => {
		expect(hasScenarioB(search, names)).toBe(expected);
	});

	test('withoutScenarioB() removes B’s parameters and keeps every other one', () => {
		expect(withoutScenarioB('?followed=200&b.followed=150&b.platform=x&utm=a', names)).toBe(
			'?followed=200&utm=a',
		);
		expect(withoutScenarioB('?b.followed=150', names)).toBe('');
	});
});
