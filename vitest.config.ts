import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/browser/setup/sequencer.ts';

/** Three tiers: pure logic (unit), checks on the built `dist/` (site), real Chromium (browser). */
export default defineConfig({
	test: {
		// Vitest takes one sequencer for every project: it starts the longest browser files first
		// and leaves the other projects' order as it is.
		sequence: { sequencer: LongestFirst },
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					environment: 'node',
					// The build-guard tests run real Astro builds of scratch sites.
					testTimeout: 120_000,
				},
			},
			{
				test: {
					// Needs system packages: hunspell, hunspell-id, hunspell-en-us (see README).
					name: 'language',
					include: ['tests/language/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
				},
			},
			{
				test: {
					// Real Chromium against `astro preview` of the build. Files share nothing but the
					// preview server, so two run at once (two cores overlap one file's rendering with
					// the other's waits); within a file, tests that share no state run concurrently.
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					exclude: ['tests/browser/lighthouse.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/setup/preview-server.ts'],
					testTimeout: 90_000,
					hookTimeout: 120_000,
					fileParallelism: true,
					maxWorkers: 2,
					maxConcurrency: 4,
					sequence: { groupOrder: 1 },
				},
			},
			{
				test: {
					// Lighthouse measures speed, so it runs after the browser files, alone on the machine.
					name: 'lighthouse',
					include: ['tests/browser/lighthouse.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/setup/preview-server.ts'],
					testTimeout: 300_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					sequence: { groupOrder: 2 },
				},
			},
		],
	},
});
