import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TOKENS } from './scripts/tokens.js';

// The Custom Elements Manifest (custom-elements.json), written by `pnpm build`: every element's
// tag, attributes, public properties, events, slots, CSS parts and custom properties, from the
// classes and their JSDoc. Editors, docs and framework types read it; a test holds it to the code
// (test/manifest.test.ts, e2e/manifest.test.ts).

/** Tag names: each element is registered by `defineElement('tag', Class)` in src/define/. */
function tagNames() {
  const tags = new Map();
  return {
    name: 'peer-support-tag-names',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag)) tags.set(element.getText(), tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          module.exports = [
            ...(module.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } },
          ];
        }
      }
    },
  };
}

/**
 * What a page can use, only: internal state (`static properties` with `state: true`, protected
 * and private fields) is neither a property nor an attribute, and an event must have a name.
 */
function publicOnly() {
  return {
    name: 'peer-support-public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
          );
          declaration.members = (declaration.members ?? []).filter((member) => !hidden.has(member.name));
          declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !hidden.has(attribute.fieldName));
          declaration.events = (declaration.events ?? []).filter((event) => event.name);
        }
      }
    },
  };
}

/** The custom properties read (`var(--peer-support-…`) by a style module and the style modules it imports. */
function tokensRead(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const own = [...source.matchAll(/var\(\s*(--peer-support-[a-z0-9-]+)/g)].map((match) => match[1]);
  const imported = [...source.matchAll(/from '(\.[^']*styles\.js)'/g)].flatMap((match) =>
    tokensRead(path.resolve(path.dirname(file), match[1].replace(/\.js$/, '.ts')), seen),
  );
  return [...new Set([...own, ...imported])];
}

/**
 * Every custom property an element's styles read, described from scripts/tokens.js: listed from
 * the styles themselves, so the manifest cannot leave one out or name one no longer read.
 */
function cssTokens() {
  return {
    name: 'peer-support-css-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.cssProperties = tokensRead(path.resolve(module.path))
            .sort()
            .map((name) => ({ name, description: TOKENS[name] ?? '' }));
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts', 'src/define/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tagNames(), publicOnly(), cssTokens()],
};
