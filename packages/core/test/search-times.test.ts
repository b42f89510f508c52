import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isOpenAt, nextOccurrence, type ServiceInput } from '../src/index.js';
import { dayOf, localTime, wallToInstant } from '../src/search/time.js';
import { directoryOf, ids, searchOver, service } from './search-fixtures.js';

/** A parsed made-up service with one session (or none) and otherwise the sample's defaults. */
function withSessions(sessions: NonNullable<ServiceInput['schedule']>['sessions'], overrides: Partial<ServiceInput> = {}) {
  return directoryOf([service('test-times', 'Test Times', { schedule: { sessions }, ...overrides })]).services[0]!;
}
const at = (iso: string) => new Date(iso);
const open = (s: ReturnType<typeof withSessions>, iso: string) => isOpenAt(s, at(iso));

describe('opening times, in Europe/London time', () => {
  const tuesday = withSessions([{ days: ['tuesday'], opens: '18:00', closes: '20:00' }]);

  it('reads times as local time, in summer (BST) and in winter (GMT)', () => {
    assert.equal(open(tuesday, '2026-06-02T17:30:00Z'), true, '18:30 BST');
    assert.equal(open(tuesday, '2026-06-02T18:30:00Z'), true, '19:30 BST');
    assert.equal(open(tuesday, '2026-06-02T19:00:00Z'), false, '20:00 BST: closed');
    assert.equal(open(tuesday, '2026-06-02T16:59:00Z'), false, '17:59 BST: not yet');
    assert.equal(open(tuesday, '2026-12-01T18:30:00Z'), true, '18:30 GMT');
    assert.equal(open(tuesday, '2026-12-01T17:30:00Z'), false, '17:30 GMT: not yet');
    assert.equal(open(tuesday, '2026-06-03T17:30:00Z'), false, 'a Wednesday');
  });

  it('keeps a session across midnight open after midnight', () => {
    const friday = withSessions([{ days: ['friday'], opens: '20:00', closes: '02:00', overnight: true }]);
    assert.equal(open(friday, '2026-06-05T18:59:00Z'), false, 'Friday 19:59');
    assert.equal(open(friday, '2026-06-05T19:00:00Z'), true, 'Friday 20:00');
    assert.equal(open(friday, '2026-06-06T00:00:00Z'), true, 'Saturday 01:00 BST');
    assert.equal(open(friday, '2026-06-06T01:00:00Z'), false, 'Saturday 02:00 BST');
    assert.equal(open(friday, '2026-06-06T19:30:00Z'), false, 'Saturday evening is not a session');
    assert.equal(open(friday, '2026-06-05T00:30:00Z'), false, 'Friday 01:30 follows Thursday, which has none');
  });

  it('handles the spring-forward night (last Sunday of March)', () => {
    const saturday = withSessions([{ days: ['saturday'], opens: '20:00', closes: '02:00', overnight: true }]);
    assert.equal(open(saturday, '2026-03-29T00:30:00Z'), true, '00:30 GMT');
    assert.equal(open(saturday, '2026-03-29T00:59:00Z'), true, '00:59 GMT');
    assert.equal(open(saturday, '2026-03-29T01:00:00Z'), false, 'the clocks jump to 02:00 BST: closed');
    const sunday = withSessions([{ days: ['sunday'], opens: '09:00', closes: '10:00' }]);
    assert.equal(open(sunday, '2026-03-29T08:15:00Z'), true, '09:15 BST');
    assert.equal(open(sunday, '2026-03-29T09:15:00Z'), false, '10:15 BST');
  });

  it('handles the fall-back night (last Sunday of October), when 01:00–02:00 happens twice', () => {
    const saturday = withSessions([{ days: ['saturday'], opens: '20:00', closes: '02:00', overnight: true }]);
    assert.equal(open(saturday, '2026-10-25T00:30:00Z'), true, '01:30 BST');
    assert.equal(open(saturday, '2026-10-25T01:30:00Z'), true, '01:30 GMT, the second time');
    assert.equal(open(saturday, '2026-10-25T02:00:00Z'), false, '02:00 GMT');
    const sunday = withSessions([{ days: ['sunday'], opens: '09:00', closes: '10:00' }]);
    assert.equal(open(sunday, '2026-10-25T09:30:00Z'), true, '09:30 GMT');
    assert.equal(open(sunday, '2026-10-25T08:30:00Z'), false, '08:30 GMT');
  });

  it('runs fortnightly sessions every other week from their first date, and not before it', () => {
    const fortnightly = withSessions([
      { days: ['wednesday'], opens: '10:00', closes: '12:00', frequency: 'fortnightly', startsOn: '2026-06-03' },
    ]);
    assert.equal(open(fortnightly, '2026-06-03T10:00:00Z'), true);
    assert.equal(open(fortnightly, '2026-06-10T10:00:00Z'), false);
    assert.equal(open(fortnightly, '2026-06-17T10:00:00Z'), true);
    assert.equal(open(fortnightly, '2026-12-30T11:00:00Z'), true, '30 weeks on, in winter');
    assert.equal(open(fortnightly, '2026-05-20T10:00:00Z'), false, 'before its first date');
  });

  it('runs monthly sessions in the weeks of the month given, including the last', () => {
    const first = withSessions([{ days: ['thursday'], opens: '10:00', closes: '12:00', frequency: 'monthly', weeksOfMonth: [1] }]);
    assert.equal(open(first, '2026-06-04T10:00:00Z'), true, 'the first Thursday of June');
    assert.equal(open(first, '2026-06-11T10:00:00Z'), false, 'the second');
    const last = withSessions([{ days: ['friday'], opens: '10:00', closes: '12:00', frequency: 'monthly', weeksOfMonth: [-1] }]);
    assert.equal(open(last, '2026-06-26T10:00:00Z'), true, 'the last Friday of June');
    assert.equal(open(last, '2026-06-19T10:00:00Z'), false, 'the one before');
  });

  it('stops after endsOn', () => {
    const ending = withSessions([{ days: ['tuesday'], opens: '10:00', closes: '12:00', endsOn: '2026-06-09' }]);
    assert.equal(open(ending, '2026-06-09T10:00:00Z'), true);
    assert.equal(open(ending, '2026-06-16T10:00:00Z'), false);
  });

  it('is never open while temporarily closed, or when only by appointment', () => {
    const paused = withSessions([{ days: ['tuesday'], opens: '18:00', closes: '20:00' }], { status: 'temporarily-closed' });
    assert.equal(open(paused, '2026-06-02T17:30:00Z'), false);
    assert.equal(nextOccurrence(paused, at('2026-06-01T00:00:00Z')), undefined);
    const appointment = directoryOf([service('test-appointment', 'Test Appointment', { schedule: { sessions: [], byAppointment: true } })])
      .services[0]!;
    assert.equal(open(appointment, '2026-06-02T17:30:00Z'), false);
    assert.equal(nextOccurrence(appointment, at('2026-06-01T00:00:00Z')), undefined);
  });

  it('reads times in another time zone when the directory says so', () => {
    assert.equal(isOpenAt(tuesday, at('2026-06-02T22:30:00Z'), 'America/New_York'), true, '18:30 EDT');
    assert.equal(isOpenAt(tuesday, at('2026-06-02T17:30:00Z'), 'America/New_York'), false, '13:30 EDT');
  });
});

