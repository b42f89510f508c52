// The elements' reference, drawn from the Custom Elements Manifest the elements' build writes
// (packages/elements/custom-elements.json): tags, attributes, properties, events, slots, parts and
// custom properties, each with its description from the code. Nothing here is written by hand, so
// the reference cannot drift from the elements.
const MANIFEST = '/packages/elements/custom-elements.json';

/** Text with `code` marked as in the JSDoc it came from, as safe DOM nodes. */
function withCode(text = '') {
  const fragment = document.createDocumentFragment();
  text.split(/`([^`]+)`/).forEach((part, i) => {
    if (i % 2) {
      const code = document.createElement('code');
      code.textContent = part;
      fragment.append(code);
    } else fragment.append(part.replace(/\s+/g, ' '));
  });
  return fragment;
}

function element(tag, children = [], attributes = {}) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const code = (text) => element('code', [text]);

/** One table of name and description, in a region that scrolls on its own (and takes focus to) on a phone. */
function table(caption, rows, nameHeading = 'Name') {
  const body = rows.map(([name, description]) => element('tr', [element('td', [name]), element('td', [withCode(description)])]));
  const head = element('thead', [
    element('tr', [element('th', [nameHeading], { scope: 'col' }), element('th', ['What it does'], { scope: 'col' })]),
  ]);
  return element('div', [element('table', [element('caption', [caption]), head, element('tbody', body)])], {
    class: 'table-scroll',
    role: 'region',
    'aria-label': caption,
    tabindex: '0',
  });
}

/** The reference of one element: what it is, then a table for each thing a page can set or hear. */
function reference(declaration, level) {
  const { tagName } = declaration;
  const attributes = declaration.attributes ?? [];
  const attributeNames = new Set(attributes.flatMap((attribute) => [attribute.name, attribute.fieldName]));
  const properties = (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && !attributeNames.has(member.name),
  );
  const methods = (declaration.members ?? []).filter((member) => member.kind === 'method' && !member.static);
  const parts = [
    element(`h${level}`, [code(`<${tagName}>`)], { id: `ref-${tagName}` }),
    element('p', [withCode(declaration.summary ?? declaration.description)]),
  ];
  const section = (caption, rows, heading) => rows.length && parts.push(table(`${tagName}: ${caption}`, rows, heading));
  section(
    'attributes',
    attributes.map((attribute) => [code(attribute.name), attribute.description]),
    'Attribute',
  );
  section(
    'properties',
    properties.map((property) => [code(property.name), property.description]),
    'Property',
  );
  section(
    'methods',
    methods.map((method) => [code(`${method.name}()`), method.description]),
    'Method',
  );
  section(
    'events',
    (declaration.events ?? []).map((event) => [code(event.name), event.description]),
    'Event',
  );
  section(
    'slots',
    (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : 'default', slot.description]),
    'Slot',
  );
  section(
    'parts',
    (declaration.cssParts ?? []).map((part) => [code(`::part(${part.name})`), part.description]),
    'Part',
  );
  const tokens = (declaration.cssProperties ?? []).map((property) => property.name);
  if (tokens.length) {
    const list = tokens.flatMap((name, i) => (i ? [', ', code(name)] : [code(name)]));
    parts.push(element('p', ['Custom properties it reads (all described below, under colours): ', ...list, '.']));
  }
  return element('section', parts, { 'aria-labelledby': `ref-${tagName}` });
}

/** Every custom property any element reads, once, with what it changes. */
function tokenTable(declarations) {
  const tokens = new Map();
  for (const declaration of declarations) {
    for (const property of declaration.cssProperties ?? []) tokens.set(property.name, property.description);
  }
  return table(
    'Custom properties',
    [...tokens].sort().map(([name, description]) => [code(name), description]),
    'Custom property',
  );
}

async function drawReference() {
  const elements = document.getElementById('element-reference');
  const tokens = document.getElementById('token-reference');
  try {
    const response = await fetch(MANIFEST);
    if (!response.ok) throw new Error(`${MANIFEST} answered ${response.status}`);
    const manifest = await response.json();
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
    elements.replaceChildren(...declarations.map((declaration) => reference(declaration, 3)));
    tokens.replaceChildren(tokenTable(declarations));
  } catch (error) {
    const message = `The reference is drawn from ${MANIFEST}, which could not be read (${error.message}). Build the elements first: pnpm build.`;
    elements.replaceChildren(element('p', [message]));
    tokens.replaceChildren();
  }
}

drawReference();
