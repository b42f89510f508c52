import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { computeCoverage, parseDirectory } from '@peer-support-kit/core';
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
    assert.match(markdown.stdout, /\n\| Area \| Starting to use mental health services \| Moving on from mental health services \| Leaving hospital \| At a time of crisis \| Crisis peer support at weekends \|\n/);
    assert.match(markdown.stdout, /\n\| &emsp;North Town \| 0 \| 0 \| 1 \| 1 \| 0 \|\n/);
    assert.match(markdown.stdout, /\n- The directory lists no weekend crisis peer support in Test County \(its one crisis peer support service lists no weekend hours\)\n/);

    const csv = await run(['coverage', good, '--format', 'csv']);
    const rows = csv.stdout.trimEnd().split('\n');
    assert.equal(rows[0], 'area_id,area,parent_id,breakdown,term_id,term,services,in_part');
    assert.ok(rows.includes('test-county,Test County,,provision,informal,Informal peer support,0,1'));
    assert.ok(rows.includes('north-town,North Town,test-county,transition,crisis-at-weekends,Crisis peer support at weekends,0,0'));
    assert.ok(rows.includes('south-town,South Town,test-county,community,racialised-communities,"Black, Asian and minority ethnic communities",0,0'));
    assert.equal(rows.length, 1 + 3 * (3 + 11 + 5));

    const json = await run(['coverage', good, '--format', 'json']);
    const out = path.join(scratch(), 'out');
    await run(['build', good, '--out', out]);
    const { directory } = parseDirectory(readFileSync(path.join(out, 'directory.json'), 'utf8'));
    assert.deepEqual(JSON.parse(json.stdout), JSON.parse(JSON.stringify(computeCoverage(directory!))));
    assert.deepEqual(Object.keys(JSON.parse(json.stdout)), ['directory', 'statuses', 'counted', 'areas', 'provision', 'community', 'transition', 'uncounted', 'gaps']);
  });

  it('reads a built directory.json as well as sources', async () => {
    const out = path.join(scratch(), 'out');
    await run(['build', good, '--out', out]);
    const fromBuilt = await run(['coverage', path.join(out, 'directory.json'), '--format', 'json']);
    const fromSources = await run(['coverage', good, '--format', 'json']);
    assert.equal(fromBuilt.code, 0);
    assert.equal(fromBuilt.stdout, fromSources.stdout);
  });

  it('names the gaps of the real directories', async () => {
    const sussex = await run(['coverage', sussexDir, '--format', 'json']);
    const gaps = (JSON.parse(sussex.stdout) as ReturnType<typeof computeCoverage>).gaps.map((gap) => gap.message);
    assert.ok(gaps.includes('The directory lists no volunteer peer mentors or buddies in Sussex'));
    assert.ok(gaps.includes('The directory lists no informal peer support in East Sussex'));
    assert.ok(gaps.includes('The directory lists no peer support for young people in Sussex'));
    // Lambeth's entries are last heard of in 2013 or 2020: none counts as running provision.
    const lambeth = await run(['coverage', lambethDir, '--by', 'transition']);
    assert.match(lambeth.stdout, /- The directory lists no peer support in Lambeth/);
    assert.match(lambeth.stdout, /- Missing Link \(missing-link\): not confirmed as running, last heard of in 2013/);
    assert.match(lambeth.stdout, /- Solidarity in a Crisis \(solidarity-in-a-crisis\): not confirmed as running, last heard of in 2020/);
    assert.match(lambeth.stdout, /- Vital Link \(vital-link\): closed/);
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
    assert.equal(format.stderr, 'peer-support coverage: --format "markdwn" is not one of table, markdown, csv, json; did you mean markdown?\nRun "peer-support coverage --help" for usage.\n');
    const by = await run(['coverage', good, '--by', 'kind']);
    assert.equal(by.code, 2);
    assert.match(by.stderr, /--by "kind" is not one of provision, community, transition\./);
  });
});
