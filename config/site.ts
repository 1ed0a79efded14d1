/** Where the site is hosted, read from the environment so one build can serve a domain root or a sub-path. */

const fallbackSite = 'http://localhost:4321';

/** Returns the absolute origin (and optional path) the site is published at, from `SITE_URL`. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const raw = env['SITE_URL']?.trim();
	if (!raw) return fallbackSite;
	const url = new URL(raw); // throws on a malformed value: better than a silently broken sitemap
	return url.origin;
}

/** Returns the base path from `BASE_PATH`, normalised to `/` or `/segment` (no trailing slash). */
export function basePath(env: Record<string, string | undefined> = process.env): string {
	const raw = env['BASE_PATH']?.trim() ?? '';
	const segments = raw.split('/').filter(Boolean);
	if (segments.some((s) => !/^[\w.~-]+$/.test(s))) {
		throw new Error(`BASE_PATH must be a URL path such as /ikuti-balik, got "${raw}".`);
	}
	return segments.length ? `/${segments.join('/')}` : '/';
}
