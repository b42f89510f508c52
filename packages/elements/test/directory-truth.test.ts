import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from './helpers/axe.js';
import { testDirectory, voicesGroup, wardPeers } from './helpers/directory-fixture.js';
import { $, $$, detailsShown, directory, freshHistory } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// Say only what the sources say: who runs a service and whether it is running are told apart
// from what is confirmed, on the card and in the details.

const card = (el: HTMLElement & { shadowRoot: ShadowRoot | null }, id: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].find((c) => c.dataset.service === id)!;

async function open(el: Awaited<ReturnType<typeof directory>>, id: string): Promise<string> {
  card(el, id).querySelector<HTMLButtonElement>('.card-open')!.click();
  await detailsShown(el);
  return textOf($(el, '.details'));
}

describe('<peer-support-directory>: what is confirmed and what is not', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  it('does not name who runs a service when no source does', async () => {
    const el = await directory(testDirectory([{ ...voicesGroup, operatorConfirmed: false }, wardPeers]));
    expect(textOf(card(el, 'voices-group').querySelector('.card-org'))).to.equal('Who runs it is not confirmed');
    expect(textOf(card(el, 'ward-peers').querySelector('.card-org'))).to.equal('Run by Test Trust');
    const details = await open(el, 'voices-group');
    expect(details).to.contain('Listed with Test Organisation 1, but no source says who runs it.');
    expect(details).not.to.contain('Run by');
  });

  it('says when a service was last heard of, instead of promising its next session', async () => {
    // The voices group meets on Tuesdays, and it is Tuesday evening: but nothing since 2013 says it still does.
    const el = await directory(
      testDirectory([
        { ...voicesGroup, lastHeardOf: '2013' },
        { ...wardPeers, lastHeardOf: '2023-08' },
      ]),
    );
    expect(textOf(card(el, 'voices-group').querySelector('.card-when'))).to.equal('Last heard of in 2013, not confirmed since');
    expect(textOf(card(el, 'ward-peers').querySelector('.card-when'))).to.equal('Last heard of in August 2023, not confirmed since');
    expect(textOf(card(el, 'voices-group'))).not.to.contain('On now');
    const details = await open(el, 'voices-group');
    expect(details).to.contain('Last heard of in 2013, not confirmed since.').and.contain('Checked against its sources on 1 October 2026.');
    await expectNoAxeViolations(el);
  });

  it('says when the service itself confirmed its entry, and when it was heard of lately', async () => {
    const el = await directory(
      testDirectory([
        { ...voicesGroup, confirmedByService: '2026-10-20' },
        { ...wardPeers, lastHeardOf: '2026-09' },
      ]),
    );
    expect(textOf(card(el, 'voices-group').querySelector('.card-when'))).to.equal('On now, until 20:00');
    expect(await open(el, 'voices-group')).to.contain('Confirmed by the service on 20 October 2026.');
    $$(el, '.details button')[0]!.click(); // "Back to results": the browser's Back, a task later
    await waitFor(() => $(el, '.cards'), 'the results again');
    expect(await open(el, 'ward-peers')).to.contain('Last heard of in September 2026.');
  });

  it('says that an entry with no dates of evidence has not been confirmed by the service', async () => {
    const el = await directory(testDirectory([voicesGroup]));
    expect(await open(el, 'voices-group')).to.contain('Not yet confirmed by the service.');
  });
});
