// The snippet builder: the form's choices become an element's attributes. The code shown points at
// the CDN (with the bundle's integrity hash when the local build has written it); the preview uses
// the files on this computer, so it works without a network.
const CDN = 'https://cdn.jsdelivr.net/npm/@peer-support-kit';
const LOCAL_DIRECTORY = '/packages/directory-sussex/directory.json';
const form = document.getElementById('snippet-form');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const WITH_SRC = new Set(['peer-support-directory', 'peer-support-service', 'peer-support-signatories', 'peer-support-coverage']);

let manifest;
try {
  manifest = await (await fetch('/packages/elements/dist/peer-support.manifest.json')).json();
} catch {
  manifest = undefined;
}

// The service picker lists the Sussex directory's services.
try {
  const directory = await (await fetch(LOCAL_DIRECTORY)).json();
  const choice = document.getElementById('service-choice');
  for (const service of directory.services) choice.add(new Option(service.name, service.id));
} catch {
  // the picker stays empty; the rest of the builder works
}

function attributesFor(element) {
  const data = new FormData(form);
  const attributes = [];
  for (const field of form.querySelectorAll('[data-for]')) {
    if (!field.dataset.for.split(' ').includes(element)) continue;
    const select = field.querySelector('select');
    const value = data.get(select.name);
    if (value) attributes.push([select.name, value]);
  }
  return attributes;
}

function update() {
  const element = new FormData(form).get('element');
  for (const field of form.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').includes(element);
  const attributes = attributesFor(element);
  // Pin the version and its hash only for a released version: an unreleased build's hash would
  // match nothing on the CDN, and the browser would refuse the script.
  const released = manifest && manifest.version !== '0.0.0';
  const version = released ? `@${manifest.version}` : '@0';
  const integrity = released ? ` integrity="${manifest.integrity}" crossorigin="anonymous" referrerpolicy="no-referrer"` : '';
  const src = WITH_SRC.has(element) ? ` src="${CDN}/directory-sussex@0/directory.json"` : '';
  const attrs = attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
  snippet.value =
    `<script type="module" src="${CDN}/elements${version}/dist/peer-support.js"${integrity}></script>\n` +
    `<${element}${src}${attrs}>\n  <p>If you need help now, call NHS 111 and choose the mental health option, or call 999 if a life is at risk.</p>\n</${element}>`;

  const live = document.createElement(element);
  if (WITH_SRC.has(element)) live.setAttribute('src', LOCAL_DIRECTORY);
  for (const [name, value] of attributes) live.setAttribute(name, value);
  live.setAttribute('heading-level', '3');
  preview.replaceChildren(live);
}

form.addEventListener('change', update);
document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'Copied.';
  } catch {
    snippet.select();
    status.textContent = 'Select the code and copy it.';
  }
});
update();
