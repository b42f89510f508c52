// The snippet builder: the form's choices become an element's attributes, and the content a page
// puts inside it (shown before the script runs, if it never does, while the element loads and if
// loading fails). The code points at the CDN: the smallest file, or files, that register the
// elements chosen, pinned with their integrity hashes once released. Its link to the list of
// services points wherever the network publishes directory.html as a page: not the CDN, which
// serves HTML files as plain text, so a person following the link would see code. The preview uses
// the files on this computer, so it works without a network.
import { charters, crisisHelpHtml, escapeHtml } from '/packages/core/dist/index.js';
import { setUpCopy } from './copy-code.js';
import { fillAreas, fillServices, loadDirectories, placeOf } from './directories.js';

const CDN = 'https://cdn.jsdelivr.net/npm/@peer-support-kit';
const form = document.getElementById('snippet-form');
const snippet = document.getElementById('snippet');
const note = document.getElementById('snippet-file');
const integrityNote = document.getElementById('snippet-integrity');
const insideNote = document.getElementById('snippet-inside');
const preview = document.getElementById('preview');
const listing = document.getElementById('listing');
const listingProblem = document.getElementById('listing-problem');
const directoryChoice = document.getElementById('directory-choice');
const forgetCopied = setUpCopy(document.getElementById('copy'), snippet, document.getElementById('copied'));
const WITH_SRC = new Set(['peer-support-directory', 'peer-support-service', 'peer-support-signatories', 'peer-support-coverage']);
// Form fields that choose what the code is about, not attributes of the element.
const NOT_ATTRIBUTES = new Set(['directory']);
// The elements' own default; the preview, below this page's h2, uses 3.
const HEADING_LEVEL = 2;
const PREVIEW_HEADING_LEVEL = 3;
const FALLBACK_COMMENT = '<!-- Shown until the script has something better, and if it cannot run: nobody meets an empty space. -->';

let manifest;
try {
  manifest = await (await fetch('/packages/elements/dist/cdn/manifest.json')).json();
} catch {
  manifest = undefined;
}
if (!manifest) document.getElementById('also').hidden = true;

const directories = await loadDirectories();
for (const directory of directories) directoryChoice.add(new Option(directory.title, directory.packageName));
/** The directory chosen in the form: its data, its address on the CDN and on this computer. */
const chosenDirectory = () => directories.find((directory) => directory.packageName === directoryChoice.value);

/** Area and service choices come from the chosen directory's own data. */
function fillFromDirectory() {
  const directory = chosenDirectory();
  if (!directory) return;
  fillAreas(form.elements.area, directory);
  fillServices(document.getElementById('service-choice'), directory);
}
fillFromDirectory();

