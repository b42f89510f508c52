// The scale benchmark's tables: the median of each figure over the runs, per size, form and connection.
import { phone } from '../pages/measure.js';
import { median } from '../pages/median.js';
import type { Form, SizeSite } from './site.js';

export interface Row {
  readonly size: number;
  readonly form: Form;
  readonly connection: string;
  readonly run: number;
  /** ms from navigation start; undefined: not seen in time, or not a figure of this form. */
  readonly crisisHelpMs?: number;
  readonly firstCardMs?: number;
  readonly searchWorksMs?: number;
  readonly bytesBySearchWorks?: number;
  /** The main thread's JavaScript heap, left alone once search works (Pagefind: once it found the service). */
  readonly heapBytes: number;
  /** The typed service's card on screen. */
  readonly foundMs?: number;
  readonly bytesByFound?: number;
  /** Everything the typing load transferred, by the time the network was idle. */
  readonly bytes: number;
}

const formNames: Record<Form, string> = { browse: 'browse.json', plain: 'directory.json', pagefind: 'Pagefind (JS API)' };
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const kB = (bytes: number | undefined) => (bytes === undefined ? '–' : `${Math.round(bytes / 1000)} kB`);
const MB = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);

export function report(rows: readonly Row[], sites: readonly SizeSite[], run: { runs: number; names: string; chromium: string }): string {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.size}|${row.form}|${row.connection}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const figure = (group: Row[], pick: (row: Row) => number | undefined) => median(group.map(pick));
  const lines = [...groups.values()].map((group) => {
    const { size, form, connection } = group[0]!;
    const seenIn = group.filter((row) => row.foundMs !== undefined).length;
    return [
      size.toLocaleString('en-GB'),
      formNames[form],
      connection,
      seconds(figure(group, (row) => row.crisisHelpMs)),
      seconds(figure(group, (row) => row.firstCardMs)),
      seconds(figure(group, (row) => row.searchWorksMs)),
      kB(figure(group, (row) => row.bytesBySearchWorks)),
      `${seconds(figure(group, (row) => row.foundMs))}${seenIn < group.length ? ` (found in ${seenIn}/${group.length})` : ''}`,
      kB(figure(group, (row) => row.bytesByFound)),
      kB(figure(group, (row) => row.bytes)),
      MB(figure(group, (row) => row.heapBytes)),
    ];
  });
  const header = [
    'services',
    'form',
    'connection',
    'crisis help',
    'first card',
    'search works',
    'bytes by then',
    'typed name found',
    'bytes by then',
    'bytes in all',
    'JS heap',
  ];
  const table = [header, header.map((_, i) => (i < 3 ? '---' : '---:')), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const typed = sites
    .map(
      (site) =>
        `- ${site.size.toLocaleString('en-GB')}: "${site.query.text}"; directory.json ${kB(site.rawBytes.directory)}, browse.json ${kB(site.rawBytes.browseIndex)} before compression`,
    )
    .join('\n');
  return `## A national directory on a phone (${phone.viewport.width}×${phone.viewport.height}, CPU ÷4), median of ${run.runs} run${run.runs === 1 ? '' : 's'}

Generated services (${run.names} names), brotli from localhost, Chromium ${run.chromium}, ${new Date().toISOString()}.
Times from navigation start; – not on screen in time. "Typed name found": a separate load in which the
name below is typed as soon as a search box is drawn, until a card naming that service is on screen.

${table}

Typed, per size:
${typed}`;
}
