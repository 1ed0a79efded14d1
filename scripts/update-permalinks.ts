// Adds the build's new pages and sections to tests/permalinks.txt, never removing a line.
// Run after `npm run build`: `npm run permalinks`.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtPermalinks, readPermalinks } from '../tests/site/lib/permalinks.ts';

const file = new URL('../tests/permalinks.txt', import.meta.url);
const text = readFileSync(file, 'utf8');
const listed = new Set(readPermalinks(text));
const added = builtPermalinks(new URL('../dist/', import.meta.url).pathname).filter(
	(l) => !listed.has(l),
);
writeFileSync(file, `${text.trimEnd()}\n${added.map((l) => `${l}\n`).join('')}`);
console.log(
	added.length
		? `Added ${String(added.length)} permalinks:\n${added.join('\n')}`
		: 'Nothing to add.',
);
