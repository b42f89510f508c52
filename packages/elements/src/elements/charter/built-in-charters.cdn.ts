import type { Charter } from '@peer-support-kit/core';
import { VERSION } from '../../version.js';
import type { CharterFile } from './built-in-charters.js';

/** Each built-in charter's id and the sha384 of its file, written in by the CDN build. */
declare const PEER_SUPPORT_CHARTER_FILES: Readonly<Record<string, string>>;

/**
 * The CDN files' built-in charters: each text is a JSON file beside the script
 * (`charters/<id>.json`), so a page pays for a charter's words only when it shows them, and the
 * directory's pages never do. The file is fetched with its hash, so a changed copy is refused as
 * surely as a changed script.
 */
// Held in a constant: Vite rewrites `new URL(…, import.meta.url)` into a bundled asset, and these
// files must be fetched from beside the script at run time. On a CDN that serves npm packages, a
// script loaded by a version range (`elements@0`) and a file beside it are resolved and cached
// apart: after a release one could be old and the other new, and the hash would refuse the text.
// So the charter is asked for at this script's own version.
const HERE = import.meta.url.replace(/(\/@peer-support-kit\/elements)@[^/]+\//, `$1@${VERSION}/`);
const FILES = PEER_SUPPORT_CHARTER_FILES;

export function builtInCharter(id: string): Charter | CharterFile | undefined {
  const integrity = Object.hasOwn(FILES, id) ? FILES[id] : undefined;
  return integrity ? { href: new URL(`charters/${id}.json`, HERE).href, integrity } : undefined;
}
