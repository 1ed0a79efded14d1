/*
 * Ikuti Balik's service worker. The build (config/offline.ts) replaces `CONFIG` below with this
 * version's precache manifest and strings. It only ever stores the files of that manifest, under
 * their clean URLs (never a query string), fetched from its own origin; it caches nothing at run
 * time, so nothing a reader types and nothing a page loads while it runs is stored. Requests that
 * are not GET, go to another origin or fall outside the site are left to the browser untouched.
 */
/* global self, caches, fetch, URL, Response, Set, Map */
const CONFIG = /*IB_CONFIG*/ null;
const PREFIX = 'ikuti-balik-';
const CACHE = PREFIX + CONFIG.version;
const base = CONFIG.base;
const origin = self.location.origin;
/** The cache entry that records which languages this version has saved, and their revisions. */
const STATE = origin + base + '__ikuti-balik-offline-state';

const abs = (path) => origin + base + path;
const byPath = new Map();
for (const group of ['shared', 'id', 'en']) {
	for (const entry of CONFIG.groups[group]) byPath.set(entry.path, { ...entry, group });
}

async function readState(cache) {
	const response = await cache.match(STATE);
	if (!response) return { langs: [], revs: {} };
	try {
		return await response.json();
	} catch {
		return { langs: [], revs: {} };
	}
}

/** Languages that earlier versions saved, and the entries they hold by path → revision. */
async function previous() {
	const found = [];
	for (const name of await caches.keys()) {
		if (!name.startsWith(PREFIX) || name === CACHE) continue;
		const cache = await caches.open(name);
		found.push({ cache, state: await readState(cache) });
	}
	return found;
}

/** A copy of a response that a navigation may use (no "redirected" flag). */
async function clean(response) {
	if (!response.redirected) return response;
	return new Response(await response.blob(), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
}

/** Saves `langs` (plus the shared files) in this version's cache. Rejects if any file fails. */
async function save(langs) {
	const cache = await caches.open(CACHE);
	const state = await readState(cache);
	const old = await previous();
	const wanted = [...CONFIG.groups.shared];
	for (const lang of langs) wanted.push(...CONFIG.groups[lang]);
	let next = 0;
	async function worker() {
		while (next < wanted.length) {
			const entry = wanted[next++];
			const url = abs(entry.path);
			if (state.revs[entry.path] === entry.rev && (await cache.match(url))) continue;
			let response;
			for (const { cache: oldCache, state: oldState } of old) {
				if (oldState.revs[entry.path] === entry.rev) {
					response = await oldCache.match(url);
					if (response) break;
				}
			}
			if (!response) {
				response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
				if (!response.ok) throw new Error(`${url}: ${response.status}`);
			}
			await cache.put(url, await clean(response));
			state.revs[entry.path] = entry.rev;
		}
	}
	await Promise.all([worker(), worker(), worker(), worker()]);
	state.langs = [...new Set([...state.langs, ...langs])].sort();
	await cache.put(
		STATE,
		new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }),
	);
	return state.langs;
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// A new version saves the languages the reader had saved before it takes over, so it never
			// serves a page whose files it does not hold; it then waits until the reader reloads.
			const langs = [...new Set((await previous()).flatMap(({ state }) => state.langs))];
			if (langs.length) await save(langs.filter((l) => l === 'id' || l === 'en'));
			else await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
			}
			await self.clients.claim();
		})(),
	);
});

self.addEventListener('message', (event) => {
	const data = event.data;
	const port = event.ports[0];
	const reply = (message) => port?.postMessage(message);
	if (data?.type === 'skip-waiting') {
		event.waitUntil(self.skipWaiting());
	} else if (data?.type === 'status') {
		event.waitUntil(
			caches
				.open(CACHE)
				.then(readState)
				.then((state) => reply({ langs: state.langs, version: CONFIG.version })),
		);
	} else if (data?.type === 'save' && (data.lang === 'id' || data.lang === 'en')) {
		event.waitUntil(
			save([data.lang]).then(
				(langs) => reply({ langs, version: CONFIG.version }),
				(error) => reply({ error: String(error) }),
			),
		);
	}
});

const escapeHtml = (text) =>
	String(text).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	);

/** The page shown for a page that is not saved, with no connection: what can be read instead. */
async function offlinePage(path) {
	const lang = path.startsWith('en/') ? 'en' : 'id';
	const other = lang === 'en' ? 'id' : 'en';
	const t = CONFIG.strings[lang];
	const cache = await caches.open(CACHE);
	const { langs } = await readState(cache);
	const list = (group) =>
		'<ul>' +
		CONFIG.groups[group]
			.filter((e) => e.title)
			.map((e) => `<li><a href="${escapeHtml(base + e.path)}">${escapeHtml(e.title)}</a></li>`)
			.join('') +
		'</ul>';
	let body = `<h1>${escapeHtml(t.title)}</h1>`;
	if (!langs.length) body += `<p>${escapeHtml(t.none)}</p>`;
	else {
		body += `<p>${escapeHtml(t.lead)}</p>`;
		if (langs.includes(lang)) body += list(lang);
		if (langs.includes(other)) body += `<h2>${escapeHtml(t.otherLanguage)}</h2>` + list(other);
	}
	const html =
		`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
		'<meta name="viewport" content="width=device-width, initial-scale=1">' +
		`<meta http-equiv="content-security-policy" content="${CONFIG.offlineCsp}">` +
		`<title>${escapeHtml(t.title)}</title><style>${CONFIG.offlineCss}</style></head>` +
		`<body><main>${body}</main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' },
	});
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== origin || !url.pathname.startsWith(base)) return;
	const path = url.pathname.slice(base.length);
	const navigate = request.mode === 'navigate';
	if (!byPath.has(path)) {
		// Not part of the site's files (or a page of the reader's own data): straight to the network.
		if (navigate) event.respondWith(fetch(request).catch(() => offlinePage(path)));
		return;
	}
	event.respondWith(
		(async () => {
			// The clean URL: a scenario link's query string or Pagefind's `?ts=` never makes an entry.
			const cached = await (await caches.open(CACHE)).match(abs(path));
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch (error) {
				if (navigate) return offlinePage(path);
				throw error;
			}
		})(),
	);
});
