import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lgbtqChat, testDirectory, testService } from './helpers/directory-fixture.js';
import { $, $$, cardNames, directory, focused, freshHistory, status } from './helpers/directory-page.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { setViewport } from './helpers/browser.js';
import { textOf, waitFor } from './helpers/wait.js';
import type { PeerSupportDirectory } from '../src/index.js';

// "Near me" (issue 17): a place typed and matched on the device, or the person's position asked of
// the browser on their press. Made-up places at made-up coordinates around a made-up town.

const TOWN = { lat: 50.82, lng: -0.14 };
const at = (id: string, lat: number, lng: number, town: string) => ({ locations: [{ id, town, coordinates: { lat, lng } }] });
const services = [
  testService(1, { id: 'near-hall', name: 'Test near hall group', ...at('hall', 50.823, -0.138, 'Test Town') }),
  testService(2, { id: 'far-hall', name: 'Test far hall group', ...at('far', 51.0, -0.5, 'Test Far') }),
  testService(3, { id: 'city-hall', name: 'Test city group', ...at('city', 51.5072, -0.1276, 'Test City') }),
  testService(4, { id: 'town-wide', name: 'Test town-wide visits', areas: ['test-town'] }),
  testService(5, { id: 'village-group', name: 'Test village group', areas: ['test-village'] }),
  lgbtqChat,
];
const data = () =>
  testDirectory(services, {
    areas: [
      { id: 'test-county', name: 'Test County' },
      { id: 'test-town', name: 'Test Town', parent: 'test-county', centre: { ...TOWN, source: { title: 'A made-up gazetteer' } } },
      { id: 'test-village', name: 'Test Village', parent: 'test-county' },
    ],
  });

/** Opens "Near you" (closed groups draw nothing inside). */
async function openNear(el: PeerSupportDirectory): Promise<void> {
  const group = $<HTMLDetailsElement>(el, 'details.near')!;
  if (!group.open) group.querySelector('summary')!.click();
  await waitFor(() => $(el, '#near-place'), 'the place box');
}

/** Types a place and presses Find; waits for the answer (on the browse form, its places file comes first). */
async function findPlace(el: PeerSupportDirectory, typed: string): Promise<void> {
  await openNear(el);
  const before = textOf($(el, '.near-body'));
  $<HTMLInputElement>(el, '#near-place')!.value = typed;
  $<HTMLButtonElement>(el, '.near-form button')!.click();
  await waitFor(() => textOf($(el, '.near-body')) !== before && !note(el).startsWith('Loading'), `an answer for "${typed}"`);
  await el.updateComplete;
}

/** Presses "Use my location" and waits for the browser to be asked (or the answer). */
async function useLocation(el: PeerSupportDirectory, fake: { asked: PositionOptions[] }): Promise<void> {
  await openNear(el);
  $$(el, '.near-body > button')[0]!.click();
  await waitFor(() => fake.asked.length > 0, 'the browser to be asked');
  await el.updateComplete;
}

const nearLine = (el: PeerSupportDirectory, name: string) =>
  textOf(
    $$(el, '.results > .cards .card')
      .find((card) => textOf(card.querySelector('.card-open')) === name)
      ?.querySelector('.card-near'),
  );
const note = (el: PeerSupportDirectory) => textOf($(el, '#near-note'));

