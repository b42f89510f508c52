import { it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { slugify } from '../src/index.js';
import { formats } from '../src/validation/formats.js';

it('makes an id from a name: accents dropped, & read as "and", anything else a hyphen', () => {
  assert.equal(slugify('Tea & Talk, Café'), 'tea-and-talk-cafe');
  assert.equal(slugify('  Test Town (Ŝouth) — ﬁrst floor  '), 'test-town-south-first-floor');
  assert.equal(slugify('***'), '');
});

it('stops at the length asked for (80 by default), never on a hyphen', () => {
  assert.equal(slugify(`${'a'.repeat(79)} b`), 'a'.repeat(79));
  assert.equal(slugify(`${'a'.repeat(59)} b`, 60), 'a'.repeat(59));
  assert.equal(slugify('one two three', 7), 'one-two');
});

it('gives an id the directory accepts, or nothing, for any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.integer({ min: 1, max: 80 }), (text, max) => {
      const id = slugify(text, max);
      return id === '' || (id.length <= max && formats.slug.pattern.test(id));
    }),
  );
});
