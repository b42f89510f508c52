// The directories the snippet builder offers: every directory package in this repository, each
// described by its own files (package.json for its name on the CDN, directory.json for its title,
// areas and services), so nothing shown here is written by hand and a new network's directory
// appears without editing this page.
import { labelOf, statuses } from '/packages/core/dist/index.js';

const CDN = 'https://cdn.jsdelivr.net/npm';
// The directory the rest of this page's examples show, chosen first so the code matches them.
const FIRST_CHOICE = '@peer-support-kit/directory-sussex';

// Vite finds the packages when it serves this page (`npx vite`, `pnpm start`): the browser cannot
// list a folder. Keys are the package.json paths; values their `name`.
const packageNames = import.meta.glob('/packages/directory-*/package.json', { eager: true, import: 'name' });

/**
 * @typedef {{ id: string, name: string, parent?: string }} Area
 * @typedef {{ id: string, name: string, status?: string, operatorConfirmed?: boolean, lastHeardOf?: string }} Service
 * @typedef {{ packageName: string, local: string, cdn: string, title: string, areas: Area[], services: Service[] }} DirectoryChoice
 */

/**
 * Every directory package, with its published data, first choice first and the rest by title. One
 * whose directory.json cannot be read (not built yet) is still offered, under its package name,
 * with no areas or services: its code is right, and the preview says what is wrong.
 * @returns {Promise<DirectoryChoice[]>}
 */
export async function loadDirectories() {
  const choices = await Promise.all(
    Object.entries(packageNames).map(async ([file, packageName]) => {
      const local = file.replace(/\/package\.json$/, '');
      const choice = { packageName, local, cdn: `${CDN}/${packageName}@0`, title: packageName, areas: [], services: [] };
      try {
        const response = await fetch(`${local}/directory.json`);
        if (!response.ok) return choice;
        const { title, areas, services } = await response.json();
        return { ...choice, title: title ?? packageName, areas: areas ?? [], services: services ?? [] };
      } catch {
        return choice;
      }
    }),
  );
  const rank = (choice) => (choice.packageName === FIRST_CHOICE ? 0 : 1);
  return choices.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

/** The directory's one top-level area (Sussex, Lambeth), or undefined when it has several or none. */
function rootArea(directory) {
  const roots = directory.areas.filter((area) => !area.parent);
  return roots.length === 1 ? roots[0] : undefined;
}

/** Where the directory's services are, in words, for the link to its list ("in Sussex"). */
export function placeOf(directory) {
  return rootArea(directory)?.name;
}

/**
 * The Area choice: "All of" the top-level area (no attribute), then every other area in the
 * directory's own order, which lists each area's smaller places after it.
 */
export function fillAreas(select, directory) {
  const root = rootArea(directory);
  const everywhere = new Option(root ? `All of ${root.name}` : 'All areas', '');
  const areas = directory.areas.filter((area) => area !== root).map((area) => new Option(area.name, area.id));
  select.replaceChildren(everywhere, ...areas);
}

/**
 * How likely a service is to run today, for the default choice: a page is made for a service
 * people can go to. Running (`active`) with a confirmed organisation first, then any running one,
 * then temporarily closed; closed last. Lambeth's entries are old, and some name no organisation.
 */
function likelyToRun(service) {
  const status = service.status ?? 'active';
  if (status === 'active') return service.operatorConfirmed === false ? 2 : 3;
  return status === 'closed' ? 0 : 1;
}

/** Whether `a` is likelier to run than `b`: then, the newer evidence that it runs (partial ISO dates sort as text). */
function likelier(a, b) {
  const difference = likelyToRun(a) - likelyToRun(b);
  return difference > 0 || (difference === 0 && (a.lastHeardOf ?? '') > (b.lastHeardOf ?? ''));
}

/** The service picker: every service by name, those not running marked, the likeliest to run chosen. */
export function fillServices(select, directory) {
  const options = directory.services.map((service) => {
    const status = service.status ?? 'active';
    const text = status === 'active' ? service.name : `${service.name} (${labelOf(statuses, status).toLowerCase()})`;
    const option = new Option(text, service.id);
    option.dataset.name = service.name;
    return option;
  });
  select.replaceChildren(...options);
  const best = directory.services.reduce((chosen, service) => (chosen && !likelier(service, chosen) ? chosen : service), undefined);
  select.selectedIndex = directory.services.indexOf(best);
}
