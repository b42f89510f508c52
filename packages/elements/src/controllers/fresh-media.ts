import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Style sheets known to hold `@media` rules (checked once each). */
const withMedia = new WeakMap<CSSStyleSheet, boolean>();

function hasMediaRules(sheet: CSSStyleSheet): boolean {
  let known = withMedia.get(sheet);
  if (known === undefined) {
    known = [...sheet.cssRules].some((rule) => rule instanceof CSSMediaRule);
    withMedia.set(sheet, known);
  }
  return known;
}

/**
 * Makes sure an element's `@media` rules answer for the window as it is when the element is put
 * on the page. WebKit (Safari) keeps the last answers of a shared style sheet that no element on
 * the page was using when the window changed size: a directory taken off the page, the phone
 * turned, the directory put back, is drawn for the old width until the window changes again.
 * Adding and removing an empty rule makes WebKit read the sheet afresh; other browsers need it
 * not and barely notice it (once per sheet with media rules, each time an element connects).
 */
export class FreshMediaController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    for (const sheet of root.adoptedStyleSheets) {
      if (!hasMediaRules(sheet)) continue;
      const end = sheet.cssRules.length;
      sheet.insertRule('peer-support-never-matches {}', end);
      sheet.deleteRule(end);
    }
  }
}
