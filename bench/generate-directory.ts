import type { Directory, Location, Organisation, Service, Session } from '../packages/core/src/directory/schema.js';
import { slugify } from '../packages/core/src/directory/slugify.js';
import { landmarks } from './data/landmarks.js';
import { regions, type County, type Region, type Town } from './data/places.js';
import { themes, type Theme } from './data/themes.js';
import * as words from './data/words.js';

/** A small, fast, seeded random number generator (mulberry32): the same seed, the same directory. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// Ids are made as the CLI and the Open Referral import make them.
export { slugify };

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
/** Monday 5 January 2026, for fortnightly sessions' first dates (days since 1970-01-01). */
const FIRST_MONDAY_2026 = Date.UTC(2026, 0, 5) / 86_400_000;
const PUBLISHED_AT = '2026-11-22T09:00:00Z';
/** Where the generated towns' centres come from: for "near me" in tests and benchmarks. */
const TOWN_CENTRES = { title: 'Approximate town centres of the benchmark data (bench/data/places.ts)' };

interface Place {
  readonly town: Town;
  readonly county: County;
  readonly region: Region;
}

/**
 * How names are made. `varied`: every name differs ("Brighton Hearing Voices Group", "Lighthouse
 * Voices Group"), as in a regional list kept by hand. `national`: names as a national directory
 * holds them, shared by many services: a hundred "Hearing Voices Group"s, every local Mind, "Peer
 * Support Group" everywhere, told apart only by their town, area and organisation.
 */
export type NameStyle = 'varied' | 'national';
export const NAME_STYLES: readonly NameStyle[] = ['varied', 'national'];

/**
 * A directory of `count` made-up services across England, valid against the directory schema
 * (`parseDirectory` finds no problems) and complete (every defaulted field is written out, so it
 * is what `parseDirectory` returns). The same `count` and `seed` always give the same directory.
 * Every directory includes the landmark services the labelled queries look for.
 */