/** Vincenty's formula on the WGS 84 ellipsoid: a reference the on-device distances must meet within 1%. */
function vincentyKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const [major, f] = [6378137, 1 / 298.257223563];
  const minor = major * (1 - f);
  const rad = Math.PI / 180;
  const L = (b.lng - a.lng) * rad;
  const U1 = Math.atan((1 - f) * Math.tan(a.lat * rad));
  const U2 = Math.atan((1 - f) * Math.tan(b.lat * rad));
  let lambda = L;
  let [sinSigma, cosSigma, sigma, cos2Alpha, cos2SigmaM] = [0, 0, 0, 0, 0];
  for (let i = 0; i < 100; i++) {
    const [sinL, cosL] = [Math.sin(lambda), Math.cos(lambda)];
    sinSigma = Math.hypot(Math.cos(U2) * sinL, Math.cos(U1) * Math.sin(U2) - Math.sin(U1) * Math.cos(U2) * cosL);
    cosSigma = Math.sin(U1) * Math.sin(U2) + Math.cos(U1) * Math.cos(U2) * cosL;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (Math.cos(U1) * Math.cos(U2) * sinL) / sinSigma;
    cos2Alpha = 1 - sinAlpha ** 2;
    cos2SigmaM = cosSigma - (2 * Math.sin(U1) * Math.sin(U2)) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const next = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(next - lambda) < 1e-12) break;
    lambda = next;
  }
  const u2 = (cos2Alpha * (major ** 2 - minor ** 2)) / minor ** 2;
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const deltaSigma =
    B *
    sinSigma *
    (cos2SigmaM +
      (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM ** 2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return (minor * A * (sigma - deltaSigma)) / 1000;
}

type Answer = (ok: PositionCallback, fail: PositionErrorCallback | null | undefined, options?: PositionOptions) => void;
/** Stands in for the browser's geolocation, recording each time the page asks. */
function fakeGeolocation(answer: Answer): { asked: PositionOptions[]; restore: () => void } {
  const asked: PositionOptions[] = [];
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback, fail?: PositionErrorCallback | null, options?: PositionOptions) => (
        asked.push(options ?? {}),
        answer(ok, fail, options)
      ),
    },
  });
  return { asked, restore: () => delete (navigator as { geolocation?: unknown }).geolocation };
}
const refusal = (code: 1 | 2 | 3) =>
  ({ code, message: '', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }) as GeolocationPositionError;
const position = (lat: number, lng: number) =>
  ({ coords: { latitude: lat, longitude: lng, accuracy: 50 }, timestamp: Date.now() }) as GeolocationPosition;

