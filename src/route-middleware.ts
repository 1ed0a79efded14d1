import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Fails the production build on a fallback page: a page that exists in one language only and that
 * Starlight would otherwise fill silently with the other language's text.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (import.meta.env.PROD && route.isFallback) {
		throw new Error(
			`"${context.url.pathname}" has no ${route.lang} page of its own: add its twin under ` +
				`src/content/docs/ (Indonesian at the root, English under en/) with the same path.`,
		);
	}
});
