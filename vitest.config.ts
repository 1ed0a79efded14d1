import { defineConfig } from 'vitest/config';

/** Three tiers: pure logic (unit), checks on the built `dist/` (site), real Chromium (browser). */
export default defineConfig({
	test: {
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
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/setup/preview-server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
