import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { v5, validate } from 'uuid';
import { directoryIds, PEER_SUPPORT_KIT_NAMESPACE, sharedId, uuidv5 } from '../src/openreferral/ids.js';

/** RFC 9562 §5.5 written out with node:crypto: SHA-1 of the namespace's bytes and the name's UTF-8. */
function referenceUuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(Buffer.from(name, 'utf8'))
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('uuidv5', () => {
  it('gives the RFC 9562 / RFC 4122 example and other published vectors', () => {
    // RFC 9562 appendix A.4: the DNS namespace and "www.example.com".
    assert.equal(uuidv5('www.example.com', v5.DNS), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    assert.equal(uuidv5('python.org', v5.DNS), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Computed with Python's uuid.uuid5: the URL namespace, and a name outside ASCII (UTF-8).
    assert.equal(uuidv5('http://www.ietf.org/rfc/rfc4122.txt', v5.URL), 'd0690b3c-b29d-52e7-81b0-d573b503f2d4');
    assert.equal(uuidv5('ünïcødé 🙂', v5.URL), '9d761448-97f4-58ea-b5da-72a3a6d77369');
  });

  it('matches the RFC written out with node:crypto for any name, lone surrogates included', () => {
    assert.equal(uuidv5('half \ud83d', v5.URL), referenceUuidv5('half \ud83d', v5.URL));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => uuidv5(name, v5.URL) === referenceUuidv5(name, v5.URL)));
  });

  it('sets the version (5) and variant (10xx) bits, for any name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const id = uuidv5(name, v5.URL);
        return validate(id) && id[14] === '5' && '89ab'.includes(id[19]!);
      }),
    );
  });

  it('accepts a namespace in capitals and refuses one that is not a UUID', () => {
    assert.equal(uuidv5('www.example.com', v5.DNS.toUpperCase()), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
    assert.throws(() => uuidv5('x', 'not-a-uuid'), /Invalid UUID/);
  });

  it('our namespace is the URL-namespace UUID of https://peer-support-kit.github.io/', () => {
    assert.equal(PEER_SUPPORT_KIT_NAMESPACE, uuidv5('https://peer-support-kit.github.io/', v5.URL));
  });

  it('gives each directory its own ids, and the same ones every time', () => {
    const a = directoryIds('test-network');
    const b = directoryIds('other-network');
    assert.equal(a('service:test-group'), directoryIds('test-network')('service:test-group'));
    assert.notEqual(a('service:test-group'), b('service:test-group'));
    assert.equal(a('service:test-group'), uuidv5('service:test-group', sharedId('directory:test-network')));
  });
});
