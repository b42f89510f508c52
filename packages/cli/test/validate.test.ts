import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { hasContact } from '@peer-support-kit/core';
import { counted, readLive } from './helpers/live.js';
import { fixture, lambethDir, run, scratch, serviceYaml, sussexDir } from './helpers/run.js';

const good = fixture('good');

describe('validate', () => {
  it('passes a valid directory folder with a one-line summary', async () => {
    const result = await run(['validate', good]);
    assert.equal(result.code, 0);
    assert.deepEqual(result.lines, ['validate: no errors, no warnings in 2 services from 3 files.']);
  });

  it('passes both real directories with no errors, warning only of services with no way to reach them', async () => {
    const result = await run(['validate', sussexDir, lambethDir], { cwd: path.dirname(sussexDir) });
    assert.equal(result.code, 0, result.stdout);
    assert.ok(!result.lines.some((line) => line.includes(': error ')), result.stdout);
    // The figures come from the sources themselves, so adding a real service changes them too.
    const live = [readLive(sussexDir), readLive(lambethDir)];
    const unreachable = live.flatMap(({ directory, fileOf }) =>
      directory.services.filter((service) => !hasContact(service)).map((service) => fileOf.get(service.id)!),
    );
    // Only services with no confirmed way to reach them are warned about: the warning stands.
    const warnings = result.lines.filter((line) => line.includes(': warning '));
    assert.deepEqual(warnings.map((line) => line.split(':')[0]).sort(), unreachable.sort());
    for (const line of warnings) assert.match(line, /: warning contact: has no website, email, phone or link/);
    const services = live.reduce((sum, { directory }) => sum + directory.services.length, 0);
    const files = live.reduce((sum, { files }) => sum + files, 0);
    assert.equal(
      result.lines.at(-1),
      `validate: no errors, ${counted(unreachable.length, 'warning')} in ${counted(services, 'service')} from ${counted(files, 'file')}.`,
    );
  });

  it('names broken YAML with its line and column, and reads the other files', async () => {
    const dir = scratch({ 'services/broken.yaml': 'id: broken\nname: [unclosed\nsummary: x\n' }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [
      'services/broken.yaml:3:1: error syntax: a list [ … ] above this line is not closed: end it on the line it starts. Nothing in this file was read. (The YAML reader says: Flow sequence in block collection must be sufficiently indented and end with a ].)',
      'validate: 1 error, no warnings in 2 services from 4 files. Fix the errors above.',
    ]);
  });

  it('names a wrong vocabulary word and suggests the nearest', async () => {
    const dir = scratch({ 'services/typo.yaml': serviceYaml('test-typo', 'formats: [one-to-one, grup]') }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.equal(
      result.lines[0],
      'services/typo.yaml:10:23: error formats[1]: is the text "grup", which is not allowed; expected one of "one-to-one", "group", "drop-in", "online", "phone", "text", "creative"; did you mean "group"?',
    );
  });

  it('names a duplicate id with the file that has it first', async () => {
    const dir = scratch({ 'services/zz-copy.yaml': serviceYaml('test-voices-group') }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.equal(
      result.lines[0],
      'services/zz-copy.yaml:1:5: error id: "test-voices-group" is already the id of services/test-voices-group.yaml:1:1; each service needs its own id, so this one was left out.',
    );
  });

  it('still checks the services when directory.yaml cannot be read', async () => {
    const dir = scratch({ 'directory.yaml': 'id: [broken\n', 'services/typo.yaml': serviceYaml('test-typo', 'formats: [grup]') }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.equal(result.lines.length, 3);
    assert.match(result.lines[0]!, /^directory\.yaml:2:1: error syntax: a list \[ … \] above this line is not closed/);
    assert.match(result.lines[1]!, /^services\/typo\.yaml:10:11: error formats\[0\]: is the text "grup"/);
    const build = await run(['build', dir, '--out', 'out'], { cwd: dir });
    assert.equal(build.lines.filter((line) => line.includes('error sources')).length, 0);
  });

  it('refuses a javascript: link', async () => {
    const links = 'contact:\n  links:\n    - label: Click\n      url: "javascript:alert(1)"';
    const dir = scratch({ 'services/link.yaml': serviceYaml('test-link', links) }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.equal(
      result.lines[0],
      'services/link.yaml:13:12: error contact.links[0].url: is the text "javascript:alert(1)". Use an https://, mailto:, tel: or sms: link; other kinds of link are not allowed.',
    );
  });

  it('warns about a service with no way to contact it, and still passes', async () => {
    const noContact = serviceYaml('test-no-contact').replace('  website: https://test.example.org\n', '');
    const dir = scratch({ 'services/no-contact.yaml': noContact }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 0);
    assert.deepEqual(result.lines, [
      'services/no-contact.yaml:1:1: warning contact: has no website, email, phone or link, on the service or its organisation; it is shown with advice on how else to find it.',
      'validate: no errors, 1 warning in 3 services from 4 files.',
    ]);
  });

  it('names an unreadable file, given or inside a folder', async () => {
    const dir = scratch({}, good);
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'services', 'gone.yaml'));
    const result = await run(['validate', dir, 'missing.yaml'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [
      'missing.yaml: error file: cannot be read: there is no such file or folder.',
      'services/gone.yaml: error file: cannot be read: there is no such file or folder.',
      'validate: 2 errors, no warnings in 2 services from 4 files. Fix the errors above.',
    ]);
  });

  it('names files it does not read, rather than skip them in silence', async () => {
    const dir = scratch({ 'services/notes.txt': 'notes' }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 0);
    assert.equal(result.lines[0], 'services/notes.txt: warning file: is not a YAML, JSON or CSV file, so it was not read.');
  });

  it('reads JSON and names a syntax error with its line and column', async () => {
    const dir = scratch({ 'services/a.json': '{\n  "id": "test-json",\n  "name": "x",\n}\n' }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(result.lines[0]!, /^services\/a\.json:4:1: error syntax: this is not valid JSON: .+; nothing in this file was read\.$/);
  });

  it('reads a list of services, with paths as written in the file', async () => {
    const list = `- ${serviceYaml('test-list-one').split('\n').join('\n  ')}\n- id: test-list-two\n  name: Two\n`;
    const dir = scratch({ 'services/list.yaml': list }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines.slice(0, 2), [
      'services/list.yaml:11:3: error [1].summary: is missing; expected text.',
      'services/list.yaml:11:3: error [1].organisation: is missing; expected an object.',
    ]);
  });

  it('checks loose service files on their own, and says what it could not check', async () => {
    const dir = scratch({ 'one.yaml': serviceYaml('test-loose') });
    const result = await run(['validate', 'one.yaml'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.deepEqual(result.lines, [
      'warning sources: no directory file (directory.yaml) was given, so the services were checked on their own: their areas were not checked against a directory.',
      'validate: no errors, 1 warning in 1 service from 1 file.',
    ]);
  });

  it('reads a CSV export and points at the row and cell', async () => {
    const csv =
      'id,name,summary,organisation_name,organisation_kind,organisation_website,formats,Adress,last_reviewed\n' +
      'test-csv,Test CSV,A made-up row.,Test Org,Charity,https://test.example.org,"group; grup",,2026-10-01\n';
    const dir = scratch({ 'services/sheet.csv': csv }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [
      'services/sheet.csv row 1, column H: warning column "Adress": is not a column of the template; it is empty, so it was ignored. Did you mean "location_address"?',
      'services/sheet.csv row 2, column G: error formats: is the text "grup", which is not allowed; expected one of "one-to-one", "group", "drop-in", "online", "phone", "text", "creative"; did you mean "group"?',
      'validate: 1 error, 1 warning in 3 services from 4 files. Fix the errors above.',
    ]);
  });

  it('shows progress on standard error when a run takes more than a moment', async () => {
    const result = await run(['validate', good], { progressDelayMs: 0 });
    assert.match(result.stderr, /^peer-support validate: reading 1 of 3 files \(test\/fixtures\/good\/directory\.yaml\)\n/);
  });
});
