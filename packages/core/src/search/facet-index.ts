import type { Directory } from '../directory/schema.js';
import { days, vocabularies } from '../directory/vocabularies.js';
import { ATTENDANCE_TERMS, FILTER_GROUPS, WHEN_TERMS } from '../directory/filter-terms.js';
import { bitset, forEach, popcount, type Bitset } from './bitset.js';
import type { FilterGroup } from './types.js';

export { FILTER_GROUPS, ATTENDANCE_TERMS, WHEN_TERMS };

// FILTER_GROUPS names every FilterGroup, and nothing else: checked when this compiles.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
void (true satisfies Same<(typeof FILTER_GROUPS)[number], FilterGroup>);

const REMOTE_FORMATS: readonly string[] = ['online', 'phone', 'text'];
const DAY_BITS = new Map(days.ids.map((day, i) => [day, 1 << i]));

/**
 * The area terms a service listed for an area matches: the area itself, every area it lies
 * within (a county's filter finds its towns' services) and every area within it (a town's filter
 * finds the services that cover its whole county, which serve the town too).
 */
function areaChains(directory: Directory, term: Map<string, number>): Map<string, number[]> {
  const parents = new Map(directory.areas.map((area) => [area.id, area.parent]));
  const children = new Map<string, string[]>();
  for (const area of directory.areas) if (area.parent) children.set(area.parent, [...(children.get(area.parent) ?? []), area.id]);
  const chains = new Map<string, number[]>();
  for (const area of directory.areas) {
    const chain = [area.id];
    for (let up = area.parent; up && parents.has(up) && !chain.includes(up); up = parents.get(up)) chain.push(up);
    for (let i = 0, below = [...(children.get(area.id) ?? [])]; i < below.length; i++) {
      const id = below[i]!;
      if (chain.includes(id)) continue; // a loop in the data
      chain.push(id);
      below.push(...(children.get(id) ?? []));
    }
    chains.set(
      area.id,
      chain.map((id) => term.get(id)!),
    );
  }
  return chains;
}

/** Terms as numbers, each with the set of services that have it. */
export interface FacetIndex {
  /** Term ids of each group, in FILTER_GROUPS order. */
  readonly ids: readonly (readonly string[])[];
  /** The number of a term, by group index and id. */
  termOf(group: number, id: string): number | undefined;
  /** The group index of each term. */
  readonly groupOf: Uint8Array;
  readonly sets: readonly Bitset[];
  /**
   * The services of each term that has fewer of them than its set has words (most areas: a
   * town among thousands of services), so counting it visits its services, not every word.
   */
  readonly members: ReadonlyArray<Int32Array | undefined>;
}

/** A term's services as a list, when that is shorter than its set. */
function membersOf(set: Bitset): Int32Array | undefined {
  let count = 0;
  for (let w = 0; w < set.length && count < set.length; w++) if (set[w] !== 0) count += popcount(set[w]!);
  if (count >= set.length) return undefined;
  const members = new Int32Array(count);
  let at = 0;
  forEach(set, (s) => (members[at++] = s));
  return members;
}

export function buildFacetIndex(directory: Directory): FacetIndex {
  const { services } = directory;
  const ids: string[][] = FILTER_GROUPS.map((group) =>
    group === 'area'
      ? directory.areas.map((area) => area.id)
      : group === 'attendance'
        ? [...ATTENDANCE_TERMS]
        : group === 'day'
          ? [...days.ids]
          : group === 'when'
            ? [...WHEN_TERMS]
            : [...vocabularies[group].ids],
  );
  const groupOf: number[] = [];
  const numbers = ids.map((list, group) => new Map(list.map((id) => [id, groupOf.push(group) - 1])));
  const term = Object.fromEntries(FILTER_GROUPS.map((group, g) => [group, numbers[g]!])) as Record<FilterGroup, Map<string, number>>;
  const chains = areaChains(directory, term.area);
  const monday = term.day.get('monday')!;
  const [inPerson, online] = [term.attendance.get('in-person')!, term.attendance.get('online')!];
  const [weekend, evening, byAppointment] = ['weekend', 'evening', 'by-appointment'].map((id) => term.when.get(id)!) as [
    number,
    number,
    number,
  ];

  const sets = groupOf.map(() => bitset(services.length));
  // Setting a bit twice is harmless: a term listed twice, or a town and its county, count once.
  const put = (t: number | undefined, word: number, bit: number) => {
    if (t !== undefined) sets[t]![word]! |= bit;
  };
  const putAll = (group: Map<string, number>, ids: readonly string[], word: number, bit: number) => {
    for (let i = 0; i < ids.length; i++) put(group.get(ids[i]!), word, bit);
  };
  for (let s = 0; s < services.length; s++) {
    const service = services[s]!;
    const word = s >>> 5;
    const bit = 1 << (s & 31);
    putAll(term.provision, service.provision, word, bit);
    putAll(term.format, service.formats, word, bit);
    putAll(term.setting, service.settings, word, bit);
    putAll(term.experience, service.experiences, word, bit);
    putAll(term.community, service.communities, word, bit);
    putAll(term.transition, service.transitions, word, bit);
    putAll(term.referral, service.referral, word, bit);
    if (service.cost) put(term.cost.get(service.cost), word, bit);
    put(term.kind.get(service.kind), word, bit);
    putAll(term.accessibility, service.accessibility, word, bit);
    for (const location of service.locations) putAll(term.accessibility, location.accessibility, word, bit);
    for (const area of service.areas) for (const t of chains.get(area) ?? []) put(t, word, bit);

    // In person: not online only, and somewhere to go (a location, a drop-in, a ward). Online:
    // online only, or offered online, by phone or by text.
    let remote = service.onlineOnly;
    let somewhere = service.locations.length > 0 || service.settings.includes('inpatient');
    for (const format of service.formats) {
      remote ||= REMOTE_FORMATS.includes(format);
      somewhere ||= format === 'drop-in';
    }
    if (somewhere && !service.onlineOnly) put(inPerson, word, bit);
    if (remote) put(online, word, bit);

    const schedule = service.schedule;
    if (schedule) {
      let dayMask = 0;
      for (const session of schedule.sessions) {
        for (const day of session.days) dayMask |= DAY_BITS.get(day) ?? 0;
        // In the evening: still open after 18:00, or running overnight (HH:MM compares as text);
        // a day session that closes at 17:30 is not an evening one.
        if (session.overnight || session.closes > '18:00') put(evening, word, bit);
      }
      for (let d = 0; d < 7; d++) if ((dayMask >> d) & 1) put(monday + d, word, bit);
      if (dayMask & 0b1100000) put(weekend, word, bit);
      if (schedule.byAppointment) put(byAppointment, word, bit);
    }
  }
  return { ids, termOf: (group, id) => numbers[group]!.get(id), groupOf: Uint8Array.from(groupOf), sets, members: sets.map(membersOf) };
}
