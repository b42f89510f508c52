// Lists drawn from the code, so the docs never drift from it: every vocabulary's ids (what presets
// and data files use) with their labels, every visible string of each element with its English
// default, and every field of a service and of an area with its type and limit, from the
// directory's JSON Schema.
// Loaded inside draw(), so a checkout that is not built yet says so instead of an empty section.
let vocabularies;
let elements;

const SCHEMA = '/packages/core/dist/directory.schema.json';

function node(tag, children = [], attributes = {}) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
const code = (text) => node('code', [String(text)]);
const joined = (items) => items.flatMap((item, i) => (i ? [', ', item] : [item]));

/** A table in a region of its own that scrolls sideways on a phone and can be reached by keyboard. */
function table(caption, headings, rows) {
  const head = node('thead', [
    node(
      'tr',
      headings.map((heading) => node('th', [heading], { scope: 'col' })),
    ),
  ]);
  const body = node(
    'tbody',
    rows.map((cells) =>
      node(
        'tr',
        cells.map((cell) => node('td', Array.isArray(cell) ? cell : [cell])),
      ),
    ),
  );
  return node('div', [node('table', [node('caption', [caption]), head, body])], {
    class: 'table-scroll',
    role: 'region',
    'aria-label': caption,
    tabindex: '0',
  });
}

/** A closed section with a summary: the lists are long, and most readers want one of them. */
const section = (summary, ...content) => node('details', [node('summary', [summary]), ...content]);

function vocabularyTables() {
  return Object.entries(vocabularies).map(([name, vocabulary]) =>
    section(
      `${vocabulary.label} (${code(name).textContent})`,
      table(
        `${vocabulary.label}: ids and labels`,
        ['Id', 'Label', 'Also found by'],
        vocabulary.terms.map((term) => [code(term.id), term.label, joined((term.aliases ?? []).map((alias) => `“${alias}”`))]),
      ),
    ),
  );
}

/** Every string key, nested ones with dots, and its English text (plurals as their forms). */
function flatten(strings, prefix = '') {
  return Object.entries(strings).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[name, value]];
    const forms = Object.keys(value);
    if (forms.length === 0) return [[name, 'Empty by default (terms: a vocabulary label by its group and id, as terms["format:group"])']];
    const isPlural = forms.length > 0 && forms.every((form) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(form));
    return isPlural ? [[name, forms.map((form) => `${form}: ${value[form]}`).join(' · ')]] : flatten(value, name);
  });
}

function stringTables() {
  const defaults = Object.entries(elements).filter(
    ([name, value]) => /^default\w+Strings$/.test(name) && value && typeof value === 'object',
  );
  return defaults.map(([name, strings]) => {
    const element = name.replace(/^default|Strings$/g, '');
    return section(
      `${element} strings (${name})`,
      table(
        `${element}: strings and their English defaults`,
        ['Key', 'English'],
        flatten(strings).map(([key, text]) => [code(key), text]),
      ),
    );
  });
}

/** A field's type, allowed values and limit, in a few words. */
function describeField(field) {
  const list = field.type === 'array';
  const item = list ? (field.items ?? {}) : field;
  const allowed = item.enum ? joined(item.enum.map(code)) : [];
  const type = item.type === 'object' ? 'a group of fields' : item.enum ? 'one of the ids' : (item.type ?? 'any');
  const limits = [
    list && field.maxItems !== undefined ? `up to ${field.maxItems}` : '',
    item.maxLength !== undefined ? `at most ${item.maxLength} characters` : '',
    item.minimum !== undefined && item.maximum !== undefined ? `from ${item.minimum} to ${item.maximum}` : '',
  ].filter(Boolean);
  return [[list ? `a list of ${type}` : type, limits.length ? ` (${limits.join(', ')})` : '', allowed.length ? ': ' : '', ...allowed]];
}

/** A row for each field; with `nested`, each field of a group follows it, as `group.field`. */
function fieldRows(object, nested, prefix = '') {
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([name, field]) => {
    const row = [code(prefix + name), required.has(name) ? 'yes' : '', ...describeField(field)];
    return nested && field.type === 'object' && field.properties ? [row, ...fieldRows(field, true, `${prefix}${name}.`)] : [row];
  });
}

async function fieldTables() {
  const schema = await (await fetch(SCHEMA)).json();
  const headings = ['Field', 'Needed', 'What it holds'];
  return [
    node('h3', ['Service fields']),
    section(
      'Service fields (YAML and JSON files, and the columns of the CSV template)',
      table('Service fields', headings, fieldRows(schema.properties.services.items, false)),
    ),
    node('h3', ['Area fields']),
    section(
      'Area fields (the areas list of directory.yaml; a field inside a group is needed when the group is given)',
      table('Area fields', headings, fieldRows(schema.properties.areas.items, true)),
    ),
  ];
}

async function draw() {
  const place = document.getElementById('lists-reference');
  try {
    ({ vocabularies } = await import('/packages/core/dist/index.js'));
    elements = await import('/packages/elements/dist/index.js');
    place.replaceChildren(
      node('h3', ['Ids for presets and data']),
      ...vocabularyTables(),
      node('h3', ['Strings']),
      ...stringTables(),
      ...(await fieldTables()),
    );
  } catch (error) {
    place.replaceChildren(
      node('p', [
        `These lists are drawn from the built packages, which could not be read (${error.message}). Build them first: pnpm build.`,
      ]),
    );
  }
}

draw();
