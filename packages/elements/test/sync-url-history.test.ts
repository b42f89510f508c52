import { expect } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { $, $$, cardNames, directory, focused, freshHistory, historyStep, standard, type, detailsShown } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// `sync-url`: the search and the open service live in the page's address, and the browser's Back
// and Forward step through them as through any pages.

describe('<peer-support-directory sync-url>: Back and Forward', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });
  after(() => freshHistory());

  it('search, open a service, Back to the list with the search kept, Forward to the service again', async () => {
    const el = await directory(standard(), 'sync-url');
    const page = `${location.origin}${location.pathname}${location.search}`;
    await type(el, 'voices');
    expect(cardNames(el)).to.deep.equal(['Test hearing voices group']);
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect(textOf($(el, '#detail-title'))).to.equal('Test hearing voices group');
    expect(location.href).to.equal(`${page}#psk:q=voices&s=voices-group`, 'the address names the search and the service');

    await historyStep(el, -1);
    expect($(el, '.details')).to.equal(null);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('voices', 'the search is kept');
    expect(cardNames(el)).to.deep.equal(['Test hearing voices group']);
    expect(location.href).to.equal(`${page}#psk:q=voices`);
    await waitFor(
      () => focused(el)?.closest('[data-service]')?.getAttribute('data-service') === 'voices-group',
      'focus on the card that was opened',
    );
    await expectNoAxeViolations(el);

    await historyStep(el, 1);
    expect(textOf($(el, '#detail-title'))).to.equal('Test hearing voices group');
    expect(focused(el)?.id).to.equal('detail-title');
    expect(location.href).to.equal(`${page}#psk:q=voices&s=voices-group`);
  });

  it('keeps each search a person moves on from: Back returns to it from the next service', async () => {
    const el = await directory(standard(), 'sync-url');
    await type(el, 'ward');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    await historyStep(el, -1);
    await type(el, 'lgbt');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect(location.hash).to.equal('#psk:q=lgbt&s=lgbtq-chat');
    expect(textOf($(el, '#detail-title'))).to.equal('Test LGBTQ+ online peer chat');
    await historyStep(el, -1);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('lgbt', 'the search typed after coming back, not the one before');
    expect(cardNames(el)).to.deep.equal(['Test LGBTQ+ online peer chat']);
    expect(location.hash).to.equal('#psk:q=lgbt');
  });

  it('opens the service an address names, as a shared link does, and its "Back to results" stays on the page', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#psk:q=ward&s=ward-peers`);
    const el = await directory(standard(), 'sync-url');
    expect(textOf($(el, '#detail-title'))).to.equal('Test ward peer workers');
    const page = location.pathname;
    $$(el, '.details button')
      .find((b) => textOf(b) === 'Back to results')!
      .click();
    await el.updateComplete;
    expect(location.pathname).to.equal(page, "not the browser's Back, which would leave the page it was linked to");
    expect(cardNames(el)).to.deep.equal(['Test ward peer workers'], 'the linked search, without the service');
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('ward');
    expect(location.hash).to.equal('#psk:q=ward');
  });

  it('follows an address with a search in it followed on the same page (a link, or one typed)', async () => {
    const el = await directory(standard(), 'sync-url');
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#psk:q=walking';
    await changed;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('walking');
    expect(cardNames(el)).to.deep.equal(['Test informal walking group']);
    await historyStep(el, -1);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('', 'Back: the page as it was');
    expect(cardNames(el)).to.have.length(4);
  });
});
