import { sessionSchema } from '../directory/schema.js';
import type { Found } from './import-attributes.js';
import type { Item, Report, ServiceRef } from './input.js';
import { describeSession } from './rrule.js';
import { ruleToSessions } from './rrule-read.js';
import { accept } from './validate.js';

/** What a service's schedule records add up to. */
export interface ScheduleParts {
  readonly sessions: Array<Found<Record<string, unknown>>>;
  /** Where "by appointment" was read, if it was. */
  byAppointment?: string;
  readonly notes: Found[];
}

export function emptySchedule(): ScheduleParts {
  return { sessions: [], notes: [] };
}

/** Fields that make a schedule a recurrence rule rather than a note. */
const RULE_FIELDS = ['freq', 'interval', 'byday', 'opens_at', 'closes_at', 'count', 'byweekno', 'bymonthday', 'byyearday'];

/** Parts of RFC 5545 that the directory's sessions cannot say. */
const UNSUPPORTED = {
  count: 'a number of occurrences (count)',
  byweekno: 'weeks of the year (byweekno)',
  bymonthday: 'days of the month (bymonthday)',
  byyearday: 'days of the year (byyearday)',
} as const;

const WHY: Record<string, string> = {
  valid_from: 'is when the schedule information starts to hold, which the directory does not keep',
  schedule_link: 'is a link to a booking page, which the directory does not keep with a schedule',
  attending_type: 'is how to attend, which the directory does not keep with a schedule',
};

/**
 * Reads schedule records into sessions (a rule each) or into the schedule's note and "by
 * appointment" (records without a rule). A record whose rule the directory cannot hold is left
 * out, with a problem on each field that stops it.
 */
export function readSchedule(row: Item, location: string | undefined, parts: ScheduleParts, report: Report, service: ServiceRef): void {
  const has = (field: string) => {
    const value = row.value[field];
    return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
  };
  if (!RULE_FIELDS.some(has)) {
    const description = row.text('description')?.trim();
    const appointment = description ? /^by appointment\b[.,;:]?\s*/i.exec(description) : null;
    if (appointment) {
      parts.byAppointment = row.at('description');
      const rest = description!.slice(appointment[0].length);
      if (rest) parts.notes.push({ value: rest, path: row.at('description') });
    } else if (description) {
      parts.notes.push({ value: description, path: row.at('description') });
    }
    const notes = row.text('notes');
    if (notes) parts.notes.push({ value: notes, path: row.at('notes') });
    report.leftovers(row, service, WHY);
    return;
  }

  const blockers = (Object.keys(UNSUPPORTED) as Array<keyof typeof UNSUPPORTED>).filter(has);
  for (const field of blockers) {
    report.warn(
      row.at(field),
      'unsupported_rule',
      `is not supported: the directory cannot hold ${UNSUPPORTED[field]}, so the schedule was left out.`,
      service,
    );
  }
  const result = ruleToSessions({
    freq: row.get('freq'),
    interval: row.get('interval'),
    byday: row.get('byday'),
    wkst: row.get('wkst'),
    dtstart: row.get('dtstart'),
    until: row.get('until'),
    valid_to: row.get('valid_to'),
    opens_at: row.get('opens_at'),
    closes_at: row.get('closes_at'),
  });
  if (!result.ok) {
    for (const error of result.errors) report.warn(row.at(error.field), 'unsupported_rule', error.message, service);
  }
  if (!result.ok || blockers.length > 0) return;
  for (const warning of result.warnings) report.warn(row.at(warning.field), 'schedule_adjusted', warning.message, service);

  const timezone = row.get('timezone');
  if (timezone !== undefined && timezone !== 0 && timezone !== 1) {
    // 0 (GMT) and 1 (BST) are UK time; anything else is not, and is said so.
    report.warn(
      row.at('timezone'),
      'schedule_adjusted',
      `is ${JSON.stringify(timezone)}; the directory keeps UK local times, so the times were read as UK time.`,
      service,
    );
  }

  let note = accept(sessionSchema.shape.note, row.text('notes'), report, row.at('notes'), service);
  const description = row.text('description');
  const single = result.sessions.length === 1 ? result.sessions[0]! : undefined;
  // Our own export writes the description from the rule; anything else is the publisher's words.
  if (description !== undefined && !(single && description === describeSession(single))) {
    if (single && note === undefined) {
      note = accept(sessionSchema.shape.note, description, report, row.at('description'), service);
    } else {
      report.warn(
        row.at('description'),
        'not_imported',
        `is free text beside the rule, which the sessions read from the rule do not keep, so it was left out.`,
        service,
      );
    }
  }
  for (const session of result.sessions) {
    parts.sessions.push({
      value: { ...session, ...(location ? { location } : {}), ...(note !== undefined ? { note } : {}) },
      path: row.at(),
    });
  }
  report.leftovers(row, service, WHY);
}
