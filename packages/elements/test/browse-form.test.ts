import { expect } from '@open-wc/testing';
import { fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-service.js';
import type { PeerSupportDirectory } from '../src/index.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { browseUrl, testDirectory, testService } from './helpers/directory-fixture.js';
import { $, $$, cardNames, detailsShown, freshHistory, standard, TUESDAY_EVENING, type } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';

// A directory published in the browse form fetches a service's details when it is opened, and
// the words of the descriptions on the first search: what happens when those fail.

async function browse(text: string, damage: { fail?: string; change?: string } = {}): Promise<PeerSupportDirectory> {
  const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src=${browseUrl(text, damage)}></peer-support-directory>`);
  el.now = TUESDAY_EVENING;
  await waitFor(() => $(el, '.results:not(.first)'), 'the directory to load');
  return el;
}

/** Opens the first card, and waits until its details have come or failed. */
async function openFirst(el: PeerSupportDirectory): Promise<void> {
  $$(el, '.card-open')[0]!.click();
  await el.updateComplete;
  await waitFor(() => !$(el, '.details .message.loading'), 'the details to come or fail');
}

describe('<peer-support-directory> on the browse form', () => {
  beforeEach(freshHistory);

  it("says when a service's details cannot be loaded, keeps crisis help and the card's words, and Try again fetches them", async () => {
    const errors: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await browse(JSON.stringify(standard()), { fail: 'browse/services-' });
      await type(el, 'voices');
      await openFirst(el);
      const details = textOf($(el, '.details'));
      expect(details)
        .to.contain('The details of this service could not be loaded.')
        .and.contain('A made-up group where people who hear voices');
      expect(textOf($(el, '[part="crisis"]'))).to.contain('call 111');
      expect(errors.join()).to.match(/details of "voices-group" could not be loaded: .*services-0\.[\w-]{12}\.json/);
      await expectNoAxeViolations(el);
      $<HTMLButtonElement>(el, '.details [part="retry"]')!.click();
      await detailsShown(el);
      expect(textOf($(el, '.details')))
        .to.contain('Every Tuesday')
        .and.contain('Test Hall');
      $$(el, '.details button')[0]!.click();
      await waitFor(() => !$(el, '.details'), 'the results again');
      expect(cardNames(el)).to.deep.equal(['Test hearing voices group']);
    } finally {
      console.error = error;
    }
  });

  it('refuses a fragment that does not match its integrity', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      const el = await browse(JSON.stringify(standard()), { change: 'browse/services-' });
      await openFirst(el);
      expect(textOf($(el, '.details'))).to.contain('could not be loaded');
      expect($(el, '.details .contact-links')).to.equal(null);
    } finally {
      console.error = error;
    }
  });

  it('searches names while the description words cannot be fetched, and the descriptions once they can', async () => {
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const described = testService(9, { name: 'Test art group', description: 'We paint with watercolours together.' });
      const el = await browse(JSON.stringify(testDirectory([...(standard().services as unknown[]), described])), { fail: 'browse/words' });
      await type(el, 'watercolours');
      await waitFor(() => warned.some((line) => line.includes('Descriptions could not be searched')), 'the words to fail');
      await type(el, 'art');
      expect(cardNames(el)).to.deep.equal(['Test art group']);
      await type(el, 'watercolour');
      await waitFor(() => cardNames(el).includes('Test art group'), 'a search of the descriptions');
    } finally {
      console.warn = warn;
    }
  });

  it('says so when the places cannot be loaded for "near you", changes nothing, and a second Find fetches them', async () => {
    const near = testService(9, {
      name: 'Test near hall',
      locations: [{ id: 'hall', town: 'Test Hamlet', coordinates: { lat: 50.82, lng: -0.14 } }],
    });
    const el = await browse(JSON.stringify(testDirectory([...(standard().services as unknown[]), near])), { fail: 'browse/places' });
    const before = cardNames(el);
    $(el, 'details.near summary')!.click();
    await waitFor(() => $(el, '#near-place'), 'the place box');
    const find = async () => {
      $<HTMLInputElement>(el, '#near-place')!.value = 'Test Hamlet';
      $<HTMLButtonElement>(el, '.near-form button')!.click();
    };
    await find();
    await waitFor(
      () => textOf($(el, '#near-note')).startsWith('The places this directory knows could not be loaded'),
      'the failure to be said',
    );
    expect(cardNames(el)).to.deep.equal(before);
    await find();
    // A town known only from its locations' coordinates, which the places file brings.
    await waitFor(() => cardNames(el)[0] === 'Test near hall', 'the nearest first, once the places came');
    expect(textOf($(el, '.card-near'))).to.equal('0.0 km away');
  });

  it('opens a service far down a large directory from its own fragment, in the service element too', async () => {
    const services = Array.from({ length: 150 }, (_, n) =>
      testService(n + 10, { name: `Test service ${String(n + 10).padStart(3, '0')}` }),
    );
    const text = JSON.stringify(testDirectory(services));
    const el = await browse(text);
    await type(el, 'service 140');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect(textOf($(el, '#detail-title'))).to.equal('Test service 140');
    expect(textOf($(el, '.details'))).to.contain('org140.example.org');
    const one = await fixture<HTMLElement>(
      html`<peer-support-service src=${browseUrl(text)} service-id="test-service-150"></peer-support-service>`,
    );
    await waitFor(
      () => textOf(one.shadowRoot!.querySelector('.details')).includes('org150.example.org'),
      'the service element to show it in full',
    );
  });

  describe('while a large index is still coming', () => {
    // 80 services: three fragments, the last holding the service a person typed the name of.
    const many = () =>
      testDirectory(Array.from({ length: 80 }, (_, i) => testService(i + 10, { name: `Group ${String(i + 10).padStart(3, '0')}` })));
    const stalled = (text: string) =>
      fixture<PeerSupportDirectory>(html`<peer-support-directory src=${browseUrl(text, { stall: true })}></peer-support-directory>`);

    it('shows the service whose name was typed, from its fragment, before the rest of the index has come', async () => {
      const el = await stalled(JSON.stringify(many()));
      el.now = TUESDAY_EVENING;
      await type(el, 'group 085');
      await waitFor(() => cardNames(el).length > 0, 'a first look');
      expect(cardNames(el)).to.deep.equal(['Group 085']);
      expect(textOf(el.shadowRoot!)).to.contain('Loading more');
      await expectNoAxeViolations(el);
    });

    it('shows the first services when nothing is typed, and looks again for a name typed then', async () => {
      const el = await stalled(JSON.stringify(many()));
      el.now = TUESDAY_EVENING;
      await waitFor(() => cardNames(el).length > 0, 'a first look');
      expect(cardNames(el).slice(0, 3)).to.deep.equal(['Group 010', 'Group 011', 'Group 012']);
      expect(textOf(el.shadowRoot!)).to.contain('Loading more');
      await type(el, 'group 077');
      await waitFor(() => cardNames(el).includes('Group 077'), 'a look for the name typed');
      expect(cardNames(el)).to.deep.equal(['Group 077']);
      expect(textOf(el.shadowRoot!)).to.contain('Loading more');
    });
  });
});
