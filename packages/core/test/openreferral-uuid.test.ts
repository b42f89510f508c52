import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha1 } from '../src/openreferral/sha1.js';
import { DNS_NAMESPACE, isUuid, URL_NAMESPACE, uuidv5 } from '../src/openreferral/uuid.js';
import { directoryIds, PEER_SUPPORT_KIT_NAMESPACE, sharedId } from '../src/openreferral/ids.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sha1 (pure JS, for UUID v5 in browsers)', () => {
  it('gives the FIPS 180 test vectors', () => {
    assert.equal(hex(sha1(utf8(''))), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
    assert.equal(hex(sha1(utf8('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
    assert.equal(
      hex(sha1(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
    assert.equal(hex(sha1(utf8('a'.repeat(1_000_000)))), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });

  it('matches node:crypto on every length around the 64-byte block edges', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      assert.equal(hex(sha1(bytes)), createHash('sha1').update(bytes).digest('hex'), `length ${length}`);
    }
  });

  it('matches node:crypto on any bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        (bytes) => hex(sha1(bytes)) === createHash('sha1').update(bytes).digest('hex'),
      ),
    );
  });
});

describe('uuidv5', () => {
  it('gives the RFC 9562 / RFC 4122 example and other published vectors', () => {
    // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
    assert.equal(uuidv5('www.example.com', DNS_NAMESPACE), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    assert.equal(uuidv5('python.org', DNS_NAMESPACE), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Computed with Python's uuid.uuid5: the URL namespace, and a name outside ASCII (UTF-8).
    assert.equal(uuidv5('http://www.ietf.org/rfc/rfc4122.txt', URL_NAMESPACE), 'd0690b3c-b29d-52e7-81b0-d573b503f2d4');
    assert.equal(uuidv5('ünïcødé 🙂', URL_NAMESPACE), '9d761448-97f4-58ea-b5da-72a3a6d77369');
  });

  it('sets the version (5) and variant (10xx) bits, for any name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const id = uuidv5(name, URL_NAMESPACE);
        return isUuid(id) && id[14] === '5' && '89ab'.includes(id[19]!);
      }),
    );
  });

  it('accepts a namespace in capitals and refuses one that is not a UUID', () => {
    assert.equal(uuidv5('www.example.com', DNS_NAMESPACE.toUpperCase()), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.throws(() => uuidv5('x', 'not-a-uuid'), /not a UUID/);
  });

  it('our namespace is the URL-namespace UUID of https://peer-support-kit.github.io/', () => {
    assert.equal(PEER_SUPPORT_KIT_NAMESPACE, uuidv5('https://peer-support-kit.github.io/', URL_NAMESPACE));
  });

  it('gives each directory its own ids, and the same ones every time', () => {
    const a = directoryIds('test-network');
    const b = directoryIds('other-network');
    assert.equal(a('service:test-group'), directoryIds('test-network')('service:test-group'));
    assert.notEqual(a('service:test-group'), b('service:test-group'));
    assert.equal(a('service:test-group'), uuidv5('service:test-group', sharedId('directory:test-network')));
  });
});
