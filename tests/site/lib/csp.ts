/** Checks on the Content-Security-Policy of built pages and of `_headers`. */
import { createHash } from 'node:crypto';
import type { BuiltPage } from './dist.ts';

/** Directive name → sources, from a policy string. */
export function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name = '', ...sources]) => [name, sources]),
	);
}

/** The policy in a page's CSP meta element, if any. */
export function pagePolicy(page: BuiltPage): string | undefined {
	return page.document
		.querySelector('meta[http-equiv="content-security-policy"]')
		?.getAttribute('content');
}

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Problems with a page's policy: missing, scripts allowed inline or by eval, no `default-src 'self'`,
 * or an inline script or style element the policy does not hash (the browser would block it).
 */
export function findCspProblems(pages: readonly BuiltPage[]): string[] {
	return pages.flatMap((page) => {
		if (page.document.querySelector('meta[http-equiv="refresh"]')) return [];
		const policy = pagePolicy(page);
		if (!policy) return [`${page.file}: no CSP meta element`];
		const d = directives(policy);
		const problems: string[] = [];
		const scripts = d.get('script-src') ?? [];
		if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) {
			problems.push(`${page.file}: script-src allows inline scripts or eval`);
		}
		if ((d.get('default-src') ?? []).join(' ') !== "'self'")
			problems.push(`${page.file}: default-src is not 'self'`);
		for (const el of page.document.querySelectorAll('script:not([src]), style')) {
			if (el.getAttribute('type')?.includes('json')) continue;
			const body = el.rawText;
			if (el.tagName === 'SCRIPT' && body === '') continue;
			const directive = el.tagName === 'SCRIPT' ? 'script-src' : 'style-src';
			if (!(d.get(directive) ?? []).includes(hash(body))) {
				problems.push(
					`${page.file}: inline <${el.tagName.toLowerCase()}> not in ${directive}: ${body.slice(0, 40)}`,
				);
			}
		}
		return problems;
	});
}

/** Sources a page's policy allows that the `_headers` policy does not (the header must allow them). */
export function findHeaderGaps(pages: readonly BuiltPage[], headerPolicy: string): string[] {
	const header = directives(headerPolicy);
	return pages.flatMap((page) => {
		const policy = pagePolicy(page);
		if (!policy) return [];
		return [...directives(policy)].flatMap(([name, sources]) =>
			sources
				.filter((s) => !(header.get(name) ?? []).includes(s))
				.map((s) => `${page.file}: ${name} ${s} missing from _headers`),
		);
	});
}
