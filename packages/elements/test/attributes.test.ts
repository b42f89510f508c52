import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-service.js';
import type { PeerSupportDirectory } from '../src/index.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { jsonUrl, testDirectory, voicesGroup, wardPeers } from './helpers/directory-fixture.js';
import { $, directory, freshHistory, standard } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// The attributes a webmaster sets: `theme` (on the directory and on a single service) and
// `stale-after-days` (on the directory).

/** The colours a person sees: the Search button, the crisis block's border and its links. */
function colours(el: PeerSupportDirectory) {
  const button = getComputedStyle($(el, '.search button[type="submit"]')!);
  return {
    button: button.backgroundColor,
    crisisBorder: getComputedStyle($(el, '.crisis')!).borderTopColor,
    crisisLink: getComputedStyle($(el, '.crisis a')!).color,
  };
}

const DEFAULT = { button: 'rgb(0, 94, 184)', crisisBorder: 'rgb(138, 21, 56)', crisisLink: 'rgb(0, 94, 184)' };
const CALM = { button: 'rgb(0, 102, 92)', crisisBorder: 'rgb(138, 21, 56)', crisisLink: 'rgb(0, 102, 92)' };
const CONTRAST = { button: 'rgb(0, 0, 0)', crisisBorder: 'rgb(0, 0, 0)', crisisLink: 'rgb(0, 51, 141)' };

describe('<peer-support-directory theme>', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  it('looks the same as ever with no theme, or with one it does not know', async () => {
    expect(colours(await directory())).to.deep.equal(DEFAULT);
    expect(colours(await directory(standard(), 'theme="dark"')), 'an unknown theme changes nothing').to.deep.equal(DEFAULT);
  });

  it('turns calm (softer greens, rounder corners) and contrast (black on white), each still accessible', async () => {
    const calm = await directory(standard(), 'theme="calm"');
    expect(colours(calm)).to.deep.equal(CALM);
    expect(getComputedStyle($(calm, '.search button[type="submit"]')!).borderTopLeftRadius).to.equal('12px');
    await expectNoAxeViolations(calm);

    const contrast = await directory(standard(), 'theme="contrast"');
    expect(colours(contrast)).to.deep.equal(CONTRAST);
    expect(getComputedStyle($(contrast, '.base')!).color).to.equal('rgb(0, 0, 0)', 'black text');
    await expectNoAxeViolations(contrast);
  });

  it('changes theme when the attribute or the property changes, and back', async () => {
    const el = await directory();
    el.setAttribute('theme', 'contrast');
    await el.updateComplete;
    expect(colours(el)).to.deep.equal(CONTRAST);
    el.theme = 'calm';
    await el.updateComplete;
    expect(el.getAttribute('theme'), 'the property is reflected, so the styles follow it').to.equal('calm');
    expect(colours(el)).to.deep.equal(CALM);
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(colours(el)).to.deep.equal(DEFAULT);
  });

  it('lets tokens the host sets on the element win over the theme', async () => {
    const el = await directory(standard(), 'theme="calm" style="--peer-support-color-button: rgb(128, 0, 128)"');
    expect(colours(el)).to.deep.equal({ ...CALM, button: 'rgb(128, 0, 128)' });
  });
});

describe('<peer-support-service theme>', () => {
  const linkColour = async (attrs: string) => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `<peer-support-service src="${jsonUrl(standard())}" service-id="voices-group" crisis="top" ${attrs}></peer-support-service>`;
    const el = holder.firstElementChild as HTMLElement;
    const link = await waitFor(() => el.shadowRoot?.querySelector<HTMLElement>('.contact-links a'), 'the service');
    return {
      el,
      link: getComputedStyle(link).color,
      crisisBorder: getComputedStyle(el.shadowRoot!.querySelector('.crisis')!).borderTopColor,
    };
  };

  it('takes the same themes as the directory', async () => {
    expect(await linkColour('')).to.deep.include({ link: DEFAULT.crisisLink, crisisBorder: DEFAULT.crisisBorder });
    expect(await linkColour('theme="calm"')).to.deep.include({ link: CALM.crisisLink, crisisBorder: CALM.crisisBorder });
    const contrast = await linkColour('theme="contrast"');
    expect(contrast).to.deep.include({ link: CONTRAST.crisisLink, crisisBorder: CONTRAST.crisisBorder });
    await expectNoAxeViolations(contrast.el);
  });
});

describe('<peer-support-directory stale-after-days>', () => {
  // The directory's clock is Tuesday 24 November 2026; the list was published on 1 November 2026.
  const published = (publishedAt: string) => testDirectory([voicesGroup, wardPeers], { publishedAt });
  const staleNotice = (el: PeerSupportDirectory) =>
    [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map((n) => textOf(n)).find((text) => text.includes('may be out of date')) ?? '';

  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  it('calls the list out of date once it is older than that many days since it was published, and not before', async () => {
    const week = await directory(published('2026-11-01T09:00:00Z'), 'stale-after-days="7"');
    expect(staleNotice(week)).to.equal(
      'This list was last updated on 1 November 2026 and may be out of date. Check with a service before you travel.',
    );
    expect($(week, '.cards'), 'the services are still shown').to.exist;
    await expectNoAxeViolations(week);
    const month = await directory(published('2026-11-01T09:00:00Z'), 'stale-after-days="30"');
    expect(staleNotice(month)).to.equal('');
  });

  it('waits 180 days unless told otherwise', async () => {
    expect(staleNotice(await directory(published('2026-06-01T09:00:00Z')))).to.equal('', '176 days');
    expect(staleNotice(await directory(published('2026-05-20T09:00:00Z')))).to.contain('last updated on 20 May 2026', '188 days');
    expect(staleNotice(await directory(published('2026-05-20T09:00:00Z'), 'stale-after-days="365"'))).to.equal('');
  });

  it('follows a change of the attribute after the list is shown', async () => {
    const el = await directory(published('2026-11-01T09:00:00Z'));
    expect(staleNotice(el)).to.equal('');
    el.setAttribute('stale-after-days', '7');
    await el.updateComplete;
    expect(staleNotice(el)).to.contain('may be out of date');
  });

  // A typo in the attribute ("ninety") must not hide the notice for good: like `page-size` and
  // `heading-level`, a value that is no number falls back to the default.
  it('falls back to 180 days when the value is not a number of days', async () => {
    for (const value of ['ninety', '90 days']) {
      const el = await directory(published('2025-01-15T09:00:00Z'), `stale-after-days="${value}"`);
      expect(staleNotice(el), value).to.contain('last updated on 15 January 2025');
    }
  });
});
