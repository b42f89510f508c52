import { emulateMedia as emulateMediaByCdp, executeServerCommand } from '@web/test-runner-commands';

/**
 * The browser engine these tests run in (`pnpm test` runs them in all three). Read from the
 * user agent: Firefox says Firefox, Chromium says Chrome, WebKit's MiniBrowser says neither.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine: Engine = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/** What a browser's test driver cannot do, so a test that needs it cannot run there, and why. */
const CANNOT = {
  'media emulation': {
    firefox: 'its driver (WebDriver BiDi, through Puppeteer) cannot emulate forced colours or reduced motion',
    webkit: 'its driver (classic WebDriver) cannot emulate forced colours or reduced motion',
  },
} satisfies Record<string, Partial<Record<Engine, string>>>;
type Need = keyof typeof CANNOT;

const cannot = (need: Need): string | undefined => (CANNOT[need] as Partial<Record<Engine, string>>)[engine];

/**
 * `it`, unless this browser's driver cannot do what the test needs: then the test is skipped,
 * counted as skipped (not passed), and the reason logged in the form `pnpm test`'s summary reads.
 */
export function itNeeds(need: Need, title: string, test: Mocha.AsyncFunc): Mocha.Test {
  const reason = cannot(need);
  if (!reason) return it(title, test);
  console.log(`skipped in ${engine}: ${title}: ${reason}`);
  return it.skip(title, test);
}

/** Sizes the page's viewport, in every browser (see scripts/browser-commands.js). */
export const setViewport = (viewport: { width: number; height: number }) => executeServerCommand('psk-set-viewport', viewport);

/** Emulates media features where the browser can; elsewhere does nothing (tests that rely on it use `itNeeds`). */
export async function emulateMedia(media: Parameters<typeof emulateMediaByCdp>[0]): Promise<void> {
  if (!cannot('media emulation')) await emulateMediaByCdp(media);
}

/** Presses keys together, as `pressChord('Shift', 'Tab')`, in every browser (see scripts/browser-commands.js). */
export const pressChord = (...keys: string[]) => executeServerCommand('psk-press-chord', { keys });
