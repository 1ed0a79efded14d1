// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'tests/site/fixtures/', '.lighthouse/'],
	},
	...tseslint.configs.strictTypeChecked,
	...tseslint.configs.stylisticTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// `strictest` turns on noPropertyAccessFromIndexSignature, which requires env['NAME'].
			'@typescript-eslint/dot-notation': 'off',
		},
	},
	...eslintPluginAstro.configs.recommended,
	{
		// Astro files are linted for Astro's rules; their TypeScript is type-checked by `astro check`.
		files: ['**/*.astro'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
);