describe('<peer-support-directory>: near me', () => {
  beforeEach(freshHistory);
  after(() => setViewport({ width: 1280, height: 900 }));

  it('finds a typed place among the directory’s own, nearest first, saying how far each is', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await directory(data());
    await findPlace(el, 'test town');
    await waitFor(() => status(el).includes('nearest first'), 'the announcement');
    expect(status(el)).to.equal('6 services found, nearest first');
    expect(cardNames(el)).to.deep.equal([
      'Test near hall group',
      'Test far hall group',
      'Test city group',
      'Test town-wide visits',
      'Test LGBTQ+ online peer chat',
      'Test village group',
    ]);
    expect(nearLine(el, 'Test near hall group')).to.match(/^0\.\d km away$/);
    expect(nearLine(el, 'Test town-wide visits')).to.equal('Covers this area; distance not known');
    expect(nearLine(el, 'Test LGBTQ+ online peer chat')).to.equal('Online, phone or text: no need to travel');
    expect(nearLine(el, 'Test village group')).to.equal('', 'one that cannot be placed says nothing of distance');
    expect(textOf($(el, '.near-current'))).to.equal('Near Test Town.');
  });

  it('gives distances within 1% of the ellipsoid’s, and limits the list to a radius, telling what it leaves out', async () => {
    const el = await directory(data());
    await findPlace(el, 'Test Town');
    for (const [name, where] of [
      ['Test far hall group', { lat: 51.0, lng: -0.5 }],
      ['Test city group', { lat: 51.5072, lng: -0.1276 }],
    ] as const) {
      const shown = Number(/^([\d.]+) km away$/.exec(nearLine(el, name))![1]);
      const reference = vincentyKm(TOWN, where);
      expect(Math.abs(shown - reference) / reference, `${name}: ${shown} km against ${reference.toFixed(2)}`).to.be.below(0.01);
    }
    const radius = $<HTMLSelectElement>(el, '#near-radius')!;
    radius.value = '50';
    radius.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The city (76 km) goes; online and by-area services stay; the village group cannot be placed and is counted.
    expect(cardNames(el)).to.deep.equal([
      'Test near hall group',
      'Test far hall group',
      'Test town-wide visits',
      'Test LGBTQ+ online peer chat',
    ]);
    expect(textOf($$(el, '.near-summary')[0])).to.equal(
      'Found: 2 with their distance, 1 that covers the area (distance not known), 1 online, by phone or text.',
    );
    expect(textOf($$(el, '.near-summary')[1])).to.equal(
      '1 more service has no known place and does not list this area, so it is not shown here.',
    );
    const order = $<HTMLSelectElement>(el, '#near-order')!;
    order.value = 'best';
    order.dispatchEvent(new Event('change'));
    await waitFor(() => status(el) === '4 services found', 'the count, no longer said to be nearest first');
  });

  it('takes a mistyped place by its nearest name and says so; an unknown one changes nothing and says what to try', async () => {
    const el = await directory(data());
    await findPlace(el, 'Tset Twon');
    expect(note(el)).to.equal('Showing “Test Town”, the nearest name to “Tset Twon”.');
    expect(cardNames(el)[0]).to.equal('Test near hall group');
    const before = cardNames(el);
    await findPlace(el, 'Atlantis');
    expect(note(el)).to.equal(
      '“Atlantis” is not a place this directory knows. Try a town or area, such as Test County, Test Town, Test Village.',
    );
    await waitFor(() => status(el).startsWith('“Atlantis”'), 'the message to be said');
    expect(cardNames(el)).to.deep.equal(before, 'the list stays as it was');
  });

  it('finds services by the area they cover where the place has no centre, and tells the person', async () => {
    const el = await directory(data());
    await findPlace(el, 'Test Village');
    expect(textOf($(el, '.near-current'))).to.contain('services are found by the areas they cover');
    expect($(el, '#near-radius')).to.equal(null, 'no distance to limit by');
    expect(cardNames(el)).to.deep.equal(['Test village group', 'Test LGBTQ+ online peer chat']);
    expect(nearLine(el, 'Test village group')).to.equal('Covers this area; distance not known');
  });

  it('asks for the person’s location only when they press, once, and never keeps it', async () => {
    const fake = fakeGeolocation((ok) => ok(position(51.0, -0.5)));
    try {
      const el = await directory(data(), 'sync-url');
      await openNear(el);
      expect(fake.asked, 'nothing asked before the press').to.have.length(0);
      await useLocation(el, fake);
      await waitFor(() => cardNames(el)[0] === 'Test far hall group', 'the nearest first');
      expect(fake.asked).to.have.length(1);
      expect(fake.asked[0]).to.include({ maximumAge: 0 });
      expect(fake.asked[0]!.timeout).to.be.a('number');
      expect(cardNames(el)[0]).to.equal('Test far hall group');
      expect(textOf($(el, '.near-current'))).to.equal('Near where you are.');
      expect(JSON.stringify(history.state)).to.not.contain('-0.5').and.not.contain('position');
      expect(location.hash).to.not.contain('-0.5').and.not.contain('near');
    } finally {
      fake.restore();
    }
  });

  for (const [code, said] of [
    [1, 'Your location was not shared, so nothing has changed. You can type a town or area instead.'],
    [3, 'Finding your location took too long. Try again, or type a town or area.'],
  ] as const) {
    it(`says plainly when the location is ${code === 1 ? 'refused' : 'too slow'}, and leaves the list usable`, async () => {
      const fake = fakeGeolocation((_, fail) => fail?.(refusal(code)));
      try {
        const el = await directory(data());
        const before = cardNames(el);
        await useLocation(el, fake);
        expect(note(el)).to.equal(said);
        await waitFor(() => status(el) === said, 'the message to be said');
        expect(cardNames(el)).to.deep.equal(before);
        await findPlace(el, 'Test Town');
        expect(cardNames(el)[0]).to.equal('Test near hall group', 'a typed place still works');
      } finally {
        fake.restore();
      }
    });
  }

  it('goes into the address by name only with sync-url, and comes back from it', async () => {
    const el = await directory(data(), 'sync-url');
    await findPlace(el, 'Test Town');
    await waitFor(() => location.hash.includes('near='), 'the address');
    expect(decodeURIComponent(location.hash.replace(/\+/g, ' '))).to.contain('near=Test Town');
    const again = await directory(data(), 'sync-url');
    // (On the browse form, once its places file has come.)
    await waitFor(() => cardNames(again)[0] === 'Test near hall group', 'the linked place to order the list');
    history.replaceState(null, '', location.pathname);
  });

  it('ignores a linked place on a page that does not show "Near you" (nothing there could undo it)', async () => {
    history.replaceState(null, '', '#psk:near=Test+Village');
    const el = await directory(data(), 'sync-url groups="format area"');
    expect(cardNames(el)).to.have.length(6);
    history.replaceState(null, '', location.pathname);
  });

  it('works by keyboard alone at 320 px and stays accessible', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await directory(data());
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await el.updateComplete;
    $(el, 'details.near summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '#near-place'), 'the place box');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('near-place');
    await sendKeys({ type: 'Test Town' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $(el, '#near-radius'), 'the distance choices');
    expect(cardNames(el)[0]).to.equal('Test near hall group');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expectNoAxeViolations(el);
  });
});
