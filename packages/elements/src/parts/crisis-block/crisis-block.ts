import { css, html, type TemplateResult } from 'lit';

/**
 * "If you need help now": the national urgent routes in England, shown by the directory in every
 * state (before the data arrives, on error) and by <peer-support-crisis-help> on its own. The
 * numbers are national services, not partners in the directory; hosts outside England replace
 * the content through `strings` (the urgent NHS route differs in Scotland, Wales and Northern
 * Ireland).
 */
export interface CrisisStrings {
  crisisHeading: string;
  /** Each route: its text, and the link's label and address. */
  crisisRoutes: ReadonlyArray<{ text: string; link: string; href: string }>;
  crisisNote: string;
}

export const defaultCrisisStrings: CrisisStrings = {
  crisisHeading: 'If you need help now',
  crisisRoutes: [
    { text: 'For urgent mental health help, call NHS 111 and choose the mental health option:', link: 'call 111', href: 'tel:111' },
    { text: 'If a life is at risk, call 999 or go to A&E:', link: 'call 999', href: 'tel:999' },
    { text: 'Samaritans, free, any time, day or night:', link: 'call 116 123', href: 'tel:116123' },
    { text: 'Shout, free text support at any time:', link: 'text SHOUT to 85258', href: 'sms:85258?body=SHOUT' },
  ],
  crisisNote: 'These are national services, not part of this directory.',
};

export function renderCrisisHelp(strings: CrisisStrings, headingLevel: number): TemplateResult {
  const heading = html`<span class="crisis-heading" role="heading" aria-level=${headingLevel}>${strings.crisisHeading}</span>`;
  return html`<aside part="crisis" class="crisis" aria-label=${strings.crisisHeading}>
    ${heading}
    <ul role="list">
      ${strings.crisisRoutes.map((route) => html`<li>${route.text} <a href=${route.href}>${route.link}</a></li>`)}
    </ul>
    <p class="crisis-note">${strings.crisisNote}</p>
  </aside>`;
}

export const crisisStyles = css`
  .crisis {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 0.125em solid var(--peer-support-color-crisis, #8a1538);
    border-inline-start-width: 0.5em;
    border-radius: var(--peer-support-radius, 0.25em);
    background: var(--peer-support-color-crisis-background, #fff);
  }
  .crisis-heading {
    display: block;
    font-weight: bold;
    font-size: 1.125em;
    margin-bottom: 0.25em;
  }
  .crisis ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .crisis li {
    margin: 0.25em 0;
  }
  .crisis a {
    font-weight: bold;
    display: inline-block;
    min-height: 1.5em;
  }
  /* On touch screens each number is a thumb-sized target of its own line. */
  @media (pointer: coarse), (max-width: 40em) {
    .crisis a {
      display: flex;
      align-items: center;
      min-height: 2.75rem;
      min-width: 2.75rem;
    }
  }
  .crisis-note {
    margin: 0;
    font-size: 0.875em;
    color: var(--peer-support-color-muted, #4c6272);
  }
`;