/** The list's address as typed, without a fragment (the service's link adds its own). */
const typedAddress = () => listing.value.trim().replace(/#.*$/, '');

/**
 * What is wrong with the address, in words, or '' when it is a page people can reach. The code
 * links only to an address with nothing wrong: a copied snippet never points at this computer,
 * at a CDN (jsDelivr and unpkg serve HTML as text on purpose) or at something not a web address.
 */
function addressProblem(address) {
  if (!address)
    return 'Without this address the code has no link to the list: people whose browser cannot run the script see crisis help only.';
  let url;
  try {
    url = new URL(address);
  } catch {
    return 'This is not a web address: it should start with https://.';
  }
  if (!/^https?:$/.test(url.protocol)) return 'This is not a web address: it should start with https://.';
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) return "This address works only on this computer: give your network's own.";
  if (/(^|\.)(jsdelivr\.net|unpkg\.com)$/.test(url.hostname))
    return 'jsDelivr and unpkg show HTML files as code, not as a page: give its address on your own website.';
  return '';
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipOf = (files) => files.reduce((sum, file) => sum + file.gzipBytes, 0);
const list = (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** The set of CDN files with the fewest gzipped bytes that registers every element wanted. */
function cheapestFiles(wanted) {
  const files = manifest.files;
  let best;
  for (let mask = 1; mask < 1 << files.length; mask++) {
    const set = files.filter((_, i) => mask & (1 << i));
    const registered = new Set(set.flatMap((file) => file.elements));
    if (wanted.every((element) => registered.has(element)) && (!best || gzipOf(set) < gzipOf(best))) best = set;
  }
  return best;
}

/** Which files were chosen and how big they are, and what the other choice would have cost. */
function describe(chosen, wanted, data) {
  const names = list(chosen.map((file) => file.file));
  let text = `${names}, ${kb(gzipOf(chosen))} gzipped${chosen.length > 1 ? ' together' : ''}.`;
  if (wanted.length > 1) {
    const separate = wanted.map((element) => cheapestFiles([element])[0]);
    const allInOne = manifest.files.find((file) => wanted.every((element) => file.elements.includes(element)));
    if (chosen.length === 1 && chosen[0] === allInOne) {
      text += ` Smaller than ${list(separate.map((file) => file.file))} separately (${kb(gzipOf(separate))}): each separate file carries its own copy of Lit.`;
    } else if (allInOne) {
      text += ` Smaller than the all-in-one ${allInOne.file} (${kb(allInOne.gzipBytes)}).`;
    }
  }
  if (wanted.length > 1)
    text += ` Paste the script ${chosen.length > 1 ? 'tags' : 'tag'} once; choose each of the other elements above for its own code.`;
  if (data.get('element') === 'peer-support-charter') {
    const words = manifest.charters?.find((charter) => charter.id === data.get('charter'));
    if (words) text += ` The charter element fetches its words, ${words.file} (${kb(words.gzipBytes)} gzipped), from beside its script.`;
  }
  return text;
}

/**
 * Whether the code carries integrity hashes, and if not, why not and how to get them: text, with
 * the manifest's address as code (which may wrap anywhere, on a phone).
 */
function describeIntegrity(released) {
  if (!manifest)
    return [
      "No integrity attribute: this page could not read the build's manifest, which holds each file's hash. Run pnpm build, then reload.",
    ];
  if (released)
    return [
      `Each script tag carries integrity="sha384-…", the hash of that file in release ${manifest.version}: the browser refuses the file if the CDN ever serves anything else.`,
    ];
  const address = document.createElement('code');
  address.textContent = `${CDN}/elements@<version>/dist/cdn/manifest.json`;
  return [
    `No integrity attribute: the files on this computer are an unreleased build (${manifest.version}), whose hashes match nothing on the CDN, ` +
      'and @0 (the newest 0.x release) changes with each release, so no one hash fits it. ' +
      "To pin a release, write its number in place of @0 and copy each file's integrity from that release's manifest: ",
    address,
    '.',
  ];
}

/**
 * The link to the plainest version of what the element shows: the static listing at `list` (none
 * when no address is given) or the charter's own page.
 */
function linkFor(element, list, data) {
  const service = document.getElementById('service-choice').selectedOptions[0];
  const directory = chosenDirectory();
  const place = directory && placeOf(directory);
  const everyService = place
    ? `See every peer support service in ${escapeHtml(place)}, in a simple list`
    : `See every service in ${escapeHtml(directory?.title ?? 'the directory')}, in a simple list`;
  const href = escapeHtml(list);
  if (!list && WITH_SRC.has(element)) return undefined;
  switch (element) {
    case 'peer-support-directory':
    case 'peer-support-coverage':
      return `<a href="${href}">${everyService}</a>`;
    case 'peer-support-service':
      return service
        ? `<a href="${href}#${escapeHtml(service.value)}">Read about ${escapeHtml(service.dataset.name ?? service.text)} in the list of services</a>`
        : `<a href="${href}">${everyService}</a>`;
    case 'peer-support-signatories':
      return place
        ? `<a href="${href}">See who runs peer support in ${escapeHtml(place)}, in the list of services</a>`
        : `<a href="${href}">See who runs these services, in the list of services</a>`;
    case 'peer-support-charter': {
      const charter = charters.find((c) => c.id === data.get('charter'));
      if (charter?.url) return `<a href="${escapeHtml(charter.url)}">Read the ${escapeHtml(charter.title)}</a>`;
      if (charter?.publisherUrl)
        return `The ${escapeHtml(charter.title)}, from <a href="${escapeHtml(charter.publisherUrl)}">${escapeHtml(charter.publisher)}</a>`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Whether the page shows crisis help of its own: the directory told to leave it out ("my page has
 * it"), or the crisis help element on the same page. Then the code does not repeat it.
 */
function pageHasCrisisHelp(element, data) {
  if (element === 'peer-support-crisis-help') return false;
  return (
    (element === 'peer-support-directory' && data.get('crisis') === 'none') || data.getAll('also').includes('peer-support-crisis-help')
  );
}

/**
 * What goes inside the element: crisis help where the element shows crisis help (the crisis help
 * element itself; the four that load a directory, which show it while loading and if that fails),
 * unless the page has its own; then the link. The charter shows no crisis help, so it gets none.
 */
function fallbackFor(element, level, list, data) {
  const parts = [];
  const showsCrisisHelp = element === 'peer-support-crisis-help' || WITH_SRC.has(element);
  if (showsCrisisHelp && !pageHasCrisisHelp(element, data)) parts.push(crisisHelpHtml(level));
  const link = linkFor(element, list, data);
  if (link) parts.push(`<p>${link}</p>`);
  return parts.join('\n');
}

/** Why the content inside the element is as it is, when that is not what the page's text says. */
function describeInside(element, data, inside) {
  if (!WITH_SRC.has(element) || !pageHasCrisisHelp(element, data)) return '';
  let text = inside
    ? 'No crisis help inside the element: your page shows its own.'
    : 'Nothing goes inside the element: your page shows its own crisis help, and without the address above there is no link to give.';
  if (element === 'peer-support-directory' && data.get('crisis') !== 'none')
    text += ' Choose Crisis help: “Not shown”, or the directory shows it a second time once it has loaded.';
  return text;
}

function attributesFor(element, data) {
  const attributes = [];
  for (const field of form.querySelectorAll('[data-for]')) {
    if (!field.dataset.for.split(' ').includes(element)) continue;
    const select = field.querySelector('select');
    if (NOT_ATTRIBUTES.has(select.name)) continue;
    const value = data.get(select.name);
    if (value) attributes.push([select.name, value]);
  }
  return attributes;
}

/** The code to paste, from the form as it is now. */
function writeCode() {
  const data = new FormData(form);
  const element = data.get('element');
  const problem = addressProblem(typedAddress());
  const list = problem ? '' : typedAddress();
  // Emptied as well as hidden: aria-describedby would still read a hidden element's words.
  listingProblem.textContent = WITH_SRC.has(element) ? problem : '';
  listingProblem.hidden = !listingProblem.textContent;
  const attributes = attributesFor(element, data);
  const wanted = [element, ...data.getAll('also').filter((other) => other !== element)];

  // Pin the version and its hashes only for a released version: an unreleased build's hash would
  // match nothing on the CDN, and the browser would refuse the script.
  const released = Boolean(manifest) && manifest.version !== '0.0.0';
  const version = released ? `@${manifest.version}` : '@0';
  const chosen = manifest ? cheapestFiles(wanted) : [{ file: 'peer-support.js' }];
  const scripts = chosen.map((file) => {
    const integrity = released ? ` integrity="${file.integrity}" crossorigin="anonymous" referrerpolicy="no-referrer"` : '';
    return `<script type="module" src="${CDN}/elements${version}/dist/cdn/${file.file}"${integrity}></script>`;
  });
  const directory = chosenDirectory();
  const src = WITH_SRC.has(element) && directory ? ` src="${directory.cdn}/directory.json"` : '';
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  const inside = fallbackFor(element, HEADING_LEVEL, list, data);
  const indented = inside ? [FALLBACK_COMMENT, ...inside.split('\n')].map((line) => `  ${line}`) : [];
  snippet.textContent = [...scripts, `<${element}${src}${attrs}>`, ...indented, `</${element}>`].join('\n');
  note.textContent = manifest ? describe(chosen, wanted, data) : 'Run pnpm build to see which file suits and its size.';
  integrityNote.replaceChildren(...describeIntegrity(released));
  insideNote.textContent = describeInside(element, data, inside);
  insideNote.hidden = !insideNote.textContent;
  forgetCopied();
}

function update() {
  const data = new FormData(form);
  const element = data.get('element');
  for (const field of form.querySelectorAll('[data-for]')) field.hidden = !field.dataset.for.split(' ').includes(element);
  for (const box of form.querySelectorAll('input[name="also"]')) box.closest('label').hidden = box.value === element;
  document.getElementById('listing-field').hidden = !WITH_SRC.has(element);
  writeCode();

  // The preview links to the list on this computer, whatever address the code gives.
  const local = chosenDirectory()?.local;
  const attributes = attributesFor(element, data);
  const live = document.createElement(element);
  if (WITH_SRC.has(element) && local) live.setAttribute('src', `${local}/directory.json`);
  for (const [name, value] of attributes) live.setAttribute(name, value);
  live.setAttribute('heading-level', String(PREVIEW_HEADING_LEVEL));
  live.innerHTML = fallbackFor(element, PREVIEW_HEADING_LEVEL, local ? `${local}/directory.html` : '', data);
  preview.replaceChildren(live);
}

// Typing an address rewrites only the code: the preview does not depend on it.
form.addEventListener('change', (event) => {
  if (event.target === listing) return;
  if (event.target === directoryChoice) fillFromDirectory();
  update();
});
listing.addEventListener('input', writeCode);
update();
