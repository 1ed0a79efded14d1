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
});`;
