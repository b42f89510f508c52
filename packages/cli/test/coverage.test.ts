import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { computeCoverage, parseDirectory, vocabularies, type Service } from '@peer-support-kit/core';
import { lastDayOf, newestEvidence, readLive } from './helpers/live.js';
import { fixture, lambethDir, run, scratch, serviceYaml, sussexDir } from './helpers/run.js';

const good = fixture('good');

describe('coverage', () => {
  it('prints areas × kind of provision as a table, with the gaps, and a summary on standard error', async () => {
    const result = await run(['coverage', good, '--by', 'provision']);
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout,
      [
        'Coverage of Test directory (test-directory, published 2026-11-22)',
        '2 active services counted.',
        'Each number counts services for the whole area; "+N" counts more that serve only part of it.',
        '',
        'Kind of peer support (by provision)',
        'Area          informal  organised-volunteer  paid-peer-workers',
        '------------  --------  -------------------  -----------------',
        'Test County       0 +1                    0                  1',
        '  North Town         1                    0                  1',
        '  South Town         0                    0                  1',
        '',
        'Gaps:',
        '  - The directory lists no volunteer peer mentors or buddies in Test County',
        '  - The directory lists no informal peer support in South Town',
        '',
      ].join('\n'),
    );
    assert.equal(result.stderr, 'coverage: 2 services counted in 3 areas, 2 gaps named.\n');
  });

  it('writes Markdown, CSV and JSON', async () => {
    const markdown = await run(['coverage', good, '--format', 'markdown', '--by', 'transition']);
    assert.match(markdown.stdout, /^# Coverage of Test directory/);
    assert.match(
      markdown.stdout,
      /\n\| Area \| Starting to use mental health services \| Moving on from mental health services \| Leaving hospital \| At a time of crisis \| Crisis peer support at weekends \|\n/,
    );
    assert.match(markdown.stdout, /\n\| &emsp;North Town \| 0 \| 0 \| 1 \| 1 \| 0 \|\n/);
    assert.match(
      markdown.stdout,
      /\n- The directory lists no weekend crisis peer support in Test County \(its one crisis peer support service lists no weekend hours\)\n/,
    );

    const csv = await run(['coverage', good, '--format', 'csv']);
    const rows = csv.stdout.trimEnd().split('\n');
    assert.equal(rows[0], 'area_id,area,parent_id,breakdown,term_id,term,services,in_part');
    assert.ok(rows.includes('test-county,Test County,,provision,informal,Informal peer support,0,1'));
    assert.ok(rows.includes('north-town,North Town,test-county,transition,crisis-at-weekends,Crisis peer support at weekends,0,0'));
    assert.ok(
      rows.includes(
        'south-town,South Town,test-county,community,racialised-communities,"Black, Asian and minority ethnic communities",0,0',
      ),
    );
    assert.equal(rows.length, 1 + 3 * (3 + 11 + 5));

    const json = await run(['coverage', good, '--format', 'json']);
    const out = path.join(scratch(), 'out');
    await run(['build', good, '--out', out]);
    const { directory } = parseDirectory(readFileSync(path.join(out, 'directory.json'), 'utf8'));
    assert.deepEqual(JSON.parse(json.stdout), JSON.parse(JSON.stringify(computeCoverage(directory!))));
    assert.deepEqual(Object.keys(JSON.parse(json.stdout)), [
      'directory',
      'statuses',
      'counted',
      'areas',
      'provision',
      'community',
      'transition',
      'uncounted',
      'gaps',
    ]);
  });

  it('reads a built directory.json as well as sources', async () => {
    const out = path.join(scratch(), 'out');
    await run(['build', good, '--out', out]);
    const fromBuilt = await run(['coverage', path.join(out, 'directory.json'), '--format', 'json']);
    const fromSources = await run(['coverage', good, '--format', 'json']);
    assert.equal(fromBuilt.code, 0);
    assert.equal(fromBuilt.stdout, fromSources.stdout);
  });

  it('names the gaps of the real directories, each one true of their sources', async () => {
    // What is expected comes from the sources, read without the CLI: adding a real service must
    // not break this, only change which gaps are named.
    for (const dir of [sussexDir, lambethDir]) {
      const { directory } = readLive(dir);
      const name = path.basename(dir);
      const report = JSON.parse((await run(['coverage', dir, '--format', 'json'])).stdout) as ReturnType<typeof computeCoverage>;
      const text = (await run(['coverage', dir])).stdout;

      // Counted: running, heard of within the year before publication (or no date of evidence), in a known area.
      const yearBefore = `${Number(directory.publishedAt.slice(0, 4)) - 1}${directory.publishedAt.slice(4, 10)}`;
      const known = new Set(directory.areas.map((area) => area.id));
      const why = (service: Service): string | undefined => {
        if (service.status === 'closed') return 'closed';
        if (service.status === 'temporarily-closed') return 'temporarily closed';
        const heard = newestEvidence(service);
        if (heard && lastDayOf(heard) < yearBefore) return `not confirmed as running, last heard of in ${heard}`;
        if (!service.areas.some((area) => known.has(area))) return "names none of the directory's areas";
        return undefined;
      };
      const counted = directory.services.filter((service) => !why(service));
      assert.equal(report.counted, counted.length, name);
      for (const service of directory.services.filter(why)) {
        assert.ok(
          text.includes(`\n  - ${service.name} (${service.id}): ${why(service)}\n`),
          `${name}: ${service.id} listed as not counted, and why`,
        );
      }

      // Each gap is true: no counted service offers that, in the area, a place inside it or an area around it.
      const parentOf = new Map(directory.areas.map((area) => [area.id, area.parent]));
      const around = (id: string) => {
        const line: string[] = [];
        for (let at: string | undefined = id; at; at = parentOf.get(at)) line.push(at);
        return line;
      };
      const reaches = (service: Service, area: string) =>
        service.areas.some((id) => around(id).includes(area) || around(area).includes(id));
      const offers = {
        provision: (s: Service) => s.provision,
        community: (s: Service) => s.communities,
        transition: (s: Service) => s.transitions,
      };
      for (const gap of report.gaps) {
        assert.ok(text.includes(`\n  - ${gap.message}\n`), `${name}: the report names "${gap.message}"`);
        if (gap.kind === 'no-services')
          assert.deepEqual(
            counted.filter((s) => reaches(s, gap.area)).map((s) => s.id),
            [],
            gap.message,
          );
        const { kind } = gap;
        if (kind === 'provision' || kind === 'community' || kind === 'transition') {
          const filling = counted.filter((s) => offers[kind](s).includes(gap.term!) && reaches(s, gap.area));
          assert.deepEqual(
            filling.map((s) => s.id),
            [],
            gap.message,
          );
        }
      }
      // And the gaps that are there are named: every kind of provision no counted service offers, for the whole area.
      const root = directory.areas.find((area) => !area.parent)!;
      if (counted.length === 0) {
        assert.match(text, new RegExp(`\\n  - The directory lists no peer support in ${root.name}\\n`), name);
        continue;
      }
      for (const term of vocabularies.provision.terms) {
        const named = report.gaps.some((gap) => gap.kind === 'provision' && gap.area === root.id && gap.term === term.id);
        assert.equal(named, !counted.some((s) => s.provision.includes(term.id)), `${name}: ${term.label} in ${root.name}`);
      }
    }
  });

  it('makes no report from sources with errors, and says why on standard error', async () => {
    const dir = scratch({ 'services/typo.yaml': serviceYaml('test-typo', 'formats: [grup]') }, good);
    const result = await run(['coverage', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      'services/typo.yaml:10:11: error formats[0]: is the text "grup", which is not allowed; expected one of "one-to-one", "group", "drop-in", "online", "phone", "text", "creative"; did you mean "group"?\n' +
        'coverage: no report: 1 error, no warnings in the sources. Fix the errors above (run validate to see the warnings too).\n',
    );
  });

  it('names a wrong --format or --by with the nearest', async () => {
    const format = await run(['coverage', good, '--format', 'markdwn']);
    assert.equal(format.code, 2);
    assert.equal(
      format.stderr,
      'peer-support coverage: --format "markdwn" is not one of table, markdown, csv, json; did you mean markdown?\nRun "peer-support coverage --help" for usage.\n',
    );
    const by = await run(['coverage', good, '--by', 'kind']);
    assert.equal(by.code, 2);
    assert.match(by.stderr, /--by "kind" is not one of provision, community, transition\./);
  });
});
