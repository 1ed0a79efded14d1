import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withSocialMeta } from './lib/seo/social-meta.ts';

/**
 * Refuses a fallback page: a page that exists in one language only and that Starlight would otherwise
 * fill silently with the other language's text. It throws in every mode, not only in production
 * builds, so the dev server shows the missing twin too and a build never depends on NODE_ENV.
 * Then completes each page's link-preview tags in its own language.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.isFallback) {
		throw new Error(
			`"${context.url.pathname}" has no ${route.lang} page of its own: add its twin under ` +
				`src/content/docs/ (Indonesian at the root, English under en/) with the same path.`,
		);
	}
	route.head = withSocialMeta(route.head, {
		title: route.entry.data.title,
		description: route.entry.data.description,
		lang: route.lang,
	});
});
