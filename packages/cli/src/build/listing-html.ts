import { crisisHelpHtml, escapeHtml, type Directory } from '@peer-support-kit/core';
import { outlineByArea, type AreaGroup, type AreaNode } from './listing-areas.js';
import { serviceArticle } from './listing-service.js';
import { listingStyle } from './listing-style.js';
import { formatLondon, listOf } from './listing-words.js';
import { linkTo } from './safe-href.js';

// directory.html: every service of the directory as one plain page, for people whose browser
// cannot run the elements' script (blocked, too old, or the CDN failed). Partners link to it
// from the fallback content inside <peer-support-directory>. No script, font or image: it works
// under the strictest content security policy that allows the inline style.

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The contents: the areas as a tree, each with a link to its part of the page and how many it lists. */
function contents(tree: readonly AreaNode[], groups: readonly AreaGroup[]): string {
  const item = (text: string, group: AreaGroup | undefined) =>
    group
      ? `<a href="#${escapeHtml(group.anchor)}">${escapeHtml(text)}</a> (${plural(group.services.length, 'service')})`
      : escapeHtml(text);
  const list = (nodes: readonly AreaNode[], indent: string): string =>
    `${indent}<ul>\n${nodes
      .map(
        (node) =>
          `${indent}  <li>${item(node.area.name, node.group)}${node.children.length ? `\n${list(node.children, `${indent}    `)}${indent}  ` : ''}</li>\n`,
      )
      .join('')}${indent}</ul>\n`;
  const other = groups.find((group) => group.areaId === undefined);
  const nodes = other ? [...tree, { area: { id: '', name: other.name }, group: other, children: [] }] : tree;
  return ['<nav aria-labelledby="contents">\n', '  <h2 id="contents">Areas</h2>\n', list(nodes, '  '), '</nav>\n'].join('');
}

/** Where else to look from an area: services named for it but listed under a larger one, and the larger areas. */
function alsoLine(group: AreaGroup): string {
  const services = group.alsoHere.map(
    ({ service, listedUnder }) =>
      `<a href="#${escapeHtml(service.id)}">${escapeHtml(service.name)}</a> (under ${escapeHtml(listedUnder.name)})`,
  );
  const larger = group.within.map((area) => `<a href="#${escapeHtml(area.anchor)}">${escapeHtml(area.name)}</a>`);
  const parts = [...services, ...(larger.length ? [`the services for all of ${listOf(larger)}`] : [])];
  return parts.length ? `  <p class="also">Also for ${escapeHtml(group.name)}: ${listOf(parts)}.</p>\n` : '';
}

function* section(group: AreaGroup, directory: Directory, publishedAt: Date): Generator<string> {
  const lead = group.areaId === undefined ? '  <p class="also">No area is given for these services.</p>\n' : alsoLine(group);
  yield `<section>\n  <h2 id="${escapeHtml(group.anchor)}">${escapeHtml(group.name)}</h2>\n${lead}`;
  for (const service of group.services) yield serviceArticle(service, directory, publishedAt);
  yield '</section>\n';
}

function footer(directory: Directory): string {
  const { publisher } = directory;
  const by = publisher.url ? linkTo(publisher.url, publisher.name) : escapeHtml(publisher.name);
  const email = publisher.email ? ` (${linkTo(`mailto:${publisher.email}`, publisher.email)})` : '';
  return [
    '<footer>\n',
    `  <p>Published by ${by}${email} on ${escapeHtml(formatLondon(directory.publishedAt))}.</p>\n`,
    '  <p>Details change: check with a service before you go.</p>\n',
    '  <p>The same list as data: <a href="directory.json">directory.json</a>.</p>\n',
    '</footer>\n',
  ].join('');
}

/**
 * The whole page, from a directory as it is published (masked places already reduced to what
 * may be shown, services in list order). The same directory always gives the same bytes.
 */
export function listingHtml(directory: Directory): string {
  return [...listingHtmlParts(directory)].join('');
}

/** listingHtml's page in parts, a service at a time, for writing a national directory's page as it is made. */
export function* listingHtmlParts(directory: Directory): Generator<string> {
  const { groups, tree } = outlineByArea(directory);
  const publishedAt = new Date(directory.publishedAt);
  const count = directory.services.length;
  yield [
    '<!doctype html>\n',
    '<html lang="en-GB">\n',
    '<head>\n',
    '<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="referrer" content="no-referrer">\n',
    `<title>${escapeHtml(directory.title)}: list of services</title>\n`,
    `<style>${listingStyle}</style>\n`,
    '</head>\n',
    '<body>\n',
    '<header>\n',
    `  <h1>${escapeHtml(directory.title)}</h1>\n`,
    `  <p>Every service in this directory, ${plural(count, 'service')} in all, listed by area.</p>\n`,
    '</header>\n',
    `${crisisHelpHtml(2)}\n`,
    '<main>\n',
    directory.description ? `<p>${escapeHtml(directory.description)}</p>\n` : '',
    groups.length ? contents(tree, groups) : '<p>This directory lists no services yet.</p>\n',
  ].join('');
  for (const group of groups) yield* section(group, directory, publishedAt);
  yield ['</main>\n', footer(directory), '</body>\n', '</html>\n'].join('');
}
