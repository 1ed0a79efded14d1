import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	ensureBuild,
	isBuildInput,
	readStamp,
	sourceHash,
	staleReason,
	stampName,
} from '../../../config/build-stamp.ts';

let repo: string;
let dist: string;
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(repo, path)), { recursive: true });
	writeFileSync(join(repo, path), text);
};

beforeEach(() => {
	repo = mkdtempSync(join(tmpdir(), 'ib-stamp-'));
	dist = join(repo, 'dist');
	execFileSync('git', ['init', '-q'], { cwd: repo });
	write('.gitignore', 'dist/\nnode_modules/\n');
	write('src/page.md', 'first');
	write('tests/page.test.ts', 'test');
	execFileSync('git', ['add', '-A'], { cwd: repo });
});
afterEach(() => {
	rmSync(repo, { recursive: true, force: true });
});

/** A stand-in for `astro build`: empties dist/ as Astro does and writes the page's source. */
let builds = 0;
const fakeBuild = () => {
	builds += 1;
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(dist, { recursive: true });
	writeFileSync(join(dist, 'index.html'), readFileSync(join(repo, 'src/page.md'), 'utf8'));
	return true;
};
const run = (ifStale = true) =>
	ensureBuild({ dist, ifStale, hash: () => sourceHash(repo, {}), build: fakeBuild });

describe('isBuildInput()', () => {
	test.each([
		['src/content/docs/index.mdx', true],
		['config/site.ts', true],
		['package-lock.json', true],
		['src/content/docs/panduan/risiko.md', true],
		['tests/browser/a11y.test.ts', false],
		['docs/testing.md', false],
		['README.md', false],
		['.ci/run', false],
		['vitest.config.ts', false],
		['eslint.config.js', false],
		['.prettierignore', false],
		['astro.config.mjs', true],
		['src/lib/vitest.config.ts', true],
	])('%s → %s', (path, expected) => {
		expect(isBuildInput(path)).toBe(expected);
	});
});

describe('sourceHash()', () => {
	test('changes with a source file, a new untracked file, a deleted file and the environment', () => {
		const base = sourceHash(repo, {});
		expect(base).toMatch(/^[0-9a-f]{64}$/);
		expect(sourceHash(repo, {})).toBe(base);
		write('src/page.md', 'second');
		const edited = sourceHash(repo, {});
		expect(edited).not.toBe(base);
		write('src/new.md', 'new');
		const added = sourceHash(repo, {});
		expect(added).not.toBe(edited);
		unlinkSync(join(repo, 'src/new.md'));
		expect(sourceHash(repo, {})).toBe(edited);
		unlinkSync(join(repo, 'src/page.md'));
		expect(sourceHash(repo, {})).not.toBe(edited);
		write('src/page.md', 'second');
		expect(sourceHash(repo, { BASE_PATH: '/ikuti-balik' })).not.toBe(edited);
		expect(sourceHash(repo, { SITE_URL: 'https://example.org' })).not.toBe(edited);
		expect(sourceHash(repo, {}, 'v99.0.0')).not.toBe(edited);
	});

	test('ignores the tests, ignored files and the build output', () => {
		const base = sourceHash(repo, {});
		write('tests/page.test.ts', 'changed');
		write('dist/index.html', 'anything');
		write('node_modules/x/index.js', 'anything');
		expect(sourceHash(repo, {})).toBe(base);
	});

	test('is undefined outside a git work tree, so nothing is taken as current', () => {
		const plain = mkdtempSync(join(tmpdir(), 'ib-plain-'));
		try {
			expect(sourceHash(plain, {})).toBeUndefined();
		} finally {
			rmSync(plain, { recursive: true, force: true });
		}
	});
});

describe('ensureBuild()', () => {
	test('builds once per change: a stale dist/ is rebuilt, never tested', () => {
		builds = 0;
		expect(run().kind).toBe('built');
		expect(readStamp(dist)).toBe(sourceHash(repo, {}));
		expect(run().kind).toBe('current');
		expect(builds).toBe(1);
		// The sources change after the build: the next run builds again and tests the new page.
		write('src/page.md', 'second');
		expect(staleReason(dist, sourceHash(repo, {}))).toMatch(/changed after/);
		expect(run().kind).toBe('built');
		expect(builds).toBe(2);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('second');
		expect(staleReason(dist, sourceHash(repo, {}))).toBeNull();
	});

	test('always builds without --if-stale', () => {
		builds = 0;
		run(false);
		run(false);
		expect(builds).toBe(2);
	});

	test('leaves the build unstamped when a source is saved during the build', () => {
		const outcome = ensureBuild({
			dist,
			ifStale: true,
			hash: () => sourceHash(repo, {}),
			build: () => {
				fakeBuild();
				write('src/page.md', 'saved meanwhile');
				return true;
			},
		});
		expect(outcome).toEqual({ kind: 'built', hash: undefined });
		expect(readStamp(dist)).toBeUndefined();
		expect(run().kind).toBe('built');
	});

	test('a failed build is reported and stamps nothing', () => {
		const outcome = ensureBuild({
			dist,
			ifStale: true,
			hash: () => sourceHash(repo, {}),
			build: () => false,
		});
		expect(outcome.kind).toBe('failed');
		expect(readStamp(dist)).toBeUndefined();
	});
});

describe('staleReason()', () => {
	test('names a missing build, a missing stamp and a foreign stamp', () => {
		const hash = sourceHash(repo, {});
		expect(staleReason(dist, hash)).toMatch(/no build/);
		fakeBuild();
		expect(staleReason(dist, hash)).toMatch(/no build stamp/);
		writeFileSync(join(dist, stampName), 'f'.repeat(64));
		expect(staleReason(dist, hash)).toMatch(/changed after/);
		writeFileSync(join(dist, stampName), `${String(hash)}\n`);
		expect(staleReason(dist, hash)).toBeNull();
		expect(staleReason(dist, undefined)).toMatch(/cannot be hashed/);
	});
});
