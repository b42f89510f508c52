import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, PropertyDeclaration } from 'lit';
import '../src/peer-support.js';

// custom-elements.json (written by `pnpm build`) is what editors, the docs and framework types
// read: it must list every attribute an element takes and every --peer-support-* property its
// styles read, and nothing it does not.

interface ManifestElement {
  readonly tagName: string;
  readonly attributes?: ReadonlyArray<{ readonly name: string; readonly description?: string }>;
  readonly cssProperties?: ReadonlyArray<{ readonly name: string; readonly description?: string }>;
}

async function manifestElements(): Promise<ManifestElement[]> {
  const response = await fetch('/packages/elements/custom-elements.json');
  if (!response.ok) throw new Error('packages/elements/custom-elements.json is missing: run pnpm build first.');
  const manifest = (await response.json()) as { modules: Array<{ declarations?: Array<ManifestElement & { customElement?: boolean }> }> };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
}

type ElementClass = CustomElementConstructor & {
  readonly elementProperties: Map<string, PropertyDeclaration>;
  readonly elementStyles: CSSResultOrNative[];
};

/** Attributes every HTML element takes, which the elements' styles also answer to. */
const GLOBAL = new Set(['hidden', 'dir', 'lang']);

const cssOf = (element: ElementClass) =>
  element.elementStyles
    .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
    .join('\n');

/**
 * The attributes the element takes: those Lit observes (its reactive properties, less state and
 * `attribute: false`), and those its styles alone answer to (`:host([theme='calm'])`).
 */
function attributesOf(element: ElementClass): string[] {
  const observed = [...element.elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : name.toLowerCase()));
  const styled = [...cssOf(element).matchAll(/:host\(\[([a-z-]+)/g)].map((match) => match[1]!).filter((name) => !GLOBAL.has(name));
  return [...new Set([...observed, ...styled])];
}

/** The custom properties the element's styles read. */
function tokensOf(element: ElementClass): string[] {
  return [...new Set([...cssOf(element).matchAll(/var\(\s*(--peer-support-[a-z0-9-]+)/g)].map((match) => match[1]!))];
}

describe('custom-elements.json', () => {
  it('lists the six elements by tag', async () => {
    const tags = (await manifestElements()).map((element) => element.tagName).sort();
    expect(tags).to.deep.equal([
      'peer-support-charter',
      'peer-support-coverage',
      'peer-support-crisis-help',
      'peer-support-directory',
      'peer-support-service',
      'peer-support-signatories',
    ]);
  });

  it('lists every attribute each element takes, each described, and no other', async () => {
    for (const listed of await manifestElements()) {
      const element = customElements.get(listed.tagName) as ElementClass;
      const names = (listed.attributes ?? []).map((attribute) => attribute.name);
      expect([...names].sort(), `${listed.tagName}'s attributes`).to.deep.equal(attributesOf(element).sort());
      const undescribed = (listed.attributes ?? [])
        .filter((attribute) => !attribute.description?.trim())
        .map((attribute) => attribute.name);
      expect(undescribed, `${listed.tagName}'s attributes without a description`).to.deep.equal([]);
    }
  });

  it('lists every --peer-support-* property each element reads, each described', async () => {
    for (const listed of await manifestElements()) {
      const element = customElements.get(listed.tagName) as ElementClass;
      const names = new Set((listed.cssProperties ?? []).map((property) => property.name));
      const missing = tokensOf(element).filter((token) => !names.has(token));
      expect(missing, `${listed.tagName} reads these, and its manifest entry does not list them`).to.deep.equal([]);
      const unread = [...names].filter((name) => !tokensOf(element).includes(name));
      expect(unread, `${listed.tagName}'s manifest lists these, and it does not read them`).to.deep.equal([]);
      const undescribed = (listed.cssProperties ?? []).filter((property) => !property.description?.trim()).map((property) => property.name);
      expect(undescribed, `${listed.tagName}'s custom properties without a description`).to.deep.equal([]);
    }
  });
});
