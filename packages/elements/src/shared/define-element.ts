import { VERSION } from '../version.js';

interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

// Shared by every copy of this library on the page, so a second copy warns once, not per element.
const WARNED = Symbol.for('peer-support-kit.version-warning');

/**
 * Registers a custom element without ever throwing. A partner's page may load the script twice
 * (a CMS block and a theme both adding it, or two versions from the CDN): the same version stays
 * silent; another version keeps the first registration and logs one warning naming both.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return; // not in a browser (server-side rendering, Node tests of core)
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, element);
    return;
  }
  const registered = existing.version ?? 'an unknown version';
  if (registered === VERSION) return;
  const host = globalThis as { [WARNED]?: Set<string> };
  const warned = (host[WARNED] ??= new Set());
  const pair = `${registered}|${VERSION}`;
  if (warned.has(pair)) return;
  warned.add(pair);
  console.warn(
    `Peer Support Kit: version ${registered} of @peer-support-kit/elements is already on this page, ` +
      `so version ${VERSION} was not registered and ${registered} stays in use. Load one version only.`,
  );
}
