import { describe, expect, test } from 'vitest';
import {
	focusableTables,
	hoistBodyStyles,
	landmarkNames,
	nameSearchByText,
	nameLandmarks,
	repairMarkup,
	typeButtons,
} from '../../../config/markup.ts';
import { headingShareButtons } from '../../../config/heading-links.ts';

describe('typeButtons()', () => {
	test('adds type="button" to buttons without a type, keeping their attributes', () => {
		expect(
			typeButtons('<button data-open-modal aria-label="Cari">x</button><button>y</button>'),
		).toBe(
			'<button type="button" data-open-modal aria-label="Cari">x</button><button type="button">y</button>',
		);
	});

	test('leaves buttons that have a type alone', () => {
		const html = '<button type="submit">a</button><button class="b" type="reset">c</button>';
		expect(typeButtons(html)).toBe(html);
	});
});

describe('hoistBodyStyles()', () => {
	test('moves body styles to the end of head, in order, and keeps head styles', () => {
		const html =
			'<html><head><style>h{}</style></head><body><div><style>a{}</style></div><style>b{}</style></body></html>';
		expect(hoistBodyStyles(html)).toBe(
			'<html><head><style>h{}</style><style>a{}</style><style>b{}</style></head><body><div></div></body></html>',
		);
	});

	test('changes nothing without body styles', () => {
		const html = '<html><head></head><body><p>x</p></body></html>';
		expect(hoistBodyStyles(html)).toBe(html);
	});
});

describe('nameLandmarks()', () => {
	const page = (lang: string) =>
		`<html lang="${lang}"><body><aside class="right-sidebar-container x"><nav aria-labelledby="starlight__on-this-page--mobile"></nav></aside></body></html>`;

	test('names the right sidebar and the compact table of contents in the page language', () => {
		const id = nameLandmarks(page('id'));
		expect(id).toContain(
			`<aside aria-label="${landmarkNames.id.sidebar}" class="right-sidebar-container x">`,
		);
		expect(id).toContain(`<nav aria-label="${landmarkNames.id.mobileToc}">`);
		expect(nameLandmarks(page('en'))).toContain(`aria-label="${landmarkNames.en.sidebar}"`);
	});

	test('is idempotent', () => {
		const once = repairMarkup(page('en'));
		expect(repairMarkup(once)).toBe(once);
	});
});

describe('nameSearchByText()', () => {
	const starlight =
		'<button type="button" data-open-modal disabled aria-label="Cari" aria-keyshortcuts="Control+K" class="a"><svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block a" aria-hidden="true">Cari</span><kbd class="sl-hidden md:sl-flex a" style="display: none;"><kbd class="a">Ctrl</kbd><kbd class="a">K</kbd></kbd></button><p><kbd>X</kbd></p><span class="sl-hidden" aria-hidden="true">Other</span>';

	test('names the search button by its label span and hides its Ctrl K hint, once', () => {
		const once = nameSearchByText(starlight);
		expect(once).toContain(
			'<button type="button" data-open-modal disabled aria-keyshortcuts="Control+K" class="a">',
		);
		expect(once).not.toContain('aria-label');
		expect(once).toContain('<span class="sl-hidden md:sl-block a ib-search-label">Cari</span>');
		expect(once).toContain('<kbd aria-hidden="true" class="sl-hidden md:sl-flex a"');
		// Nothing outside the button changes.
		expect(once).toContain(
			'<p><kbd>X</kbd></p><span class="sl-hidden" aria-hidden="true">Other</span>',
		);
		expect(nameSearchByText(once)).toBe(once);
	});

	test('leaves a search button without a label span named by its aria-label', () => {
		const bare =
			'<button data-open-modal aria-label="Cari"><svg></svg></button><p><kbd>Ctrl</kbd></p>';
		expect(nameSearchByText(bare)).toBe(bare);
	});
});

describe('focusableTables()', () => {
	test('lets the keyboard reach every table, once', () => {
		const once = focusableTables('<table><tr><td>1</td></tr></table><table class="x">');
		expect(once).toBe(
			'<table tabindex="0"><tr><td>1</td></tr></table><table tabindex="0" class="x">',
		);
		expect(focusableTables(once)).toBe(once);
	});
});

describe('headingShareButtons()', () => {
	const heading = (lang: string) =>
		`<html lang="${lang}"><head><title>Risiko | Ikuti Balik</title></head><body>` +
		'<div class="sl-heading-wrapper level-h2"><h2 id="kebijakan">Kebijakan <em>platform</em></h2>' +
		'<a class="sl-anchor-link" href="#kebijakan"><span aria-hidden="true">#</span></a></div>' +
		'<h2 id="bare">Not in a wrapper</h2></body></html>';

	test('adds one share button after each heading link, named in the page’s language', () => {
		const id = headingShareButtons(heading('id'));
		expect(id).toContain(
			'</a><button type="button" class="ib-share" data-share="#kebijakan" data-title="Kebijakan platform · Risiko | Ikuti Balik" aria-label="Bagikan tautan: Kebijakan platform">Bagikan</button></div>',
		);
		expect(id.match(/class="ib-share"/g)).toHaveLength(1);
		expect(headingShareButtons(heading('en'))).toContain(
			'aria-label="Share link: Kebijakan platform">Share</button>',
		);
	});

	test('is idempotent, and leaves a page without heading links alone', () => {
		const once = headingShareButtons(heading('id'));
		expect(headingShareButtons(once)).toBe(once);
		const none = '<html lang="id"><body><h2 id="a">A</h2></body></html>';
		expect(headingShareButtons(none)).toBe(none);
	});

	test('escapes quotes in the title it writes into attributes', () => {
		const html = heading('en').replace('Kebijakan <em>platform</em>', 'The "best" time');
		expect(headingShareButtons(html)).toContain('data-title="The &quot;best&quot; time · ');
	});
});
