import { it } from 'node:test';
import assert from 'node:assert/strict';
import { listen, whenSettled } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';

// A partner with a strict Content-Security-Policy: no inline scripts or styles, no eval, data
// only from its own origin. Every element must work with no violation reported.
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const pages = usePages({ headers: () => ({ 'Content-Security-Policy': POLICY }) });

it('every element works under a strict CSP, with no violation', async () => {
  const page = await pages.browser.newPage();
  const seen = listen(page);
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const response = await page.goto(`${pages.origin}/packages/elements/e2e/pages/every-element.html`);
  assert.equal(response?.headers()['content-security-policy'], POLICY);
  await whenSettled(page);
  // Use the directory a little: type, filter, open a service.
  const directory = page.locator('peer-support-directory');
  await directory.locator('#q').fill('voices');
  await directory.locator('.card-open').first().click();
  await directory.locator('.details').waitFor();
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(seen.errors, []);
  // Each element shows its real content, not only its crisis block or a message.
  // (No named helper inside evaluate: the page gets the function's source text.)
  const counts = await page.evaluate(
    (wanted) =>
      Object.fromEntries(
        Object.entries(wanted).map(([key, [tag, selector]]) => [
          key,
          document.querySelector(tag)?.shadowRoot?.querySelectorAll(selector).length ?? 0,
        ]),
      ),
    {
      principles: ['peer-support-charter', '[part="principle"]'],
      serviceDetails: ['peer-support-service', '.details'],
      signatories: ['peer-support-signatories', '.list li'],
      coverageRows: ['peer-support-coverage', 'tbody tr'],
      crisisLinks: ['peer-support-crisis-help', 'a'],
    } as Record<string, [string, string]>,
  );
  assert.deepEqual(counts, { principles: 9, serviceDetails: 1, signatories: 2, coverageRows: 2, crisisLinks: 4 });
  await page.close();
});
