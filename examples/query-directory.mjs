#!/usr/bin/env node
// A partner's Node script: read a directory file, search it with @peer-support-kit/core, print
// what it finds. The same search the directory element runs on a page, with no browser.
//
//   node examples/query-directory.mjs "psychosis" --area west-sussex
//   node examples/query-directory.mjs men --directory path/to/directory.json --limit 3
//
// Exit codes: 0 when the search ran (even with no results), 1 when the directory cannot be read,
// 2 when the arguments are wrong.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSearch, parseDirectory } from '@peer-support-kit/core';

const USAGE = `Usage: node examples/query-directory.mjs [words…] [--area <id>] [--directory <file>] [--limit <n>]

  words          what to search for, typos allowed; none lists every service
  --area         only services for this area of the directory (west-sussex, brighton-and-hove…)
  --directory    a directory.json (default: the Sussex directory in this repository)
  --limit        how many results to print (default 10)`;

/** Prints a message and the usage, and leaves with 2: the person typed something we cannot use. */
function usageError(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      area: { type: 'string' },
      directory: { type: 'string' },
      limit: { type: 'string', default: '10' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  usageError(error.message);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const limit = Number(args.values.limit);
if (!Number.isInteger(limit) || limit < 1) usageError(`--limit should be a whole number above 0, not "${args.values.limit}".`);

// The default is found the way a partner's script finds a published directory it installed.
const file = args.values.directory ?? fileURLToPath(import.meta.resolve('@peer-support-kit/directory-sussex/directory.json'));
let text;
try {
  text = await readFile(file, 'utf8');
} catch (error) {
  const why = error.code === 'ENOENT' ? 'there is no such file' : error.message;
  console.error(`Could not read the directory ${file}: ${why}.`);
  process.exit(1);
}

// parseDirectory never throws: a document it cannot read gives no directory and one error saying why.
const { directory, problems } = parseDirectory(text);
if (!directory) {
  const error = problems.find((problem) => problem.severity === 'error');
  console.error(`Could not read the directory ${file}: ${error?.message ?? 'it is not a directory'}`);
  process.exit(1);
}

const areaNames = new Map(directory.areas.map((area) => [area.id, area.name]));
const { area } = args.values;
if (area !== undefined && !areaNames.has(area)) {
  usageError(`The directory has no area "${area}". Its areas: ${[...areaNames.keys()].join(', ')}.`);
}

const words = args.positionals.join(' ').trim();
const result = createSearch(directory).search({ text: words, filters: area ? { area: [area] } : {}, limit });

/** Where a person would go: the towns of its places, else the areas it covers. */
function whereOf(service) {
  if (service.onlineOnly) return 'online, by phone or by text';
  const towns = [...new Set(service.locations.flatMap((location) => (location.town ? [location.town] : [])))];
  return (towns.length ? towns : service.areas.map((id) => areaNames.get(id) ?? id)).join(', ') || 'not stated';
}

/** Who runs it, saying so when no source confirms it (as the element does). */
function runByOf(service) {
  return service.operatorConfirmed
    ? `run by ${service.organisation.name}`
    : `listed with ${service.organisation.name} (who runs it is not confirmed)`;
}

const scope = `${words ? ` for "${words}"` : ''}${area ? ` in ${areaNames.get(area)}` : ''}`;
if (result.unmatched.length) {
  // Words that match nothing mean no results: name them rather than print an empty list.
  const unmatched = result.unmatched.map((word) => `"${word}"`).join(', ');
  console.log(`${directory.title}: no service${scope}, because nothing matches ${unmatched}.`);
  if (result.suggestion) console.log(`Did you mean "${result.suggestion}"?`);
} else {
  console.log(`${directory.title}: ${result.total} ${result.total === 1 ? 'service' : 'services'}${scope}.`);
}
for (const { service } of result.results) {
  console.log(`\n  ${service.name}\n    ${runByOf(service)}\n    where: ${whereOf(service)}`);
}
if (result.total > result.results.length) console.log(`\n…and ${result.total - result.results.length} more: raise --limit to see them.`);
