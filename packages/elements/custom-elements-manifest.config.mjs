import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { TOKENS } from './scripts/tokens.js';

// The Custom Elements Manifest (custom-elements.json), written by `pnpm build`: every element's
// tag, attributes, public properties, events, slots, CSS parts and custom properties, from the
// classes and their JSDoc. Editors, docs and framework types read it; a test holds it to the code
// (test/manifest.test.ts, e2e/manifest.test.ts). From it, the same run writes the types framework
// users import (dist/types/, exported as `@peer-support-kit/elements/react`, `/preact` and `/vue`;
// types-test/ holds them to what they promise).

/** The custom element declarations of a manifest. */
const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);

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

/**
 * Attributes declared by a spread (`...Object.fromEntries(PRESET_GROUPS.map(…))`) reach the
 * manifest from their `@attr` tags alone, without the property behind them. Link each to its
 * public field by Lit's rule (the attribute is the property's name in lower case), so its type
 * is known: framework types give `area` the type of `PeerSupportDirectory['area']`, not `unknown`.
 */
function linkAttributes() {
  return {
    name: 'peer-support-link-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const element of elementsOf(customElementsManifest)) {
        const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
        for (const attribute of element.attributes ?? []) {
          const field = attribute.fieldName ? undefined : fields.find((member) => member.name.toLowerCase() === attribute.name);
          if (!field) continue;
          attribute.fieldName = field.name;
          attribute.type ??= field.type;
          field.attribute ??= attribute.name;
        }
      }
    },
  };
}

