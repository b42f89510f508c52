// Runs in the page before its own scripts (measure.ts bundles it and adds it with addInitScript):
// on every frame, records performance.now() (ms from navigation start) when each figure is first
// true. Frames are when a person can see a change, so checking once a frame measures what they see.
// Checks walk into open shadow roots, where our elements draw. Given a query, the probe also types
// it into the first search box as soon as one is drawn, as a person in a hurry would, and watches
// for a result card that names the service looked for.

export type Figure = 'crisisHelp' | 'firstContent' | 'charterText' | 'firstCard' | 'searchWorks' | 'queryResult';

export interface TypedQuery {
  /** What is typed into the search box, all at once. */
  readonly text: string;
  /** The name of the service a card must show. */
  readonly expect: string;
}

/** The number a person in crisis needs: Samaritans, in the crisis block and any fallback content. */
const CRISIS_NUMBER = '116 123';
const GIVE_UP_MS = 20_000;

/** The document and every open shadow root in it, however deeply nested. */
function allRoots(root: Document | ShadowRoot = document): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [root];
  for (const element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) roots.push(...allRoots(element.shadowRoot));
  return roots;
}

/** Drawn: it has a box with an area, and is not hidden by visibility or opacity. */
function isDrawn(element: Element | null, box: { width: number; height: number }): boolean {
  return !!element && box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
}

/** Whether some drawn text under `node` (its shadow root included) passes `test`. */
function hasDrawnText(node: Node, test: (text: string) => boolean): boolean {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let current: Node | null = walker.currentNode; current; current = walker.nextNode()) {
    if (current instanceof Element && current.shadowRoot && hasDrawnText(current.shadowRoot, test)) return true;
    if (!(current instanceof Text) || !test(current.data.replace(/\s+/g, ' '))) continue;
    const range = document.createRange();
    range.selectNodeContents(current);
    // A text node has no box of its own: its range's boxes are its lines (none if not rendered).
    if (Array.from(range.getClientRects()).some((box) => isDrawn(current.parentElement, box))) return true;
  }
  return false;
}

/** Our elements: every <peer-support-*> in the page or in a shadow root. */
const ourElements = (roots: Array<Document | ShadowRoot>) =>
  roots.flatMap((root) => Array.from(root.querySelectorAll('*')).filter((element) => element.localName.startsWith('peer-support-')));

const anyDrawn = (roots: Array<Document | ShadowRoot>, selector: string) =>
  roots.some((root) => Array.from(root.querySelectorAll(selector)).some((element) => isDrawn(element, element.getBoundingClientRect())));

/** A drawn result card (ours, or a page's own marked the same way) whose text includes `name`. */
const cardNaming = (roots: Array<Document | ShadowRoot>, name: string) =>
  roots.some((root) =>
    Array.from(root.querySelectorAll('[part~="card"]')).some(
      (card) => (card.textContent ?? '').replace(/\s+/g, ' ').includes(name) && isDrawn(card, card.getBoundingClientRect()),
    ),
  );

/** Types `query` into the first drawn search box, once; true when it has. */
function typeInto(roots: Array<Document | ShadowRoot>, query: TypedQuery): boolean {
  for (const root of roots) {
    const box = root.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box || !isDrawn(box, box.getBoundingClientRect())) continue;
    box.value = query.text;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return true;
  }
  return false;
}

let query: TypedQuery | undefined;
let typed = false;

const checks: Record<Figure, (roots: Array<Document | ShadowRoot>) => boolean> = {
  crisisHelp: () => hasDrawnText(document, (text) => text.includes(CRISIS_NUMBER)),
  // Fallback content in the light DOM counts while it shows; once upgraded, the shadow root's text.
  firstContent: (roots) => ourElements(roots).some((element) => hasDrawnText(element, (text) => text.trim() !== '')),
  charterText: (roots) => anyDrawn(roots, '[part~="principle-name"]'),
  // A result card is <li part="card"> (parts/service-view/service-card.ts); <article> is the details view.
  firstCard: (roots) => anyDrawn(roots, '[part~="card"]'),
  // The box takes typing at once; "Skip to results" appears when every service can be searched
  // and filtered (elements/directory/render-search.ts).
  searchWorks: (roots) => roots.some((root) => root instanceof ShadowRoot && root.querySelector('.skip-link') !== null),
  queryResult: (roots) => typed && !!query && cardNaming(roots, query.expect),
};

export interface ProbeResult {
  /** When each figure first became true, in ms from navigation start; absent: not in time. */
  readonly seen: Partial<Record<Figure, number>>;
}

/**
 * Starts watching for `wanted` (typing `typedQuery`, when given, as soon as a search box is
 * drawn); the promise settles when all are seen or after `giveUpMs`.
 */
export function watch(wanted: readonly Figure[], typedQuery?: TypedQuery, giveUpMs = GIVE_UP_MS): Promise<ProbeResult> {
  const seen: Partial<Record<Figure, number>> = {};
  query = typedQuery;
  return new Promise((resolve) => {
    const frame = () => {
      const now = performance.now();
      const pending = wanted.filter((figure) => seen[figure] === undefined);
      const roots = allRoots();
      if (query && !typed) typed = typeInto(roots, query);
      for (const figure of pending) if (checks[figure](roots)) seen[figure] = now;
      if (wanted.every((figure) => seen[figure] !== undefined) || now > giveUpMs) resolve({ seen });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    // In case frames stop (a hidden page): give up on time all the same.
    setTimeout(() => resolve({ seen }), giveUpMs + 1000);
  });
}
