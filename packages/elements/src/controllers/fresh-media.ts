import type { ReactiveControllerHost } from 'lit';

/**
 * Makes an element's `@media` rules answer for the window as it is when the element is put on
 * the page. WebKit (Safari) keeps the last answers of a shared style sheet that no element on the
 * page was using when the window changed size: a directory taken off the page, the phone turned,
 * the directory put back, is drawn for the old width until the window changes again. Adding and
 * taking away an empty rule makes WebKit read each sheet afresh; other browsers barely notice.
 */
export function keepMediaFresh(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }): void {
  host.addController({
    hostConnected() {
      for (const sheet of (host.renderRoot as ShadowRoot).adoptedStyleSheets ?? []) {
        const end = sheet.cssRules.length;
        sheet.insertRule('x{}', end);
        sheet.deleteRule(end);
      }
    },
  });
}
