/**
 * HTML validation of the built pages with html-validate, a maintained validator. The rules turned
 * off are listed here, each with the reason; the content model, duplicate IDs, unnamed or
 * same-named landmarks and buttons without a type are never among them.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';

/** Rules off for the whole site, and why. */
export const rulesTurnedOff: Readonly<Record<string, string>> = {
	'void-style':
		'Astro writes void elements self-closed (`<meta />`); both forms are valid HTML, so the rule is a style preference.',
	'no-inline-style':
		'Starlight sets CSS custom properties in `style=""` attributes (the CSP allows exactly that: `style-src-attr`); our own components use none.',
	'valid-id':
		'Starlight’s skip link targets `id="_top"`; HTML allows any ID without spaces, and the rule only prefers IDs that start with a letter.',
	'wcag/h32':
		'The calculators compute while the reader types; their forms never submit, so a submit button would do nothing (WCAG technique H32 is about forms that submit).',
};

/** Rules the issue names that must stay on, whatever the list above says. */
export const rulesKept = [
	'element-permitted-content',
	'element-required-content',
	'element-permitted-parent',
	'no-dup-id',
	'unique-landmark',
	'no-implicit-button-type',
] as const;

/** The configuration: the recommended preset less the rules turned off. */
export const validatorConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: Object.fromEntries(Object.keys(rulesTurnedOff).map((rule) => [rule, 'off'])),
};

const validator = new HtmlValidate(validatorConfig);

/** The validator's messages for one page, as `file:line:column rule message`. */
export async function validateHtml(file: string, html: string): Promise<string[]> {
	const report = await validator.validateString(html, file);
	return report.results.flatMap((result) =>
		result.messages.map(
			(m) => `${file}:${String(m.line)}:${String(m.column)} ${m.ruleId} ${m.message}`,
		),
	);
}
