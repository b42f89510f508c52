import type { Service } from '@peer-support-kit/core';
import { UsageError, type CommandSpec } from '../cli/args.js';
import { eprintln } from '../cli/io.js';
import { startProgress } from '../cli/progress.js';
import { plural } from '../report/problems.js';
import { textTable } from '../report/text-table.js';
import { loadOneDirectory } from '../sources/load-one.js';
import { EXIT, type Command } from './command.js';
import { reportSourceErrors } from './report-errors.js';

const spec: CommandSpec = {
  name: 'stale',
  summary: 'List services to check: not reviewed for a while (or never), or not heard of for a while.',
  args: '<file|dir…>',
  minArgs: 1,
  flags: {
    months: { type: 'string', value: '<n>', description: 'How long ago counts as stale, in months (default 12).' },
    now: { type: 'string', value: '<date>', description: 'Count back from this date, YYYY-MM-DD (default: today).' },
  },
  details: `
A service is stale when its lastReviewed date (when it was last checked against its sources) is
before the date --months before --now, or when it has none; and when the newest evidence that it
runs (lastHeardOf, or confirmedByService) is before that date. Services never reviewed come first,
then the oldest date of the two. Every status is listed, closed services too: an entry that says
a service closed needs checking as much as any other.
The list goes to standard output, the summary to standard error.

Example:
  peer-support stale packages/directory-sussex --months 6`,
};

export const staleCommand: Command = {
  spec,
  run({ positionals, values }, io) {
    const months = readMonths(values.months);
    const now = readDate(values.now) ?? io.now().toISOString().slice(0, 10);
    const cutoff = monthsBefore(now, months);
    const progress = startProgress(io, 'stale');
    const result = loadOneDirectory(positionals, io.cwd, { progress });
    progress.done();
    if (!result.ok) {
      reportSourceErrors(io, 'stale', result.problems);
      return EXIT.dataErrors;
    }
    const { directory, originOf } = result.one;
    const unreviewed = (service: Service) => !service.lastReviewed || service.lastReviewed < cutoff;
    // A partial date ("2013", "2023-08") is before the cutoff when all of it is.
    const unheard = (service: Service) => {
      const heard = heardOf(service);
      return heard !== undefined && `${heard}-99`.slice(0, 10) < cutoff;
    };
    const stale = directory.services.filter((service) => unreviewed(service) || unheard(service)).sort(oldestFirst);
    if (stale.length > 0) {
      const rows = stale.map((service) => {
        const origin = originOf.get(service.id);
        const field = unreviewed(service) ? 'lastReviewed' : service.lastHeardOf ? 'lastHeardOf' : 'confirmedByService';
        const where = origin ? `${origin.file}:${origin.locate([field]).line}` : '';
        return [service.lastReviewed ?? 'never', heardOf(service) ?? '', service.id, service.name, service.status, where];
      });
      io.stdout(`${textTable(['Last reviewed', 'Last heard of', 'Id', 'Name', 'Status', 'Source'], rows).join('\n')}\n`);
    }
    const never = stale.filter((service) => !service.lastReviewed).length;
    eprintln(
      io,
      `stale: ${stale.length} of ${plural(directory.services.length, 'service')} to check: ` +
        `${stale.filter(unreviewed).length} not reviewed since ${cutoff}${never ? ` (${never} never)` : ''}, ` +
        `${stale.filter(unheard).length} not heard of since then (${plural(months, 'month')} before ${now}).`,
    );
    return EXIT.ok;
  },
};

/** The newest evidence that a service runs: the later of lastHeardOf and confirmedByService. */
const heardOf = (service: Service) =>
  [service.lastHeardOf, service.confirmedByService]
    .filter((date): date is string => !!date)
    .sort()
    .at(-1);

/** Never reviewed first, then by the older of its two dates. */
const oldestFirst = (a: Service, b: Service) => {
  const date = (service: Service) => [service.lastReviewed ?? '', heardOf(service) ?? '9999'].sort()[0]!;
  const left = date(a);
  const right = date(b);
  return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

function readMonths(value: string | boolean | undefined): number {
  if (value === undefined) return 12;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--months "${String(value)}" is not a whole number of months, like 12.`);
  }
  return Number(value);
}

function readDate(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const date = text.slice(0, 10);
  const valid =
    /^\d{4}-\d{2}-\d{2}(?:T.*)?$/.test(text) &&
    !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
    new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) throw new UsageError(`--now "${text}" is not a date written as YYYY-MM-DD, like 2026-11-22.`);
  return date;
}

/** `YYYY-MM-DD` minus whole months; the 31st falls back to the last day of a shorter month. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}