/** Each event class of src/shared (`class X extends Event { static readonly eventName = '…'`), by event name. */
function eventClasses() {
  const classes = new Map();
  for (const file of readdirSync('src/shared').filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(path.join('src/shared', file), 'utf8');
    for (const [, name, eventName] of source.matchAll(/class (\w+) extends Event \{\s*static readonly eventName = '([a-z-]+)'/g))
      classes.set(eventName, { name, module: `src/shared/${file}` });
  }
  return classes;
}

/**
 * Each event's class as its `type`: `@fires` names an event but not its class, and a handler's
 * type (`detail.serviceId`) needs the class. An event no class in src/shared declares fails the
 * build, as e2e/manifest-events.test.ts would fail it.
 */
function eventTypes() {
  return {
    name: 'peer-support-event-types',
    packageLinkPhase({ customElementsManifest }) {
      const classes = eventClasses();
      for (const element of elementsOf(customElementsManifest)) {
        for (const event of element.events ?? []) {
          const found = classes.get(event.name);
          if (!found) throw new Error(`<${element.tagName}> fires ${event.name}, and no event class in src/shared has that eventName.`);
          event.type = { text: found.name, references: [{ name: found.name, module: found.module, start: 0, end: found.name.length }] };
        }
      }
    },
  };
}

const TYPES_DIR = 'dist/types';
/** The package's entry, from dist/types/: it exports every element and event class. */
const ENTRY_FROM_TYPES = '../index.js';
/** Where a source module's declarations are, from dist/types/ (src/elements/x/x.ts: ../elements/x/x.js). */
const fromTypesDir = (modulePath) => `../${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
/** Vue's `camelize`, by which a template's `@peer-support-service-open` looks for `onPeerSupportServiceOpen`. */
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
/** One line of JSDoc, that cannot close its comment early. */
function jsDoc(text, indent) {
  const line = text
    ?.trim()
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('*/', '*\\/');
  return line ? `${indent}/** ${line} */\n` : '';
}

/**
 * The type of an attribute or a public field, as framework types give it: the class's own
 * (`PeerSupportDirectory['syncUrl']`, so a change to the class changes it), and for an attribute
 * with no property behind it (a theme only the styles read), a string, as HTML has it.
 */
const typeOf = (element, fieldName) => (fieldName ? `${element.name}['${fieldName}']` : 'string');

/**
 * An attribute's type: a yes-or-no attribute (`sync-url`) takes only `true`. Preact and Vue write
 * `false` as the text "false", and an attribute that is there at all is on: turning one off is
 * leaving it out, or its property (`syncUrl={false}`).
 */
const attributeType = (element, attribute) => (attribute.type?.text === 'boolean' ? 'true' : typeOf(element, attribute.fieldName));

/** The public fields a page can set (not the static `version`). */
const settableFields = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly);

/**
 * dist/types/jsx.d.ts for React 19, Preact and other JSX (by @wc-toolkit/jsx-types): each
 * element's attributes and properties, and each event as `on` + its name
 * (`onpeer-support-service-open`), which is the prop React 19 and Preact listen with on a custom
 * element: they add a listener for whatever follows `on`, as written.
 */
function writeJsxTypes(manifest) {
  const forJsx = structuredClone(manifest);
  // The analyzer's module order varies from run to run; the file should not.
  forJsx.modules.sort((a, b) => a.path.localeCompare(b.path));
  for (const element of elementsOf(forJsx)) {
    // Types read from `jsxType` (useCemTypes), so that each is `typeOf`'s.
    for (const attribute of element.attributes ?? []) {
      attribute.jsxType = { text: attributeType(element, attribute) };
      // Without a field name, jsx-types adds a prop named "undefined" beside the attribute; with
      // its property's, it types the attribute as the property (a yes-or-no attribute must be
      // `true` only), so such an attribute is named by itself.
      if (attribute.type?.text === 'boolean' || !attribute.fieldName) attribute.fieldName = attribute.name;
    }
    for (const field of settableFields(element)) field.jsxType = { text: typeOf(element, field.name) };
    // jsx-types imports an event's type only when it is `CustomEvent<Detail>`; ours are classes
    // of their own, so each is named through the package's entry, which exports them.
    for (const event of element.events ?? []) event.type = { text: `import('${ENTRY_FROM_TYPES}').${event.type.text}` };
  }
  generateJsxTypes(forJsx, {
    outdir: TYPES_DIR,
    fileName: 'jsx.d.ts',
    componentTypePath: (_name, _tag, modulePath) => fromTypesDir(modulePath),
    useCemTypes: true,
    typesSrc: 'jsxType',
  });
}

/**
 * dist/types/vue.d.ts: each element in Vue's `GlobalComponents`, which Vue's language tools
 * check templates against. Written here rather than by custom-element-vuejs-integration, which
 * types every handler as `CustomEvent<type>` (ours are Event subclasses with their own `detail`)
 * and names it `onpeer-support-service-open` where Vue looks for `onPeerSupportServiceOpen`.
 */
function vueTypes(manifest) {
  const elements = elementsOf(manifest).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const eventClassNames = [...new Set(elements.flatMap((element) => (element.events ?? []).map((event) => event.type.text)))].sort();
  const propsTypes = elements.map((element) => {
    const props = new Map();
    for (const attribute of element.attributes ?? []) props.set(attribute.name, [attribute.description, attributeType(element, attribute)]);
    for (const field of settableFields(element))
      if (!props.has(field.name)) props.set(field.name, [field.description, typeOf(element, field.name)]);
    for (const event of element.events ?? [])
      props.set(camelize(`on-${event.name}`), [event.description, `(event: ${event.type.text}) => void`]);
    const lines = [...props].map(
      ([name, [description, type]]) => `${jsDoc(description, '  ')}  ${/^\w+$/.test(name) ? name : `'${name}'`}?: ${type};`,
    );
    return [`type ${element.name}Props = {`, ...lines, '};', ''];
  });
  return [
    '// Generated by custom-elements-manifest.config.mjs from custom-elements.json: do not edit.',
    "import type { DefineComponent } from 'vue';",
    `import type { ${[...elements.map((element) => element.name), ...eventClassNames].join(', ')} } from '${ENTRY_FROM_TYPES}';`,
    '',
    ...propsTypes.flat(),
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    ...elements.map(
      (element) =>
        `${jsDoc(element.summary ?? element.description, '    ')}    '${element.tagName}': DefineComponent<${element.name}Props>;`,
    ),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The framework types, from the finished manifest: written after every other plugin has run. */
function frameworkTypes() {
  return {
    name: 'peer-support-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      writeJsxTypes(customElementsManifest);
      mkdirSync(TYPES_DIR, { recursive: true });
      writeFileSync(path.join(TYPES_DIR, 'vue.d.ts'), vueTypes(customElementsManifest));
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts', 'src/define/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tagNames(), publicOnly(), cssTokens(), linkAttributes(), eventTypes(), frameworkTypes()],
};
