import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, run, scratch, serviceYaml } from './helpers/run.js';

// What a volunteer editing YAML by hand meets: one mistake is one message, in plain words, with
// the fix and the place to make it.
const good = fixture('good');

async function validate(extra: string) {
  const dir = scratch({ 'services/entry.yaml': serviceYaml('test-entry', extra) }, good);
  const result = await run(['validate', dir], { cwd: dir });
  return {
    code: result.code,
    problems: (result.stdout + result.stderr).split('\n').filter((line) => line.startsWith('services/entry.yaml')),
  };
}

describe('YAML mistakes, told plainly', () => {
  it('reads an unquoted phone number as written, and says to quote it', async () => {
    const { code, problems } = await validate('contact:\n  phone: 01632960000');
    assert.equal(code, 0);
    assert.deepEqual(problems, [
      'services/entry.yaml:11:10: warning phone: 01632960000 is written without quotes, so YAML reads it as a number and drops its leading 0; it was read as written, but put it in quotes: phone: "01632960000".',
    ]);
  });

  it('points a wrong indent at its line and says which column it should start at', async () => {
    const { code, problems } = await validate('contact:\n  email: a@example.org\n   phone: "01632 960000"');
    assert.equal(code, 1);
    assert.deepEqual(problems, [
      'services/entry.yaml:12:4: error syntax: this line is indented 3 spaces, but the lines it belongs with start at column 3: line it up with them (two spaces for each level). Nothing in this file was read.',
    ]);
  });

  it('makes one error of the tabs in a file, naming each line', async () => {
    const one = await validate('contact:\n\temail: a@example.org');
    assert.deepEqual(one.problems, [
      'services/entry.yaml:11:1: error syntax: this line starts with a tab: YAML indents with spaces only. Replace each tab with spaces (two for each level).',
    ]);
    const three = await validate('contact:\n\temail: a@example.org\n\tphone: "01632 960000"\n\twebsite: https://a.example.org');
    assert.equal(three.problems.length, 1);
    assert.match(three.problems[0]!, /:11:1: error syntax: this line and line 12 and line 13 start with a tab/);
  });

  it('names a field written twice', async () => {
    const { problems } = await validate('contact:\n  email: a@example.org\n  email: b@example.org');
    assert.deepEqual(problems, [
      'services/entry.yaml:12:3: error syntax: this field is written twice at the same level; keep one of them.',
    ]);
  });
});
