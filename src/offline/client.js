/*
 * The offline status of every page, loaded once the page is idle by the few inline lines of
 * config/offline.ts (in production builds). The build replaces `CONFIG` with the base path and the strings of
 * src/i18n/offline.ts. It registers the service worker, asks it to save the page's language, shows a
 * small status in the page's language ("ready offline"), offers to save the other language, and
 * offers a reload when a new version of the site is ready. It stores nothing itself.
 */
/* global document, navigator, location, MessageChannel */
(function () {
	const CONFIG = /*IB_CONFIG*/ null;
	const sw = navigator.serviceWorker;
	if (!sw || document.getElementById('ib-offline')) return;
	const lang = document.documentElement.lang === 'en' ? 'en' : 'id';
	const other = lang === 'en' ? 'id' : 'en';
	const t = CONFIG.strings[lang];

	const status = document.createElement('p');
	status.id = 'ib-offline';
	status.className = 'ib-offline';
	const text = document.createElement('span');
	text.setAttribute('role', 'status');
	status.append(text);
	const place =
		document.querySelector('main .sl-markdown-content') ?? document.querySelector('main');
	(place?.parentElement ?? document.body).append(status);

	/** Asks the active worker and resolves with its answer. */
	function ask(worker, message) {
		return new Promise((resolve) => {
			const channel = new MessageChannel();
			channel.port1.onmessage = (event) => resolve(event.data);
			worker.postMessage(message, [channel.port2]);
		});
	}

	function button(label, onClick) {
		const b = document.createElement('button');
		b.type = 'button';
		b.className = 'ib-offline-action';
		b.textContent = label;
		b.addEventListener('click', onClick);
		return b;
	}

	function show(answer, worker) {
		for (const old of status.querySelectorAll('.ib-offline-action')) old.remove();
		if (answer.error || !answer.langs?.includes(lang)) {
			text.textContent = t.failed;
			status.dataset.state = 'failed';
			return;
		}
		text.textContent = t.ready;
		status.dataset.state = 'ready';
		status.dataset.version = answer.version;
		if (answer.langs.includes(other)) {
			text.textContent = `${t.ready}. ${t.otherSaved}.`;
			return;
		}
		const save = button(t.saveOther, () => {
			save.disabled = true;
			text.textContent = t.saving;
			void ask(worker, { type: 'save', lang: other }).then((next) => show(next, worker));
		});
		status.append(' ', save);
	}

	/** The prompt to switch to the version that is waiting: a fixed bar, so it is seen. */
	let prompt;
	function offerUpdate(onReload) {
		if (prompt) return;
		prompt = button(t.update, onReload);
		prompt.id = 'ib-offline-update';
		prompt.className = 'ib-offline-update';
		document.body.append(prompt);
	}

	let reloading = false;
	const hadController = Boolean(sw.controller);
	sw.addEventListener('controllerchange', () => {
		if (reloading) location.reload();
		// Another tab switched versions: this page still shows the old one until it reloads.
		else if (hadController) offerUpdate(() => location.reload());
	});

	sw.register(`${CONFIG.base}sw.js`, { scope: CONFIG.base, updateViaCache: 'none' })
		.then((registration) => {
			const waiting = (worker) => {
				if (!sw.controller) return;
				offerUpdate(() => {
					reloading = true;
					worker.postMessage({ type: 'skip-waiting' });
				});
			};
			if (registration.waiting) waiting(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed') waiting(worker);
				});
			});
			return sw.ready;
		})
		.then(async (registration) => {
			const worker = registration.active;
			if (!worker) return;
			const known = await ask(worker, { type: 'status' });
			if (!known.langs?.includes(lang)) text.textContent = t.saving;
			show(await ask(worker, { type: 'save', lang }), worker);
		})
		.catch(() => {
			text.textContent = t.failed;
			status.dataset.state = 'failed';
		});
})();
