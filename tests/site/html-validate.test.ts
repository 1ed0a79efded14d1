import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/paths.ts';
import { listHtmlFiles } from './lib/dist.ts';
import { rulesKept, rulesTurnedOff, validateHtml } from './lib/html-validate.ts';

describe('html-validate', () => {
	const files = listHtmlFiles(distDir);

	test('keeps the content-model, ID, landmark and button rules on', () => {
		for (const rule of rulesKept) expect(Object.keys(rulesTurnedOff)).not.toContain(rule);
	});

	test('passes on every built page', async () => {
		expect(files.length).toBeGreaterThanOrEqual(30);
		const messages = (
			await Promise.all(
				files.map((file) => validateHtml(file, readFileSync(join(distDir, file), 'utf8'))),
			)
		).flat();
		expect(messages).toEqual([]);
	});
});

describe('html-validate, on broken pages', () => {
	const page = (body: string) =>
		`<!DOCTYPE html><html lang="id"><head><title>Uji</title></head><body><main>${body}</main></body></html>`;
	const rules = async (body: string) =>
		(await validateHtml('a.html', page(body))).map((m) => m.split(' ')[1]);

	test('reports <h3> inside <span>', async () => {
		expect(await rules('<span><h3>Judul</h3></span>')).toContain('element-permitted-content');
	});

	test('reports a duplicate ID, a button without type and same-named landmarks', async () => {
		expect(await rules('<p id="a"></p><p id="a"></p>')).toContain('no-dup-id');
		expect(await rules('<button>Salin</button>')).toContain('no-implicit-button-type');
		expect(await rules('<nav aria-label="Menu"></nav><nav aria-label="Menu"></nav>')).toContain(
			'unique-landmark',
		);
	});

	test('passes a clean page', async () => {
		expect(await rules('<h1>Judul</h1><p>Teks.</p>')).toEqual([]);
	});
});
