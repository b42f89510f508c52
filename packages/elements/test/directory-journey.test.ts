import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { testDirectory, testService, voicesGroup } from './helpers/directory-fixture.js';
import {
  $,
  $$,
  cardNames,
  checkbox,
  directory,
  focused,
  freshHistory,
  historyStep,
  standard,
  type,
  detailsShown,
} from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { pressChord, setViewport } from './helpers/browser.js';

// Issue: every search ends somewhere useful. What a frightened person on a phone meets: honest
// results, no dead ends, Back that works, and as few presses as possible.

const crisisCafe = testService(5, {
  id: 'crisis-cafe',
  name: 'Test evening sanctuary',
  summary: 'A made-up evening space for people in crisis.',
  settings: ['crisis'],
});

const press = async (key: string) => sendKeys({ press: key });

/** Presses `key` until `reached()` (at most 40 times: a tab order longer than that is a failure of its own). */
async function pressUntil(el: { updateComplete: Promise<unknown> }, key: string, reached: () => unknown): Promise<void> {
  for (let i = 0; i < 40 && !reached(); i++) {
    await pressChord(...key.split('+'));
    await el.updateComplete;
  }
  if (!reached()) throw new Error(`40 presses of ${key} did not get there`);
}
const widenButton = (el: HTMLElement & { shadowRoot: ShadowRoot | null }, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.no-results button')].find((b) => textOf(b) === label);

describe('<peer-support-directory>: every search ends somewhere useful', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  it('says so when a word matches nothing, instead of dropping it and showing a list that is no answer', async () => {
    const el = await directory();
    await type(el, 'young people');
    expect(cardNames(el)).to.deep.equal([], 'no service is for young people: none is shown as if it were');
    expect(textOf($(el, '.results-heading'))).to.equal('0 services');
    expect(textOf($(el, '.no-results-title'))).to.equal('No services for “young people”');
    expect(textOf($(el, '.no-results'))).to.contain('No service in this directory mentions “young”.');
    expect(textOf($(el, '.no-results .crisis')), 'crisis help in the empty result itself')
      .to.contain('call 111')
      .and.contain('116 123');
    const all = widenButton(el, 'Show all services')!;
    all.click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(4);
    expect(focused(el)?.id).to.equal('results-heading');
    await expectNoAxeViolations(el);
  });

  it('offers the services with some of the words apart and labelled, and one press to drop a word', async () => {
    const el = await directory();
    await type(el, 'voices ward');
    expect(textOf($(el, '.no-results-title'))).to.equal('No services for “voices ward”');
    const partial = $(el, '.partial')!;
    expect(textOf(partial.querySelector('.widen-heading'))).to.equal('Services that match some of your words');
    const notes = [...partial.querySelectorAll('.card')].map(
      (card) => `${textOf(card.querySelector('.card-open'))}: ${textOf(card.querySelector('.card-note'))}`,
    );
    expect(notes.sort()).to.deep.equal([
      'Test hearing voices group: Mentions “voices”, but not “ward”',
      'Test ward peer workers: Mentions “ward”, but not “voices”',
    ]);
    await expectNoAxeViolations(el);
    widenButton(el, 'Search without “ward” (1 service)')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('voices');
    expect(cardNames(el)).to.deep.equal(['Test hearing voices group']);
    expect(focused(el)?.id).to.equal('results-heading');
  });

  it('offers the spelling the directory has, and names filters by their labels', async () => {
    const el = await directory(standard(), 'format="group"');
    await type(el, 'wlkng');
    expect(textOf($(el, '.no-results-title'))).to.equal('No services for “wlkng” with the filters Group');
    expect(widenButton(el, 'Remove filter: Group'), 'a label, never an id').to.exist;
    widenButton(el, 'Search for “walking” instead')!.click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Test informal walking group']);
  });

  it('puts crisis help beside the results when the search names a crisis', async () => {
    const el = await directory(testDirectory([voicesGroup, crisisCafe]));
    expect($(el, '.results .crisis')).to.equal(null);
    await type(el, 'crisis');
    expect(cardNames(el)).to.deep.equal(['Test evening sanctuary']);
    expect(textOf($(el, '.results .crisis'))).to.contain('call 999');
    await expectNoAxeViolations(el);
  });

  it("counts only the filters a person can see and undo, and names the page's own scope", async () => {
    const el = await directory(standard(), 'area="test-county" groups="format cost"');
    expect(textOf($(el, '.filters-toggle'))).to.equal('Filters', 'the hidden area preset is not "1 chosen"');
    await type(el, 'qqqqqq');
    expect(textOf($(el, '.no-results-title'))).to.equal('No services for “qqqqqq” in Test County');
    expect(widenButton(el, 'Remove filter: Test County'), "the page's scope is not the person's to remove").to.equal(undefined);
    await type(el, '');
    (await checkbox(el, 'Free')).click();
    await el.updateComplete;
    expect(textOf($(el, '.filters-toggle'))).to.equal('Filters (1 chosen)');
    expect(textOf($(el, 'details.group:last-of-type summary'))).to.equal('Cost (1 chosen)');
  });

  it('lists in its hint only examples that find something here', async () => {
    const el = await directory();
    // The examples come once the search is ready for text, when the page is idle.
    await waitUntil(() => /^For example: /.test(textOf($(el, '#q-hint'))), 'the hint offers examples');
    const hint = textOf($(el, '#q-hint'));
    const examples = hint.replace('For example: ', '').split(', ');
    expect(examples.length).to.be.greaterThan(1);
    for (const example of examples) {
      await type(el, example);
      expect(cardNames(el).length, `"${example}" finds something`).to.be.greaterThan(0);
    }
  });

  it('lets Back and Forward step through the directory without touching the page address', async () => {
    const el = await directory();
    const address = location.href;
    await type(el, 'voices');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect($(el, '.details')).to.exist;
    expect(location.href).to.equal(address, "no sync-url: the address stays the page's own");
    await historyStep(el, -1);
    expect($(el, '.details')).to.equal(null);
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('voices', 'the search is still there');
    await waitFor(() => focused(el)?.closest('[data-service]')?.getAttribute('data-service') === 'voices-group', 'focus on the card again');
    await historyStep(el, 1);
    expect(textOf($(el, '#detail-title'))).to.equal('Test hearing voices group');
    expect(focused(el)?.id).to.equal('detail-title');
  });

  it('lets Back and Forward step through the directory with sync-url, keeping the address in step', async () => {
    const el = await directory(standard(), 'sync-url');
    (await checkbox(el, 'Drop-in')).click();
    await el.updateComplete;
    expect(location.hash).to.equal('#psk:format=drop-in');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect(location.hash).to.equal('#psk:format=drop-in&s=voices-group');
    await historyStep(el, -1);
    expect(location.hash).to.equal('#psk:format=drop-in');
    expect(cardNames(el)).to.deep.equal(['Test hearing voices group']);
    await historyStep(el, -1);
    expect(location.hash).to.equal('');
    expect(cardNames(el)).to.have.length(4, 'the filter is undone too');
    await historyStep(el, 1);
    expect(cardNames(el)).to.deep.equal(['Test hearing voices group']);
  });

  for (const width of [375, 1280]) {
    it(`takes a keyboard alone through type → filter → open → Back → Back at ${width} px`, async () => {
      await setViewport({ width, height: 800 });
      const el = await directory();
      $<HTMLInputElement>(el, '#q')!.focus();
      await sendKeys({ type: 'group' });
      await el.updateComplete;
      const narrow = getComputedStyle($(el, '.filters-toggle')!).display !== 'none';
      // Tab: the Search button, "Skip to results", then the filters (behind a toggle on a phone).
      await press('Tab');
      await press('Tab');
      await press('Tab');
      if (narrow) {
        expect(textOf(focused(el))).to.equal('Filters');
        await press('Enter');
        await el.updateComplete;
        await press('Tab');
      }
      expect(focused(el)?.tagName).to.equal('SUMMARY');
      await press('Enter'); // open the first group
      await el.updateComplete;
      await press('Tab');
      await press(' ');
      await el.updateComplete;
      expect((focused(el) as HTMLInputElement).checked).to.equal(true);
      const filtered = cardNames(el);
      if (narrow) {
        // Down the panel to its "Show N services" button, which closes it and goes to the results.
        await pressUntil(el, 'Tab', () => focused(el)?.classList.contains('show-results'));
        expect(textOf(focused(el))).to.equal(`Show ${filtered.length} services`);
        await press('Enter');
        await el.updateComplete;
        expect($(el, '#filters')!.hidden).to.equal(true, 'the panel closes');
      } else {
        // Back up past the filters to "Skip to results".
        await pressUntil(el, 'Shift+Tab', () => textOf(focused(el)) === 'Skip to results');
        await press('Enter');
      }
      expect(focused(el)?.id).to.equal('results-heading');
      await press('Tab');
      expect(focused(el)?.classList.contains('card-open')).to.equal(true, 'one press from the results heading to the first card');
      const first = textOf(focused(el));
      await press('Enter');
      await el.updateComplete;
      expect(textOf($(el, '#detail-title'))).to.equal(first);
      await historyStep(el, -1);
      expect(cardNames(el)).to.deep.equal(filtered, 'Back: the filtered results');
      await waitFor(() => focused(el)?.classList.contains('card-open'), 'focus on the card that was opened');
      await historyStep(el, -1);
      expect(cardNames(el).length).to.be.greaterThan(filtered.length - 1);
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('group', 'Back again: the filter undone, the search kept');
      expect(
        [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.filters input[type="checkbox"]')].filter((box) => box.checked),
      ).to.deep.equal([], 'no filter ticked');
      await expectNoAxeViolations(el);
    });
  }

  it('makes the whole card one target, with nothing else to press inside it', async () => {
    const el = await directory();
    const card = $$(el, '.card')[0]!;
    expect(card.querySelectorAll('a, button, input, [tabindex]')).to.have.length(1);
    // In view, measured once the layout has settled (the search hint fills in after the data, and
    // can move the cards), and checked: the point pressed is on the card, away from its link text.
    await el.updateComplete;
    card.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = card.getBoundingClientRect();
    // 40 px in from the right: WebKit's overlay scroll bar takes presses near the window's edge.
    const [x, y] = [Math.round(box.right - 40), Math.round(box.bottom - 10)];
    expect(card.contains(el.shadowRoot!.elementFromPoint(x, y)), 'the point is on the card').to.equal(true);
    await sendMouse({ type: 'click', position: [x, y] });
    // Opening goes through the view's history, which may take more than one update on a busy machine.
    await waitFor(() => $(el, '.details'), 'the details of the card pressed near its corner');
  });

  it('goes to the results on Search, and has a "Skip to results" link after the search box', async () => {
    const el = await directory();
    $<HTMLInputElement>(el, '#q')!.focus();
    await sendKeys({ type: 'voices' });
    await press('Enter');
    expect(focused(el)?.id).to.equal('results-heading');
    $<HTMLInputElement>(el, '#q')!.focus();
    await press('Tab');
    await press('Tab');
    expect(textOf(focused(el))).to.equal('Skip to results');
    await press('Enter');
    expect(focused(el)?.id).to.equal('results-heading');
  });

  it('gives every control and crisis link a 44 by 44 px target on a phone', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await directory();
    $(el, '.filters-toggle')!.click();
    await el.updateComplete;
    await type(el, 'ward');
    const small = (selector: string) =>
      $$(el, selector)
        .map((target) => ({ target, box: target.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ target, box }) => `${textOf(target).slice(0, 30)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(small('button:not(.card-open), summary, .check, .crisis a')).to.deep.equal([]);
    expect($$(el, '.card')[0]!.getBoundingClientRect().height, 'the card is the target').to.be.at.least(44);
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect(small('.contact-links a, button, .crisis a')).to.deep.equal([]);
  });

  it('says where a link goes, and never draws an empty list of badges', async () => {
    const bare = testService(6, { id: 'bare', name: 'Test network of groups', provision: [], formats: [], cost: undefined });
    const el = await directory(testDirectory([bare]));
    expect($(el, '.card .badges')).to.equal(null);
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect($$(el, '.contact-links a').map((a) => textOf(a))).to.deep.equal(['Website: org6.example.org']);
    await expectNoAxeViolations(el);
  });

  it('says when an entry is a network or an organisation, and lets a person filter them apart', async () => {
    const network = testService(7, {
      id: 'network',
      name: 'Test providers network',
      kind: 'network',
      provision: [],
      formats: [],
      cost: undefined,
    });
    const el = await directory(testDirectory([voicesGroup, network]));
    const card = $$(el, '.card').find((c) => c.dataset.service === 'network')!;
    expect(textOf(card.querySelector('.badges'))).to.equal('A network or forum, not a service to use');
    (await checkbox(el, 'A service')).click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Test hearing voices group']);
    await expectNoAxeViolations(el);
    const plain = await directory(testDirectory([voicesGroup]));
    expect($$(plain, '.group summary').map((s) => textOf(s))).not.to.include('What it is', 'a filter that changes nothing is not offered');
  });
});
