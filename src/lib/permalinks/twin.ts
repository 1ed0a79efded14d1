/**
 * Where the language switch in the header points: the same page in the other language. Every page
 * has its twin at the same path with or without `/en/`; the not-found pages are the exception, since
 * the Indonesian one is the single `404.html` that static hosts serve for any missing address.
 */
import { entryPath } from './link-index.ts';

/** The other language's path of a page, from its content entry ID, with the site's base path. */
export function twinHref(entryId: string, base: string): string {
	const { locale, path } = entryPath(entryId);
	const prefix = base.replace(/\/+$/, '');
	if (locale === 'en' && path === '/404/') return `${prefix}/404.html`;
	return `${prefix}${locale === 'id' ? '/en' : ''}${path}`;
}