describe('next session', () => {
  const iso = (occurrence: ReturnType<typeof nextOccurrence>) =>
    occurrence && { start: occurrence.start.toISOString(), end: occurrence.end.toISOString(), ongoing: occurrence.ongoing };

  it('gives the next session, or the one on now', () => {
    const tuesday = withSessions([{ days: ['tuesday'], opens: '18:00', closes: '20:00' }]);
    assert.deepEqual(iso(nextOccurrence(tuesday, at('2026-06-02T09:00:00Z'))), {
      start: '2026-06-02T17:00:00.000Z',
      end: '2026-06-02T19:00:00.000Z',
      ongoing: false,
    });
    assert.deepEqual(iso(nextOccurrence(tuesday, at('2026-06-02T17:30:00Z'))), {
      start: '2026-06-02T17:00:00.000Z',
      end: '2026-06-02T19:00:00.000Z',
      ongoing: true,
    });
    assert.deepEqual(iso(nextOccurrence(tuesday, at('2026-06-02T19:00:00Z'))), {
      start: '2026-06-09T17:00:00.000Z',
      end: '2026-06-09T19:00:00.000Z',
      ongoing: false,
    });
    assert.equal(nextOccurrence(tuesday, at('2026-06-02T09:00:00Z'))!.session, tuesday.schedule!.sessions[0]);
  });

  it('finds a session that started yesterday and runs past midnight', () => {
    const friday = withSessions([{ days: ['friday'], opens: '20:00', closes: '02:00', overnight: true }]);
    assert.deepEqual(iso(nextOccurrence(friday, at('2026-06-06T00:00:00Z'))), {
      start: '2026-06-05T19:00:00.000Z',
      end: '2026-06-06T01:00:00.000Z',
      ongoing: true,
    });
  });

  it('times sessions across the clock changes', () => {
    const saturday = withSessions([{ days: ['saturday'], opens: '20:00', closes: '02:00', overnight: true }]);
    // Spring: 20:00 GMT to 02:00 BST, five hours. Autumn: 20:00 BST to 02:00 GMT, seven.
    assert.deepEqual(iso(nextOccurrence(saturday, at('2026-03-28T12:00:00Z'))), {
      start: '2026-03-28T20:00:00.000Z',
      end: '2026-03-29T01:00:00.000Z',
      ongoing: false,
    });
    assert.deepEqual(iso(nextOccurrence(saturday, at('2026-10-24T12:00:00Z'))), {
      start: '2026-10-24T19:00:00.000Z',
      end: '2026-10-25T02:00:00.000Z',
      ongoing: false,
    });
  });

  it('skips the weeks a fortnightly or monthly session does not run', () => {
    const fortnightly = withSessions([
      { days: ['wednesday'], opens: '10:00', closes: '12:00', frequency: 'fortnightly', startsOn: '2026-06-03' },
    ]);
    assert.equal(nextOccurrence(fortnightly, at('2026-06-04T00:00:00Z'))!.start.toISOString(), '2026-06-17T09:00:00.000Z');
    const last = withSessions([{ days: ['friday'], opens: '10:00', closes: '12:00', frequency: 'monthly', weeksOfMonth: [-1] }]);
    assert.equal(nextOccurrence(last, at('2026-06-27T00:00:00Z'))!.start.toISOString(), '2026-07-31T09:00:00.000Z');
    const ended = withSessions([{ days: ['tuesday'], opens: '10:00', closes: '12:00', endsOn: '2026-06-09' }]);
    assert.equal(nextOccurrence(ended, at('2026-06-10T00:00:00Z')), undefined);
  });
});

