/**
 * A few lines of script for every page: activating a heading's anchor link (Starlight's
 * `a.sl-anchor-link`) also copies the section's full URL and says so in a polite status message,
 * while the link still navigates as a normal anchor. No framework; inlined in `<head>`.
 *
 * It also carries the reader's place into the other language: just before the header's language
 * switch (`a.ib-lang-switch`, a plain link to the twin page) is followed, opened in a new tab or
 * copied from its context menu, the current `?scenario` and `#section` are added to its address.
 * A button marked `data-open-search` (on the not-found pages) opens Starlight's search dialog, once
 * its own click is over (Starlight closes the dialog on a click outside it).
 *
 * Where the browser has the Web Share API (`navigator.share`, mostly phones), the page's root gets
 * the class `ib-can-share` (without it, site.css hides every `.ib-share` button, so copying
 * remains), and any `.ib-share` button (beside each heading link, written into the built pages by
 * `headingShareButtons()` below; in the trainers' link index; a calculator's scenario link) opens
 * the share sheet with its `data-title` (or the page's title) and its `data-share` link read
 * against the current address at the moment of the click, so `#section` links keep the page's
 * `?scenario`. Nothing is stored and no other origin is involved.
 */
import { en } from '../src/i18n/en.ts';
import { id } from '../src/i18n/id.ts';

const copied = JSON.stringify({ id: id.headingLink.copied, en: en.headingLink.copied });

/** The inline script's source. */
export const headingLinkScript = `document.addEventListener('click',function(e){
var a=e.target instanceof Element&&e.target.closest('a.sl-anchor-link');
if(!a||!navigator.clipboard)return;
navigator.clipboard.writeText(a.href).then(function(){
var s=document.getElementById('ib-link-toast');
if(!s){s=document.createElement('div');s.id='ib-link-toast';s.setAttribute('role','status');document.body.append(s);}
var t=${copied}[document.documentElement.lang]||'';
s.textContent='';
setTimeout(function(){s.textContent=t;},50);
clearTimeout(s._h);s._h=setTimeout(function(){s.textContent='';},3000);
},function(){});
});
['click','auxclick','contextmenu'].forEach(function(n){document.addEventListener(n,function(e){
var a=e.target instanceof Element&&e.target.closest('a.ib-lang-switch');
if(a){a.search=location.search;a.hash=location.hash;}
});});
document.addEventListener('click',function(e){
var b=e.target instanceof Element&&e.target.closest('[data-open-search]')&&document.querySelector('button[data-open-modal]');
if(b)setTimeout(function(){b.click();});
});
if(navigator.share){document.documentElement.classList.add('ib-can-share');
document.addEventListener('click',function(e){
var b=e.target instanceof Element&&e.target.closest('.ib-share');
if(b)navigator.share({title:b.dataset.title||document.title,url:new URL(b.dataset.share||'',location.href).href}).catch(Boolean);
});}`;

const shareStrings = {
	id: { button: id.common.share.button, label: id.share.shareLabel },
	en: { button: en.common.share.button, label: en.share.shareLabel },
};

const attribute = (text: string) => text.replace(/"/g, '&quot;');

/**
 * Writes a share button after each heading's anchor link in a built page (Starlight's
 * `div.sl-heading-wrapper > h2 + a.sl-anchor-link`): `data-share` is the section's `#id`,
 * `data-title` the section's heading and the page's title, named in the page's language. Hidden by
 * site.css unless the heading-link script finds `navigator.share`. Pages it has done are left alone.
 */
export function headingShareButtons(html: string): string {
	const strings = /<html[^>]*\blang="en"/.test(html) ? shareStrings.en : shareStrings.id;
	const page = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
	return html.replace(
		/(<div class="sl-heading-wrapper[^"]*"><h([2-6])[^>]*>([\s\S]*?)<\/h\2>(<a class="sl-anchor-link" href="(#[^"]*)">[\s\S]*?<\/a>))(?!<button)/g,
		(_whole, start: string, _level: string, inner: string, _link: string, href: string) => {
			const heading = inner.replace(/<[^>]*>/g, '').trim();
			const label = attribute(strings.label.replace('{title}', heading));
			const title = attribute(`${heading} · ${page}`);
			return `${start}<button type="button" class="ib-share" data-share="${href}" data-title="${title}" aria-label="${label}">${strings.button}</button>`;
		},
	);
}
