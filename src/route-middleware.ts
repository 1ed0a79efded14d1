import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { documentTitle, withTitle } from './lib/seo/page-title.ts';
import { withSocialMeta } from './lib/seo/social-meta.ts';
import { appleTouchIcon, themeColor } from './lib/offline/icon.ts';
import {
	previewCard,
	previewImageUrl,
	previewSize,
	previewSubtitle,
} from './lib/seo/preview-image.ts';
import { dictionaries, localeOf } from './i18n/index.ts';
import { fill } from './lib/i18n/fill.ts';
import { sidebar } from '../config/sidebar.ts';

/**
 * Refuses a fallback page: a page that exists in one language only and that Starlight would otherwise
 * fill silently with the other language's text. It throws in every mode, not only in production
 * builds, so the dev server shows the missing twin too and a build never depends on NODE_ENV.
 * Then completes each page's link-preview tags in its own language and gives it a `<title>` that
 * says what the page is (see page-title.ts).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.isFallback) {
		throw new Error(
			`"${context.url.pathname}" has no ${route.lang} page of its own: add its twin under ` +
				`src/content/docs/ (Indonesian at the root, English under en/) with the same path.`,
		);
	}
	const isHome = route.id === '' || route.id === 'en';
	const title = documentTitle({ title: route.entry.data.title, lang: route.lang, isHome });
	route.head = withTitle(route.head, title);
	// The page's own preview image (src/pages/og/[...route].ts draws it), absolute as crawlers need.
	const card = previewCard({ id: route.id, title: route.entry.data.title }, sidebar);
	const site = context.site?.href ?? context.url.origin;
	const image = {
		url: previewImageUrl(route.id, site, import.meta.env.BASE_URL),
		...previewSize,
		alt: fill(dictionaries[localeOf(route.lang)].share.imageAlt, {
			text: `${card.title} · ${previewSubtitle(card)}`,
		}),
	};
	route.head = withSocialMeta(route.head, {
		image,
		// The home pages share their descriptive title; other pages their own title.
		title: isHome ? title : route.entry.data.title,
		description: route.entry.data.description,
		lang: route.lang,
	});
	// The web app manifest of the page's language and the icon iOS puts on the home screen, which
	// ignores the manifest's icons (config/offline.ts writes both), and the theme colour.
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const manifest = `${base}${route.lang === 'en' ? 'en/' : ''}manifest.webmanifest`;
	const touchIcon = `${base}${appleTouchIcon.file}`;
	const touchSize = `${String(appleTouchIcon.size)}x${String(appleTouchIcon.size)}`;
	route.head = [
		...route.head,
		{ tag: 'link', attrs: { rel: 'manifest', href: manifest }, content: '' },
		{
			tag: 'link',
			attrs: { rel: 'apple-touch-icon', sizes: touchSize, href: touchIcon },
			content: '',
		},
		{ tag: 'meta', attrs: { name: 'theme-color', content: themeColor }, content: '' },
	];
});
