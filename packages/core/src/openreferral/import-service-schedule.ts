import { scheduleSchema } from '../directory/schema.js';
import { emptySchedule, readSchedule } from './import-schedule.js';
import type { ServiceDraft } from './import-service-draft.js';
import type { Report, ServiceRef } from './input.js';
import { accept } from './validate.js';
import type { ServiceView } from './views.js';

/**
 * When: sessions from rules, by appointment and a note from the rest, read from the service's
 * own schedules and those of its places. `placeIds` are our ids of the service's places (one
 * per `view.locations`; `undefined` for one that is not a physical place), for sessions to
 * refer to.
 */
export function readServiceSchedule(
  view: ServiceView,
  placeIds: ReadonlyArray<string | undefined>,
  draft: ServiceDraft,
  report: Report,
  ref: ServiceRef,
): void {
  const { put, origins } = draft;
  const root = view.item.at();
  const schedule = emptySchedule();
  const rows = [
    ...view.schedules.map((row) => ({ row, place: undefined as string | undefined })),
    ...view.locations.flatMap((place, i) => place.schedules.map((row) => ({ row, place: placeIds[i] }))),
  ];
  // Rows of one table keep the table's order (sessions are listed in it); nested lists keep theirs.
  if (rows.every(({ row }) => row.path.length === 2 && row.path[0] === rows[0]!.row.path[0]))
    rows.sort((a, b) => Number(a.row.path[1]) - Number(b.row.path[1]));
  for (const { row, place } of rows) readSchedule(row, place, schedule, report, ref);
  const note = schedule.notes.length
    ? accept(scheduleSchema.shape.note, schedule.notes.map((n) => n.value).join(' '), report, schedule.notes[0]!.path, ref)
    : undefined;
  if (schedule.sessions.length > 50) {
    for (const extra of schedule.sessions.slice(50))
      report.warn(extra.path, 'not_imported', 'is more than the 50 sessions a service can list, so it was left out.', ref);
  }
  const sessions = schedule.sessions.slice(0, 50);
  if (sessions.length || schedule.byAppointment || note) {
    put(
      'schedule',
      {
        sessions: sessions.map((s) => s.value),
        ...(schedule.byAppointment ? { byAppointment: true } : {}),
        ...(note ? { note } : {}),
      },
      sessions[0]?.path ?? schedule.byAppointment ?? root,
    );
    sessions.forEach((session, i) => origins.set(`schedule.sessions[${i}]`, session.path));
    if (note) origins.set('schedule.note', schedule.notes[0]!.path);
  }
}
