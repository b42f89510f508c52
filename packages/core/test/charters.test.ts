import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { charterSummaries, charters, getCharter, getCharterSummary, parseCharter, type Charter } from '../src/index.js';
import { hasShared, readSeed, squash } from './helpers/shared.js';

const seeds = hasShared('seeds') ? false : 'the shared/seeds folder is not beside the repository';

/** Seed 002 prints the Sussex charter as name / definition pairs under "The Peer Support Charter". */
function sussexPrinciplesFromSeed(): Array<[string, string]> {
  const seed = readSeed('002');
  const start = seed.indexOf('The Peer Support Charter\n');
  const end = seed.indexOf('BENEFITS OF THE PARTNERSHIP');
  assert.ok(start > 0 && end > start, 'seed 002 has the charter page');
  const lines = seed
    .slice(start + 'The Peer Support Charter'.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== 'The Principles of Peer Support');
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < lines.length; i += 2) pairs.push([lines[i]!, lines[i + 1]!]);
  return pairs;
}

/** Seed 001 numbers its principles: "1. Safety and trust", or "**3.\nHopefulness**" across lines. */
function togetherPrinciplesFromSeed(): Array<{ number: number; name: string; text: string }> {
  const seed = readSeed('001');
  const heading = /^(?:\*\*)?(\d+)\.\s*\n?([\s\S]*?)(?:\*\*)?\n\n([\s\S]*?)(?=\n\n(?:\*\*)?\d+\.|\s*$)/gm;
  return [...seed.matchAll(heading)].map((m) => ({ number: Number(m[1]), name: m[2]!, text: m[3]! }));
}

/** Charter headings break words across lines ("empower-\nment"); compare letters only. */
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

describe('built-in charters', () => {
  it('lists the Sussex and Together charters, each found by id', () => {
    assert.deepEqual(
      charters.map((c) => c.id),
      ['sussex-pwow', 'together'],
    );
    assert.equal(getCharter('sussex-pwow')?.title, 'Principled Ways of Working Peer Support Charter');
    assert.equal(getCharter('together')?.publisher, 'Together for Mental Wellbeing');
    assert.equal(getCharter('nope'), undefined);
  });

  it('each validates against the charter schema', () => {
    for (const charter of charters) {
      const result = parseCharter(structuredClone(charter));
      assert.deepEqual(result.problems, [], charter.id);
      assert.deepEqual(result.charter, charter);
    }
  });

  it('quotes the Sussex charter word for word, in its order (seed 002)', { skip: seeds }, () => {
    const fromSeed = sussexPrinciplesFromSeed();
    const sussex = getCharter('sussex-pwow')!;
    assert.equal(fromSeed.length, 9);
    assert.deepEqual(
      sussex.principles.map((p) => [p.name, p.definition]),
      fromSeed,
    );
    assert.equal(sussex.year, 2018);
  });

  it("counts the Sussex charter's signatories as seed 002 does, quoting it word for word", { skip: seeds }, () => {
    const { signatories } = getCharter('sussex-pwow')!;
    assert.ok(readSeed('002').replace(/\s+/g, ' ').includes(signatories!.quote), 'the quote is in seed 002');
    assert.match(signatories!.quote, new RegExp(`${signatories!.signed} organisations signing`));
    assert.match(signatories!.quote, /six active partners/);
    assert.equal(signatories!.activePartners, 6);
  });

  it("quotes Together's definition and 13 principles word for word (seed 001)", { skip: seeds }, () => {
    const fromSeed = togetherPrinciplesFromSeed();
    const together = getCharter('together')!;
    assert.equal(fromSeed.length, 13);
    assert.equal(together.principles.length, 13);
    together.principles.forEach((principle, i) => {
      const seed = fromSeed[i]!;
      assert.equal(principle.number, seed.number);
      assert.equal(letters(principle.name), letters(seed.name), `principle ${seed.number} name`);
      assert.equal(principle.text, squash(seed.text), `principle ${seed.number} text`);
    });
    assert.ok(
      squash(readSeed('001')).includes(`We define peer support as: *${together.definition}*`),
      'the definition is quoted as the seed gives it',
    );
  });

  it('attributes every charter to its publisher and source document', () => {
    for (const charter of charters) {
      assert.ok(charter.publisher.length > 0);
      assert.ok(charter.source.title.length > 0);
    }
  });
});

describe('parseCharter', () => {
  const valid = (): Charter => structuredClone(getCharter('sussex-pwow')!);

  it("accepts a network's own charter as JSON text", () => {
    const own = { ...valid(), id: 'brighton-peers', title: 'Brighton peers charter' };
    const result = parseCharter(JSON.stringify(own));
    assert.equal(result.ok, true);
    assert.equal(result.charter?.id, 'brighton-peers');
  });

  it('names the field path of what is wrong', () => {
    const doc = valid() as unknown as { principles: Array<Record<string, unknown>> };
    delete doc.principles[2]!.name;
    doc.principles[4]!.definition = 42;
    const result = parseCharter(doc);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.message]),
      [
        ['principles[2].name', 'is missing; expected text.'],
        ['principles[4].definition', 'should be text, but it is the number 42.'],
      ],
    );
  });

  it('rejects a principle with neither definition nor text', () => {
    const doc = valid();
    doc.principles[0] = { id: 'trust', name: 'Trust' };
    const result = parseCharter(doc);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      ['principles[0].definition'],
    );
  });

  it('rejects duplicate principle ids and non-https links', () => {
    const doc = valid();
    doc.principles[1]!.id = 'trust';
    doc.url = 'http://example.org/charter';
    const paths = parseCharter(doc)
      .problems.map((p) => p.path)
      .sort();
    assert.deepEqual(paths, ['principles[1].id', 'url']);
  });

  it('explains input that is not JSON or not a charter at all', () => {
    assert.match(parseCharter('{ nope').problems[0]!.message, /^is not valid JSON/);
    const notObject = parseCharter([1, 2]);
    assert.equal(notObject.ok, false);
    assert.deepEqual(
      notObject.problems.map((p) => [p.path, p.message]),
      [['', 'should be an object, but it is a list.']],
    );
  });
});

describe('charter summaries', () => {
  it('name every built-in charter, in the same order, with the same title and signatories as its text', () => {
    assert.deepEqual(
      charterSummaries.map((summary) => summary.id),
      charters.map((charter) => charter.id),
    );
    for (const charter of charters) {
      assert.deepEqual(getCharterSummary(charter.id), {
        id: charter.id,
        title: charter.title,
        ...(charter.signatories ? { signatories: charter.signatories } : {}),
      });
    }
  });
});
