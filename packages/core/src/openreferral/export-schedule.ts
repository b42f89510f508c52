import type { Service } from '../directory/schema.js';
import type { ExportedPlace } from './export-location.js';
import { compact, type DatasetWriter } from './export-writer.js';
import { describeSession, sessionToRule } from './rrule.js';
import { BY_APPOINTMENT } from './wording.js';

/**
 * A service's schedule as `schedule` records: one per session (its rule, a plain English
 * description, and the place it runs at), and one more for what is not a recurring session.
 */
export function exportSchedule(
  writer: DatasetWriter,
  service: Service,
  serviceId: string,
  places: ReadonlyMap<string, ExportedPlace>,
): void {
  const { data, id } = writer;
  const key = service.id;
  const schedule = service.schedule;
  schedule?.sessions.forEach((session, index) => {
    const place = session.location ? places.get(session.location) : undefined;
    data.schedule.push(
      compact({
        id: id(`schedule:${key}/${index}`),
        service_id: serviceId,
        location_id: place?.locationId,
        service_at_location_id: place?.salId,
        ...sessionToRule(session),
        description: describeSession(session),
        notes: session.note,
      }),
    );
  });
  if (schedule && (schedule.byAppointment || schedule.note)) {
    // What is not a recurring session: by appointment, and the schedule's own note.
    data.schedule.push(
      compact({
        id: id(`schedule:${key}/general`),
        service_id: serviceId,
        description: schedule.byAppointment ? BY_APPOINTMENT : undefined,
        notes: schedule.note,
      }),
    );
  }
}
