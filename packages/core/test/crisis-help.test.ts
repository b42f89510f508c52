import { it } from 'node:test';
import assert from 'node:assert/strict';
import { crisisHelp, crisisHelpHtml, escapeHtml } from '../src/index.js';

it('the crisis help HTML has every route as a working link, under a heading at the level asked for', () => {
  const html = crisisHelpHtml(3);
  assert.match(html, /<h3>If you need help now<\/h3>/);
  for (const route of crisisHelp.routes) assert.ok(html.includes(`<a href="${route.href}">${route.link}</a>`), route.link);
  assert.ok(html.includes('call 999 or go to A&amp;E'), 'an ampersand in the words is escaped');
  assert.match(crisisHelpHtml(9), /<h6>/, 'levels past 6 are kept to 6');
});

it('escapeHtml makes markup in data inert, in text and in quoted attributes', () => {
  assert.equal(escapeHtml(`<img src=x onerror="alert('1')">&`), '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
});
