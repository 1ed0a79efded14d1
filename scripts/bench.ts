// npm run bench: builds the site, serves it, and prints a Markdown table of what each key page costs
// against a bare Starlight page built with the same versions in the same run. See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { headingLinkScript } from '../config/heading-links.ts';
import { offlineLoaderScript } from '../config/offline.ts';
import { readWorkerConfig } from '../tests/site/lib/offline.ts';
import { languageBudgetKb } from '../src/lib/offline/precache.ts';
import { findChromium } from '../tests/browser/support/chromium.ts';
import { buildBareStarlight } from '../tests/support/bare-starlight.ts';
import { startLighthouse, type LighthouseScores } from '../tests/support/lighthouse.ts';
import { weighPage, type PageWeight } from '../tests/support/page-weight.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const pages = [
	['Home', ''],
	['Guide page', 'panduan/apa-itu-ikuti-balik/'],
	['Follow-back calculator', 'kalkulator/ikuti-balik/'],
	['Engagement calculator', 'kalkulator/engagement/'],
	['Reach calculator', 'kalkulator/jangkauan/'],
] as const;

const step = (text: string) => {
	process.stderr.write(`• ${text}\n`);
};

step('building the site');
const build = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
	cwd: root,
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

step('building a bare Starlight page with the same versions');
const bare = buildBareStarlight();
const site = await serveStatic(dist);
const bareSite = await serveStatic(bare.dist);
const lighthouse = await startLighthouse(findChromium());

const ownInline = (code: string) =>
	code === headingLinkScript || code === offlineLoaderScript('/') || code.includes('.ib-');
const ownScript = (name: string) => /^(LinkIndex|\w+Island)\b/.test(name);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const kbOr = (bytes: number | undefined) => (bytes === undefined ? '—' : kb(bytes));
const total = (w: PageWeight) => w.html + w.css + w.js;

interface Row {
	name: string;
	weight: PageWeight;
	scores: LighthouseScores;
}
const rows: Row[] = [];
try {
	step('measuring the bare page');
	rows.push({
		name: 'Bare Starlight page',
		weight: weighPage(bare.dist, 'index.html'),
		scores: await lighthouse.run(`${bareSite.origin}/`),
	});
	for (const [label, path] of pages) {
		for (const lang of ['id', 'en'] as const) {
			const at = lang === 'en' ? `en/${path}` : path;
			step(`measuring /${at}`);
			rows.push({
				name: `${label} (${lang}) \`/${at}\``,
				weight: weighPage(dist, `${at}index.html`, { ownInline, ownScript }),
				scores: await lighthouse.run(`${site.origin}/${at}`),
			});
		}
	}
} finally {
	lighthouse.close();
	await site.close();
	await bareSite.close();
	bare.cleanup();
}

const floor = rows[0]?.weight;
const lines = [
	'| Page | HTML | CSS | JS | our JS | Starlight + Astro JS | Requests | Perf | A11y | Best pr. | SEO | × bare | Comparison, on demand |',
	'| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	...rows
		.map(({ name, weight: w, scores: s }) =>
			[
				name,
				kb(w.html),
				kb(w.css),
				kb(w.js),
				kb(w.ourJs),
				kb(w.js - w.ourJs),
				String(w.requests),
				String(s.performance),
				String(s.accessibility),
				String(s.bestPractices),
				String(s.seo),
				floor ? (total(w) / total(floor)).toFixed(2) : '—',
				// Loaded when a reader chooses "Compare" (budget: 8 KB, tests/site/budgets.test.ts).
				kbOr(w.onDemand.find((d) => d.file.startsWith('ScenarioB.'))?.js),
			].join(' | '),
		)
		.map((line) => `| ${line} |`),
];
// What saving the site for offline reading transfers: one language's pages, its search index and
// the shared scripts, styles and icons (gzip bytes, from the service worker's precache list).
const worker = readWorkerConfig(dist);
const offlineLines = [
	'| Offline precache | Files | KB (gzip) | Target |',
	'| :--- | ---: | ---: | ---: |',
	...(['id', 'en'] as const).map((lang) => {
		const entries = [...worker.groups.shared, ...worker.groups[lang]];
		const bytes = entries.reduce((sum, e) => sum + e.gzip, 0);
		return `| ${lang === 'id' ? 'Indonesian' : 'English'} (+ shared) | ${String(entries.length)} | ${kb(bytes)} | < ${String(languageBudgetKb)} |`;
	}),
];
console.log(
	[
		'Sizes in KB, gzip-compressed as transferred; Lighthouse 13 scores on its mobile profile (median of three runs, CPU slowdown calibrated to the host).',
		'',
		...lines,
		'',
		...offlineLines,
	].join('\n'),
);
