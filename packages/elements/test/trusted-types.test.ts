import { expect } from '@open-wc/testing';
import { textOf, waitFor } from './helpers/wait.js';

// A partner's page may forbid everything it does not name: a strict Content-Security-Policy that
// requires Trusted Types, with the one line the docs give for the elements. Every element must
// then work from the built CDN files with no violation and no error, including when the page
// carries two copies of Lit (two files) or two versions of the package.

interface StrictWindow extends Window {
  violations: string[];
  pageErrors: string[];
}

/** Opens the strict test page (scripts/test-routes.js) with these CDN files, in a frame. */
async function strictPage(scripts: readonly string[]): Promise<{ frame: HTMLIFrameElement; win: StrictWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 2400px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-routes/strict-page?scripts=${scripts.join(',')}`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as StrictWindow, doc: frame.contentDocument! };
}

const shadowText = (doc: Document, tag: string) => textOf(doc.querySelector(tag)?.shadowRoot);

describe('under Trusted Types and a strict Content-Security-Policy', () => {
  const cases: Array<[string, string[]]> = [
    ['the all-in-one file', ['peer-support.js']],
    ['two files, each with its own Lit', ['peer-support-directory.js', 'peer-support.js']],
    ['two versions of the package', ['peer-support.js', 'other-version/peer-support.js']],
  ];
  for (const [what, scripts] of cases) {
    it(`every element works, with no violation, from ${what}`, async () => {
      const { frame, win, doc } = await strictPage(scripts);
      try {
        const directory = doc.querySelector('peer-support-directory')!;
        await waitFor(() => (directory.shadowRoot?.querySelectorAll('.card').length ?? 0) > 5, 'the directory', 8000);
        await waitFor(() => shadowText(doc, 'peer-support-service').includes('CAPITAL'), 'the service');
        await waitFor(() => doc.querySelector('peer-support-charter')?.shadowRoot?.querySelector('ol, ul'), 'the charter');
        await waitFor(() => shadowText(doc, 'peer-support-signatories').includes('signed'), 'the signatories');
        await waitFor(() => doc.querySelector('peer-support-coverage')?.shadowRoot?.querySelector('table'), 'the coverage table');
        expect(shadowText(doc, 'peer-support-crisis-help')).to.contain('116 123');

        // What a person does: search, open the filters, open a service's details.
        const root = directory.shadowRoot!;
        const box = root.querySelector<HTMLInputElement>('#q')!;
        box.value = 'capital';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await waitFor(() => textOf(root.querySelector('#results-heading')).match(/^\d+ services?$/), 'results');
        root.querySelector<HTMLElement>('details.group > summary')?.click();
        root.querySelector<HTMLButtonElement>('.card-open')!.click();
        await waitFor(() => root.querySelector('#detail-title'), 'the details');

        expect(win.violations, 'violations').to.deep.equal([]);
        expect(win.pageErrors, 'errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
