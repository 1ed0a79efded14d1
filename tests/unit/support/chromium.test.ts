import { execPath } from 'node:process';
import { describe, expect, test } from 'vitest';
import { findChromium } from '../../browser/support/chromium.ts';

describe('findChromium()', () => {
	test('uses CHROMIUM_PATH when it points at a file', () => {
		expect(findChromium({ CHROMIUM_PATH: execPath }, [])).toBe(execPath);
	});

	test('fails, naming the bad path, when CHROMIUM_PATH points nowhere', () => {
		expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' }, [])).toThrow(
			'CHROMIUM_PATH is set to "/nowhere/chromium"',
		);
	});

	test('returns the first usual location that exists', () => {
		expect(findChromium({}, ['/nowhere/chromium', execPath])).toBe(execPath);
	});

	test('fails with installation advice when no browser is found', () => {
		expect(() => findChromium({}, ['/nowhere/chromium'])).toThrow(/apt-get install -y chromium/);
		expect(() => findChromium({}, ['/nowhere/chromium'])).toThrow(/CHROMIUM_PATH=/);
	});
});
