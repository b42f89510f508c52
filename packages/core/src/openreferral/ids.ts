import { v5 } from 'uuid';

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5): the same namespace and name always give the same
 * UUID, which is what makes a re-export identical. The `uuid` package hashes in plain JavaScript
 * in browsers (synchronously, unlike Web Crypto). The name goes in as TextEncoder's UTF-8 bytes:
 * given a string, `uuid` encodes it with encodeURIComponent, which throws on a lone surrogate
 * (JSON text can carry one) where TextEncoder writes U+FFFD.
 */
export function uuidv5(name: string, namespace: string): string {
  return v5(new TextEncoder().encode(name), namespace);
}

/**
 * The root of every id an export writes: `uuidv5('https://peer-support-kit.github.io/', URL
 * namespace)`. Written out so no hashing runs when the module loads; a test recomputes it.
 */
export const PEER_SUPPORT_KIT_NAMESPACE = '3b840815-0260-55f5-9528-481d45401bd5';

/**
 * Ids shared by every directory: taxonomies and their terms (`taxonomy:format`,
 * `taxonomy_term:format/group`), so one term has one id in every network's export.
 */
export function sharedId(name: string): string {
  return uuidv5(name, PEER_SUPPORT_KIT_NAMESPACE);
}

/**
 * The id maker for one directory's records: its namespace is `uuidv5('directory:<id>')` under
 * ours, and each record's name says what it is and whose (`service:<service id>`,
 * `location:<service id>/<location id>`). Two networks that happen to use the same service id
 * still get different UUIDs, and the same directory always gets the same ones.
 */
export function directoryIds(directoryId: string): (name: string) => string {
  const namespace = sharedId(`directory:${directoryId}`);
  return (name) => uuidv5(name, namespace);
}
