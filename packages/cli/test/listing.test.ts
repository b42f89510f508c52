import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  crisisHelpHtml,
  directoryJsonSchema,
  escapeHtml,
  LINK_URL_PATTERN,
  parseDirectory,
  type Directory,
  type ServiceInput,
} from '@peer-support-kit/core';
import { listingHtml } from '../src/build/listing-html.js';
import { formatLondon } from '../src/build/listing-words.js';
import { safeHref } from '../src/build/safe-href.js';
import { readLive } from './helpers/live.js';
import { fixture, run, scratch, sussexDir } from './helpers/run.js';

// directory.html, the static listing `build` writes for browsers that cannot run the elements'
// script: every service, crisis help first, and nothing from the data that is not escaped.

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
const articleIds = (html: string) => [...html.matchAll(/<article id="([^"]+)">/g)].map((match) => match[1]!);
const ALLOWED_HREF = /^(?:https:\/\/|mailto:|tel:|sms:|#|directory\.json$)/;

/** A made-up directory with the services given, parsed by core (defaults filled in). */
function testDirectory(services: ServiceInput[]): Directory {
  const { directory } = parseDirectory({
    schemaVersion: '1.0',
    id: 'test-directory',
    title: 'Test directory',
    publisher: { name: 'The tests', url: 'https://tests.example.org' },
    publishedAt: '2026-11-22T09:00:00Z',
    areas: [
      { id: 'test-county', name: 'Test County' },
      { id: 'north-town', name: 'North Town', parent: 'test-county' },
      { id: 'south-town', name: 'South Town', parent: 'test-county' },
    ],
    services,
  });
  assert.ok(directory);
  return directory;
}

const service = (id: string, extra: Partial<ServiceInput> = {}): ServiceInput => ({
  id,
  name: `Test service ${id}`,
  summary: 'A made-up service, used by the tests.',
  organisation: { name: 'Test Organisation', kind: 'user-led', website: 'https://example.org' },
  ...extra,
});

describe('directory.html', () => {
  it('lists every Sussex service by name, each once and linkable by its id, after crisis help', async () => {
    const out = path.join(scratch(), 'sussex');
    assert.equal((await run(['build', sussexDir, '--out', out])).code, 0);
    const html = read(out, 'directory.html');
    const published = JSON.parse(read(out, 'directory.json')) as { services: Array<{ id: string; name: string }> };
    const { fileOf } = readLive(sussexDir);
    assert.equal(published.services.length, fileOf.size, 'every service in the sources is published');

    const ids = articleIds(html);
    assert.deepEqual([...ids].sort(), [...fileOf.keys()].sort(), 'one article for each service, its id the service id');
    for (const { name } of published.services) assert.ok(html.includes(`<h3>${escapeHtml(name)}</h3>`), name);
    // Within an area, in the order of directory.json.
    for (const part of html.split('<section>').slice(1)) {
      const order = articleIds(part).map((id) => published.services.findIndex((s) => s.id === id));
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
      );
    }

    const crisis = html.indexOf(crisisHelpHtml(2));
    assert.ok(html.indexOf('<h1>Peer support in Sussex</h1>') < crisis, 'the heading, then crisis help');
    assert.ok(crisis > 0 && crisis < html.indexOf('<article'), 'crisis help before the first service');
    assert.match(html, /^<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" /);
    assert.match(html, /<title>Peer support in Sussex: list of services<\/title>/);
    assert.ok(!/<script|<link|<img|@import|url\(/i.test(html), 'no script and nothing else to fetch');
    assert.deepEqual(
      hrefs(html).filter((href) => !ALLOWED_HREF.test(href)),
      [],
    );
    // Who runs Staying Well is not known: said as the elements say it.
    assert.match(
      html,
      /Who runs it is not confirmed\. Listed with Sussex Partnership NHS Foundation Trust, but no source says who runs it\./,
    );
    assert.match(html, /<footer>\n {2}<p>Published by Peer Support Kit on 22 November 2026\.<\/p>/);
    assert.match(html, /<a href="directory\.json">directory\.json<\/a>/);
  });

  it('is in the manifest, with its size and an integrity that matches its bytes', async () => {
    const out = path.join(scratch(), 'dist');
    assert.equal((await run(['build', fixture('good'), '--out', out])).code, 0);
    const manifest = JSON.parse(read(out, 'manifest.json'));
    const bytes = readFileSync(path.join(out, 'directory.html'));
    assert.deepEqual(manifest.files['directory.html'], {
      bytes: bytes.length,
      integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
    });
  });

  it('escapes whatever the data says: a <script> in a name is text', async () => {
    const sources = scratch({}, fixture('good'));
    const sneaky = service('test-sneaky', {
      name: 'Test <script>alert("name")</script> & friends',
      summary: '<img src=x onerror=alert(1)> made up for the tests.',
      description: 'First "part".\n\n</p><script>alert(2)</script>',
      organisation: { name: "O'Brien <b>Trust</b>", kind: 'nhs', website: 'https://example.org/?a=1&b="2"' },
      areas: ['north-town'],
      lastReviewed: '2026-11-01',
    });
    writeFileSync(path.join(sources, 'services/test-sneaky.json'), JSON.stringify(sneaky));
    const out = path.join(scratch(), 'dist');
    const result = await run(['build', sources, '--out', out]);
    assert.equal(result.code, 0, result.stdout);
    const html = read(out, 'directory.html');
    assert.ok(!/<script|<img|<b>/i.test(html), 'no markup from the data');
    assert.match(html, /<h3>Test &lt;script&gt;alert\(&quot;name&quot;\)&lt;\/script&gt; &amp; friends<\/h3>/);
    assert.match(html, /Run by O&#39;Brien &lt;b&gt;Trust&lt;\/b&gt;/);
    assert.match(html, /href="https:\/\/example\.org\/\?a=1&amp;b=&quot;2&quot;"/);
  });

  it('never links to what core would not allow (javascript:, data:, http:), even in a directory that skipped validation', () => {
    const directory = testDirectory([service('test-links', { lastReviewed: '2026-11-01' })]);
    const unchecked = directory.services[0] as unknown as Record<string, unknown>;
    unchecked.organisation = { name: 'Test Organisation', kind: 'nhs', website: 'javascript:alert(1)' };
    unchecked.contact = {
      website: 'javascript:alert(2)',
      email: 'x@y.org"onmouseover="alert(3)',
      phone: '0800 123 4567',
      links: [
        { label: 'Evil', url: 'JavaScript:alert(4)' },
        { label: 'Data', url: 'data:text/html,<script>alert(5)</script>' },
        { label: 'Plain http', url: 'http://example.org' },
        { label: 'Referral form', url: 'https://forms.example.org/refer' },
      ],
    };
    unchecked.sources = [{ title: 'A source', url: ' javascript:alert(6)' }];
    const html = listingHtml(directory);
    assert.ok(!/javascript:|data:|http:/i.test(hrefs(html).join(' ')), hrefs(html).join(' '));
    assert.deepEqual(
      hrefs(html).filter((href) => !ALLOWED_HREF.test(href)),
      [],
    );
    assert.ok(!html.includes('"onmouseover'), 'an address cannot break out of its attribute');
    assert.match(html, /<a href="tel:08001234567">Call: 0800 123 4567<\/a>/);
    assert.match(html, /<a href="https:\/\/forms\.example\.org\/refer">Referral form<\/a>/);
    assert.match(html, /<dd>Evil<\/dd>/, 'a refused link keeps its words, without the link');
  });

  it('refuses the links core refuses: the same rule as directory.schema.json', () => {
    interface Node {
      readonly properties: Record<string, Node>;
      readonly items: Node;
      readonly pattern: string;
    }
    const schema = directoryJsonSchema() as unknown as Node;
    const contact = schema.properties.services!.items.properties.contact!;
    assert.equal(LINK_URL_PATTERN.source, contact.properties.links!.items.properties.url!.pattern);
    for (const good of ['https://example.org', 'mailto:a@b.org', 'tel:+441234567890', 'sms:85258?body=SHOUT'])
      assert.ok(safeHref(good), good);
    for (const bad of ['javascript:alert(1)', 'http://example.org', 'data:text/html,x', 'vbscript:x', '//example.org', 'tel:12']) {
      assert.equal(safeHref(bad), undefined, bad);
    }
  });

  it('lists a service of several areas once, under the area that holds them all, and says so in each of its areas', () => {
    const html = listingHtml(
      testDirectory([
        service('test-north', { areas: ['north-town'], lastReviewed: '2026-11-01' }),
        service('test-both', { areas: ['north-town', 'south-town'], lastReviewed: '2026-11-01' }),
        service('test-nowhere', { lastReviewed: '2026-11-01' }),
      ]),
    );
    assert.deepEqual(articleIds(html), ['test-both', 'test-north', 'test-nowhere']);
    assert.deepEqual(
      [...html.matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2>/g)].map((match) => `${match[1]} ${match[2]}`),
      ['contents Areas', 'area:test-county Test County', 'area:north-town North Town', 'areas:other Other services'],
    );
    assert.match(
      html,
      /<p class="also">Also for North Town: <a href="#test-both">Test service test-both<\/a> \(under Test County\) and the services for all of <a href="#area:test-county">Test County<\/a>\.<\/p>/,
    );
    assert.match(
      html,
      /<li><a href="#area:test-county">Test County<\/a> \(1 service\)\n\s*<ul>\n\s*<li><a href="#area:north-town">North Town<\/a>/,
    );
    assert.match(html, /<li><a href="#areas:other">Other services<\/a> \(1 service\)<\/li>/);
  });

  it('says when in words, what the terms mean, and who published it when', () => {
    const html = listingHtml(
      testDirectory([
        service('test-when', {
          formats: ['group', 'drop-in'],
          cost: 'free',
          areas: ['north-town'],
          schedule: {
            sessions: [
              { days: ['tuesday'], opens: '18:00', closes: '20:00' },
              { days: ['friday'], opens: '10:00', closes: '12:00', frequency: 'monthly', weeksOfMonth: [1, -1] },
              {
                days: ['saturday', 'sunday'],
                opens: '22:00',
                closes: '02:00',
                overnight: true,
                frequency: 'fortnightly',
                startsOn: '2026-11-07',
              },
            ],
            byAppointment: true,
          },
          operatorConfirmed: false,
          lastReviewed: '2025-01-01',
        }),
      ]),
    );
    assert.match(html, /<dd>Every Tuesday, 18:00 to 20:00<\/dd>/);
    assert.match(html, /<dd>The first or last Friday of the month, 10:00 to 12:00<\/dd>/);
    assert.match(html, /<dd>Every other Saturday and Sunday, 22:00 to 02:00 \(into the next day\)<\/dd><dd>By appointment<\/dd>/);
    assert.match(html, /<dt>How it works<\/dt><dd>Group, Drop-in<\/dd>/);
    assert.match(html, /<dt>Cost<\/dt><dd>Free<\/dd>/);
    assert.match(html, /<p>These details have not been checked for over a year: check with the service before you go\.<\/p>/);
    assert.match(html, /Checked against its sources on 1 January 2025\./);
    assert.match(html, /Who runs it is not confirmed\. Listed with Test Organisation, but no source says who runs it\./);
    assert.match(html, /<p>Published by <a href="https:\/\/tests\.example\.org">The tests<\/a> on 22 November 2026 at 09:00\.<\/p>/);
    assert.equal(formatLondon('2026-07-01T09:30:00Z'), '1 July 2026 at 10:30', 'British Summer Time');
    assert.equal(formatLondon('2026-03-28T23:30:00Z'), '28 March 2026 at 23:30');
  });
});