describe('open now in a search', () => {
  it('finds only the services with a session on at the instant given', () => {
    const search = searchOver([
      service('test-evening', 'Test Evening', { schedule: { sessions: [{ days: ['tuesday'], opens: '18:00', closes: '20:00' }] } }),
      service('test-night', 'Test Night', {
        schedule: { sessions: [{ days: ['monday'], opens: '20:00', closes: '02:00', overnight: true }] },
      }),
      service('test-paused', 'Test Paused', {
        status: 'temporarily-closed',
        schedule: { sessions: [{ days: ['tuesday'], opens: '00:00', closes: '23:59' }] },
      }),
    ]);
    assert.deepEqual(ids(search.search({ openAt: at('2026-06-02T00:30:00Z') })), ['test-night'], 'Tuesday 01:30 BST');
    assert.deepEqual(
      ids(search.search({ openAt: at('2026-06-02T17:30:00Z') })),
      ['test-evening'],
      'Tuesday 18:30 BST; the paused one is not open',
    );
    assert.deepEqual(ids(search.search({ openAt: at('2026-06-02T17:30:00Z'), text: 'night' })), []);
    assert.equal(search.search({}).total, 3, 'temporarily closed services are listed');
  });
});

describe('local wall-clock times, in any time zone', () => {
  // Zones with half-hour and 45-minute offsets, a half-hour clock change (Lord Howe) and the
  // southern hemisphere, besides London: the day-by-day offset cache must agree with Intl.
  const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns'];
  const wall = (instant: number, timeZone: string) => {
    const { day, minutes } = localTime(instant, timeZone);
    return day * 1440 + minutes;
  };

  /** Every instant (to the minute, offsets in quarter hours) whose wall clock shows `asked`, by brute force. */
  const instantsShowing = (asked: number, timeZone: string) => {
    const found: number[] = [];
    for (let offset = -14 * 60; offset <= 14 * 60; offset += 15) {
      const instant = (asked - offset) * 60_000;
      if (wall(instant, timeZone) === asked) found.push(instant);
    }
    return found.sort((a, b) => a - b);
  };

  it('finds 02:00 on the morning Chatham (+12:45) moves its clocks, whose change is half a day from the wall time', () => {
    // 26 September 2021: at 02:45 local (14:00 UTC the day before) Chatham went from +12:45 to +13:45.
    assert.equal(new Date(wallToInstant(dayOf('2021-09-26'), 120, 'Pacific/Chatham')).toISOString(), '2021-09-25T13:15:00.000Z');
  });

  it('turns a wall-clock time into the first instant that shows it, or, in a gap, the time after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: dayOf('2020-01-01'), max: dayOf('2031-12-31') }),
        fc.integer({ min: 0, max: 1439 }),
        (timeZone, day, minutes) => {
          const asked = day * 1440 + minutes;
          const instant = wallToInstant(day, minutes, timeZone);
          const showing = instantsShowing(asked, timeZone);
          if (showing.length) assert.equal(instant, showing[0], `${timeZone} ${day} ${minutes}`);
          else {
            // Skipped by the clocks going forward: the wall clock then reads the length of the jump later.
            const shown = wall(instant, timeZone);
            assert.ok([30, 60].includes(shown - asked), `${timeZone} ${day} ${minutes}: a gap, shown ${shown - asked} later`);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds the instant on the days the clocks change, every quarter hour', () => {
    // The spring-forward and fall-back days of 2026 in London and New York.
    for (const [timeZone, date] of [
      ['Europe/London', '2026-03-29'],
      ['Europe/London', '2026-10-25'],
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
    ] as const) {
      let gaps = 0;
      for (let minutes = 0; minutes < 1440; minutes += 15) {
        const asked = dayOf(date) * 1440 + minutes;
        const instant = wallToInstant(dayOf(date), minutes, timeZone);
        const showing = instantsShowing(asked, timeZone);
        if (showing.length) assert.equal(instant, showing[0], `${timeZone} ${date} ${minutes}`);
        else {
          gaps++;
          assert.equal(wall(instant, timeZone), asked + 60, `${timeZone} ${date} ${minutes}`);
        }
      }
      // Spring forward skips the hour from 01:00 (London) or 02:00 (New York): four quarter hours.
      assert.equal(gaps, date.endsWith('-03-29') || date.endsWith('-03-08') ? 4 : 0, `${timeZone} ${date}`);
    }
  });
});