export function generateDirectory(count: number, seed = 1, style: NameStyle = 'varied'): Directory {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number) => rand() < p;
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const some = <T>(list: readonly T[], p: number): T[] => list.filter(() => chance(p));

  const places: Place[] = regions.flatMap((region) =>
    region.counties.flatMap((county) => county.towns.map((town) => ({ town, county, region }))),
  );
  const areas = regions.flatMap((region) => [
    { id: slugify(region.name), name: region.name },
    ...region.counties.flatMap((county) => [
      { id: slugify(county.name), name: county.name, parent: slugify(region.name) },
      ...county.towns.map((town) => ({
        id: slugify(town.name),
        name: town.name,
        parent: slugify(county.name),
        centre: { lat: town.lat, lng: town.lng, source: TOWN_CENTRES },
      })),
    ]),
  ]);
  const themeWeights = themes.reduce((sum, theme) => sum + theme.weight, 0);
  const pickTheme = () => {
    let r = rand() * themeWeights;
    return themes.find((theme) => (r -= theme.weight) < 0) ?? themes[0]!;
  };

  const names = new Set(landmarks.map((landmark) => landmark.name.toLowerCase()));
  const ids = new Set(landmarks.map((landmark) => landmark.id));
  const uniqueId = (name: string) => {
    const base = slugify(name).slice(0, 70).replace(/-$/, '');
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };

  /** A name many services share: the theme's own, a local Mind's, or the most common of all. */
  function sharedNameFor(theme: Theme, { town }: Place): string {
    const r = rand();
    return r < 0.55 ? theme.names[0]! : r < 0.75 ? pick(theme.names) : r < 0.9 ? `${town.name} Mind` : 'Peer Support Group';
  }

  function nameFor(theme: Theme, place: Place, day: string): string {
    if (style === 'national') return sharedNameFor(theme, place);
    const { town } = place;
    const kind = pick(theme.names);
    const brand = pick(words.brands);
    const r = rand();
    const name =
      r < 0.45
        ? `${town.name} ${kind}`
        : r < 0.65
          ? `${brand} ${kind}`
          : r < 0.75
            ? `${brand} ${town.name}`
            : r < 0.85
              ? `${kind} – ${town.name}`
              : r < 0.95
                ? `${kind} at ${pick(words.venues)}`
                : `${brand} ${kind} ${town.name}`;
    const variants = [
      name,
      `${name} (${pick(words.venues)})`,
      `${name} – ${day[0]!.toUpperCase()}${day.slice(1)}s`,
      `${name} (${town.name} ${pick(words.venues)})`,
    ];
    let chosen = variants.find((variant) => !names.has(variant.toLowerCase()));
    for (let n = 2; !chosen; n++) if (!names.has(`${name} ${n}`.toLowerCase())) chosen = `${name} ${n}`;
    names.add(chosen.toLowerCase());
    return chosen;
  }

  function organisationFor(theme: Theme, { town, county }: Place): Organisation {
    const r = rand();
    const [name, kind]: [string, Organisation['kind']] = theme.nhs
      ? [`${county.name} Partnership NHS Foundation Trust`, 'nhs']
      : r < 0.35
        ? [`${town.name} Mind`, 'voluntary-sector']
        : r < 0.55
          ? [`${pick(words.brands)} Collective`, 'user-led']
          : r < 0.7
            ? [`${county.name} Peer Support Network`, 'user-led']
            : r < 0.82
              ? [`${pick(words.brands)} Trust`, 'voluntary-sector']
              : r < 0.9
                ? [`${town.name} Council`, 'local-authority']
                : [`Friends of ${pick(words.brands)}`, 'informal-group'];
    const id = slugify(name);
    return { id, name, kind, website: `https://${id}.example.org` };
  }

  function sessionsFor(theme: Theme, weekday: number): { sessions: Session[]; byAppointment: boolean } {
    if (theme.times === 'appointment' || (theme.formats.includes('one-to-one') && chance(0.25))) {
      return { sessions: [], byAppointment: true };
    }
    const times: ReadonlyArray<readonly [string, string]> =
      theme.times === 'late'
        ? words.sessionTimes.late
        : theme.times === 'evening' || chance(0.3)
          ? words.sessionTimes.evening
          : words.sessionTimes.day;
    const sessions: Session[] = [];
    for (let i = 0, n = chance(0.25) ? 2 : 1; i < n; i++) {
      const [opens, closes] = pick(times);
      const day = i === 0 ? weekday : (weekday + between(1, 6)) % 7;
      const session: Session = {
        days: theme.times === 'late' && chance(0.5) ? [DAYS[day]!, DAYS[(day + 1) % 7]!] : [DAYS[day]!],
        opens,
        closes,
        overnight: closes < opens,
        frequency: 'weekly',
      };
      const r = rand();
      if (r < 0.12) {
        session.frequency = 'fortnightly';
        session.startsOn = isoDate(FIRST_MONDAY_2026 + 7 * between(0, 20) + DAYS.indexOf(session.days[0]!));
      } else if (r < 0.24) {
        session.frequency = 'monthly';
        session.weeksOfMonth = pick([[1], [2], [3], [-1], [1, 3], [2, 4]]);
      }
      if (chance(0.03)) session.endsOn = isoDate(FIRST_MONDAY_2026 + between(300, 500));
      sessions.push(session);
    }
    return { sessions, byAppointment: chance(0.1) };
  }

  function locationFor({ town }: Place, index: number, masked: boolean): Location {
    const venue = pick(words.venues);
    return {
      id: index === 0 ? 'main' : `venue-${index + 1}`,
      name: `${venue}`,
      address: [`${between(1, 240)} ${pick(words.streets)}`],
      town: town.name,
      postcode: `${town.postcode}${between(1, 20)} ${between(1, 9)}${pick([...POSTCODE_LETTERS])}${pick([...POSTCODE_LETTERS])}`,
      coordinates: { lat: round(town.lat + (rand() - 0.5) * 0.08), lng: round(town.lng + (rand() - 0.5) * 0.12) },
      masked,
      accessibility: some(['wheelchair', 'accessible-toilet', 'hearing-loop', 'quiet-space'] as const, 0.4),
    };
  }

  function service(theme: Theme, place: Place, fixed?: { id: string; name: string }): Service {
    const weekday = between(0, 6);
    const name = fixed?.name ?? nameFor(theme, place, DAYS[weekday]!);
    const organisation = organisationFor(theme, place);
    const remote = theme.remote === true;
    const schedule = sessionsFor(theme, weekday);
    const firstSession = schedule.sessions[0];
    const where = remote ? 'wherever you live' : `in ${place.town.name}`;
    const formatWord = theme.formats.includes('group') ? 'group' : theme.formats.includes('drop-in') ? 'drop-in' : 'service';
    const aboutWho = pick(theme.about);
    const summary = `${remote ? 'Peer support online, by phone or by text' : `A peer support ${formatWord}`} for ${aboutWho}, ${where}.`;
    const locations =
      remote || (theme.nhs && chance(0.5))
        ? []
        : Array.from({ length: chance(0.1) ? 2 : 1 }, (_, i) =>
            locationFor(place, i, theme.settings?.includes('crisis') === true && chance(0.3)),
          );
    const when = firstSession
      ? `It runs ${firstSession.frequency === 'weekly' ? 'every' : firstSession.frequency === 'fortnightly' ? 'every other' : 'one'} ${firstSession.days[0]![0]!.toUpperCase()}${firstSession.days[0]!.slice(1)}${firstSession.frequency === 'monthly' ? ' a month' : ''} from ${firstSession.opens} to ${firstSession.closes}.`
      : 'Support is arranged by appointment, at a time that suits you.';
    const description = [
      `${name} is ${remote ? 'a' : 'a local'} peer support ${formatWord} for ${aboutWho}.`,
      ...some(words.about, 0.25).slice(0, 1),
      ...some(words.welcome, 0.3).slice(0, 3),
      when,
      locations[0] && !locations[0].masked ? `We meet at the ${locations[0].name}, ${place.town.name}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const areaChoice = rand();
    const serviceAreas = remote
      ? areaChoice < 0.5
        ? []
        : [slugify(place.region.name)]
      : areaChoice < 0.75
        ? [slugify(place.town.name)]
        : areaChoice < 0.9
          ? [slugify(place.county.name)]
          : [slugify(place.town.name), slugify(pick(place.county.towns).name)].filter((id, i, list) => list.indexOf(id) === i);
    const statusRoll = rand();
    const status: Service['status'] = statusRoll < 0.93 ? 'active' : statusRoll < 0.97 ? 'temporarily-closed' : 'closed';
    const free = rand();
    return {
      // Shared names would make ids "peer-support-group-214": the town tells them apart as a person would.
      id: fixed?.id ?? uniqueId(style === 'national' && !name.includes(place.town.name) ? `${name} ${place.town.name}` : name),
      name,
      kind: 'service',
      operatorConfirmed: true,
      summary: summary.length > 300 ? `${summary.slice(0, 297)}…` : summary,
      description,
      organisation,
      provision: [...theme.provision],
      formats: [...theme.formats],
      settings: [...(theme.settings ?? [])],
      experiences: [...(theme.experiences ?? [])],
      communities: [...(theme.communities ?? [])],
      transitions: [...(theme.transitions ?? [])],
      tags: [...some(theme.tags ?? [], 0.5)],
      areas: serviceAreas,
      locations,
      onlineOnly: remote,
      schedule: { sessions: schedule.sessions, byAppointment: schedule.byAppointment },
      referral: theme.nhs ? ['mental-health-team', 'professional'] : chance(0.85) ? ['self'] : ['self', 'professional'],
      ...(theme.ages ? { ageRange: { ...theme.ages } } : {}),
      cost: free < 0.8 ? 'free' : free < 0.95 ? 'donation' : 'paid',
      accessibility: theme.communities?.includes('disabled-people')
        ? ['bsl', 'easy-read']
        : some(['easy-read', 'large-print', 'interpreters'] as const, 0.1),
      languages: ['en', ...some(words.languages, 0.04)],
      contact: {
        email: `hello@${organisation.id}.example.org`,
        phone: `01632 960${String(between(0, 999)).padStart(3, '0')}`,
        ...(theme.formats.includes('text') ? { text: `07700 900${String(between(0, 999)).padStart(3, '0')}` } : {}),
        links: [],
      },
      charters: place.county.name.endsWith('Sussex') && chance(0.5) ? ['sussex-pwow'] : chance(0.2) ? ['together'] : [],
      activePartner: chance(0.2),
      status,
      ...(status === 'temporarily-closed'
        ? { statusNote: pick(words.statusNotes) }
        : status === 'closed'
          ? { statusNote: pick(words.closedNotes) }
          : {}),
      lastReviewed: isoDate(Date.UTC(2025, 0, 1) / 86_400_000 + between(0, 680)),
      sources: [],
    };
  }

  const services: Service[] = [];
  const landmarkAt = new Map(landmarks.map((landmark, k) => [Math.floor(((k + 0.5) * count) / landmarks.length), landmark]));
  for (let i = 0; i < count; i++) {
    const landmark = landmarkAt.get(i);
    if (landmark) {
      const place = places.find((p) => p.town.name === landmark.town)!;
      const theme = themes.find((th) => th.names.includes(landmark.theme))!;
      const made = service(theme, place, landmark);
      // Landmarks always run, so a query for one can always find it.
      services.push({ ...made, status: 'active', areas: [slugify(place.town.name)] });
    } else {
      services.push(service(pickTheme(), pick(places)));
    }
  }

  return {
    schemaVersion: '1.0',
    id: `generated-${count}-${seed}${style === 'varied' ? '' : `-${style}`}`,
    title: `Generated peer support directory (${count} services${style === 'varied' ? '' : `, ${style} names`})`,
    publisher: { name: 'Peer Support Kit benchmark' },
    publishedAt: PUBLISHED_AT,
    areas,
    services,
  };
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
