// The directory workbench: the files a maintainer chooses are read here, checked with the same
// code and rules as `peer-support validate`, shown in the real directory element, and turned into
// the files `peer-support build` publishes, byte for byte. Nothing leaves the browser.
import { checkFiles, countProblems, describeCounts, publish } from '/packages/cli/dist-workbench/workbench.js';

const form = document.getElementById('workbench-form');
const input = document.getElementById('files');
const publishedAt = document.getElementById('published-at');
const results = document.getElementById('results');
const urls = [];
let chosen = [];

async function sha384(text) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The file's name with the folder it was chosen in, when there was one. */
const nameOf = (file) => file.webkitRelativePath || file.name;

async function readChosen(files) {
  chosen = await Promise.all([...files].map(async (file) => ({ name: nameOf(file), bytes: new Uint8Array(await file.arrayBuffer()) })));
  await check();
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Problems grouped by file, each with where to look and what to do, errors first within a file. */
function renderProblems(problems) {
  const byFile = new Map();
  for (const problem of problems) {
    const file = problem.file ?? 'Your sources';
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push(problem);
  }
  const container = document.getElementById('problems');
  container.replaceChildren();
  for (const [file, list] of byFile) {
    const items = list.map((problem) => {
      const place = problem.position ? placeOf(problem) : '';
      return element(
        'li',
        { class: `problem ${problem.severity}` },
        element('strong', {}, problem.severity === 'error' ? 'Error' : 'Warning'),
        place ? ` (${place})` : '',
        ` ${problem.where}: ${problem.message}`,
      );
    });
    container.append(element('h3', {}, file), element('ul', { class: 'problems' }, ...items));
  }
}

/** "row 3, column L (formats)" for a spreadsheet, "line 12, column 4" otherwise. */
function placeOf(problem) {
  const { position } = problem;
  // A spreadsheet's row and column letter, as the person sees them in it.
  if (position.cell) return position.cell.letter ? `row ${position.cell.row}, column ${position.cell.letter}` : `row ${position.cell.row}`;
  return `line ${position.line}, column ${position.column}`;
}

async function check() {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  if (chosen.length === 0) return;
  const date = publishedAt.value;
  const checked = checkFiles(chosen, date ? { publishedAt: `${date}T00:00:00Z` } : {});
  const counts = countProblems(checked.problems);
  results.hidden = false;
  const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  document.getElementById('summary').textContent =
    `${count(checked.serviceCount, 'service')} in ${count(checked.fileCount, 'file')}: ${describeCounts(counts)}.` +
    (counts.errors
      ? ' Fix the errors to publish; each is listed below with its file and place.'
      : counts.warnings
        ? ' The warnings do not stop you publishing.'
        : ' Nothing to fix.');
  renderProblems(checked.problems);

  const preview = document.getElementById('preview');
  const downloads = document.getElementById('downloads');
  preview.replaceChildren();
  downloads.replaceChildren();
  if (!checked.directory || counts.errors) {
    document.getElementById('preview-note').textContent = 'The preview appears once there are no errors.';
    document.getElementById('download-note').textContent = 'The files appear once there are no errors.';
    document.getElementById('problems-heading').focus();
    return;
  }
  const files = await publish(checked, sha384);
  const file = (name) => {
    const type = name.endsWith('.html') ? 'text/html' : 'application/json';
    const url = URL.createObjectURL(new Blob([files.get(name)], { type }));
    urls.push(url);
    return url;
  };
  document.getElementById('preview-note').textContent = 'This is the directory element itself, reading the directory.json below.';
  preview.append(element('peer-support-directory', { src: file('directory.json'), 'heading-level': '3' }));
  document.getElementById('download-note').textContent =
    "Publish these files together, as they are: the manifest holds each file's size and integrity hash.";
  for (const name of files.keys()) {
    const size = new TextEncoder().encode(files.get(name)).length;
    downloads.append(
      element(
        'li',
        {},
        element('a', { href: file(name), download: name, 'data-file': name }, `Download ${name}`),
        ` (${size.toLocaleString('en-GB')} bytes)`,
      ),
    );
  }
  document.getElementById('problems-heading').focus();
}

input.addEventListener('change', () => readChosen(input.files));
publishedAt.addEventListener('change', () => check());
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('dragover', (event) => {
  event.preventDefault();
  form.classList.add('dragging');
});
form.addEventListener('dragleave', () => form.classList.remove('dragging'));
form.addEventListener('drop', (event) => {
  event.preventDefault();
  form.classList.remove('dragging');
  readChosen(event.dataTransfer.files);
});
