import { defineHastPlugin, type HastPluginEntry, type MdxJsxFlowElementHast } from 'satteri';

/**
 * Returns `href` with the site's base path in front when it is a root-relative link (`/panduan/…`).
 * Content is written as if the site sat at a domain root; this lets the same pages be hosted under a
 * sub-path such as `/ikuti-balik/`. Absolute, protocol-relative, fragment and relative links stay.
 */
export function withBase(href: string, base: string): string {
	if (base === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === base || href.startsWith(`${base}/`)) return href;
	return `${base}${href}`;
}

/** MDX components whose `href` is a link, as in starlight-links-validator's defaults. */
const linkComponents = new Set(['a', 'LinkCard', 'LinkButton']);

/**
 * A Sätteri HAST plugin that applies {@link withBase} to every `<a href>` in Markdown and MDX and to
 * the `href` of Starlight's link components in MDX.
 */
export function baseLinks(base: string): HastPluginEntry {
	const rebase = (node: Readonly<MdxJsxFlowElementHast>) => {
		if (!node.name || !linkComponents.has(node.name)) return;
		const attributes = node.attributes.map((attribute) =>
			attribute.type === 'mdxJsxAttribute' &&
			attribute.name === 'href' &&
			typeof attribute.value === 'string'
				? { ...attribute, value: withBase(attribute.value, base) }
				: attribute,
		);
		const changed = attributes.some(
			(attribute, i) => 'value' in attribute && attribute.value !== node.attributes[i]?.value,
		);
		return changed ? { ...node, attributes } : undefined;
	};
	return defineHastPlugin({
		name: 'ikuti-balik-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties['href'];
				if (typeof href !== 'string') return;
				const based = withBase(href, base);
				if (based !== href) ctx.setProperty(node, 'href', based);
			},
		},
		mdxJsxFlowElement: { filter: [...linkComponents], visit: rebase },
		mdxJsxTextElement: { filter: [...linkComponents], visit: (node) => rebase(node as never) },
	});
}
