import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { atLeast, nodeProblem } from '../../../scripts/require-node.mjs';

const script = fileURLToPath(new URL('../../../scripts/require-node.mjs', import.meta.url));

describe('atLeast()', () => {
	test.each([
		['v20.20.2', '22.12.0', false],
		['v22.11.9', '22.12.0', false],
		['v22.12.0', '22.12.0', true],
		['v22.13.0', '22.12.0', true],
		['v24.0.0', '22.12.0', true],
		['v9.9.9', '22.12.0', false],
		['v100.0.0', '22.12.0', true],
	])('atLeast(%s, %s) is %s', (have, need, expected) => {
		expect(atLeast(have, need)).toBe(expected);
	});
});

describe('nodeProblem()', () => {
	test('explains how to get the pinned Node when the running one is too old', () => {
		const message = nodeProblem('v20.20.2', '22.12.0');
		expect(message).toContain('needs Node 22.12.0 or newer');
		expect(message).toContain('v20.20.2');
		expect(message).toContain('npm install');
	});

	test('returns null for a recent enough Node', () => {
		expect(nodeProblem('v24.1.0', '22.12.0')).toBeNull();
	});
});

describe('the require-node script', () => {
	test('passes under the Node that runs the tests (the pinned one)', () => {
		const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
});
