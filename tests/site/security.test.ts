import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, root } from '../support/paths.ts';
import { directives, findCspProblems, findHeaderGaps } from './lib/csp.ts';
import { readPages } from './lib/dist.ts';

const pages = readPages(distDir);
const headers = readFileSync(join(distDir, '_headers'), 'utf8');
const headerPolicy = /Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';

describe('the Content-Security-Policy', () => {
	test('every page has a strict policy that hashes each of its inline scripts and styles', () => {
		expect(pages.length).toBeGreaterThan(30);
		expect(findCspProblems(pages)).toEqual([]);
	});

	test('_headers carries a policy that allows what every page allows, and no more kinds', () => {
		expect(findHeaderGaps(pages, headerPolicy)).toEqual([]);
		const d = directives(headerPolicy);
		expect(d.get('default-src')).toEqual(["'self'"]);
		expect(d.get('frame-ancestors')).toEqual(["'none'"]);
		expect(d.get('script-src')).not.toContain("'unsafe-inline'");
	});

	test('_headers sends the usual security headers', () => {
		for (const header of [
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy:',
			'Permissions-Policy:',
			'X-Frame-Options: DENY',
		]) {
			expect(headers).toContain(header);
		}
	});

	test('the checks report a weak policy and unhashed inline code (fixture)', () => {
		const fixture = readPages(join(root, 'tests/site/fixtures/csp'));
		expect(findCspProblems(fixture)).toEqual([
			'index.html: script-src allows inline scripts or eval',
			"index.html: default-src is not 'self'",
			'index.html: inline <script> not in script-src: alert(1)',
			'index.html: inline <style> not in style-src: p{color:red}',
		]);
		expect(findHeaderGaps(fixture, "default-src 'self'")).toContain(
			'index.html: default-src * missing from _headers',
		);
	});
});
