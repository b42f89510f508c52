/**
 * "If you need help now": the national urgent routes in England. One source for every place a
 * person may meet them: the elements (in every state, and <peer-support-crisis-help>), the
 * fallback content a partner pastes inside an element, and the static listing `peer-support
 * build` writes. The numbers are national services, not partners in any directory; hosts outside
 * England replace them (the urgent NHS route differs in Scotland, Wales and Northern Ireland).
 */
export interface CrisisHelp {
  readonly heading: string;
  /** Each route: its text, and the link's label and address. */
  readonly routes: ReadonlyArray<{ readonly text: string; readonly link: string; readonly href: string }>;
  readonly note: string;
}

export const crisisHelp: CrisisHelp = {
  heading: 'If you need help now',
  routes: [
    { text: 'For urgent mental health help, call NHS 111 and choose the mental health option:', link: 'call 111', href: 'tel:111' },
    { text: 'If a life is at risk, call 999 or go to A&E:', link: 'call 999', href: 'tel:999' },
    { text: 'Samaritans, free, any time, day or night:', link: 'call 116 123', href: 'tel:116123' },
    { text: 'Shout, free text support at any time:', link: 'text SHOUT to 85258', href: 'sms:85258?body=SHOUT' },
  ],
  note: 'These are national services, not part of this directory.',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML, between tags or inside a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The same block as plain HTML, for pages that must work without any script: the fallback inside
 * an element, and the static listing. `level` is its heading's level (2 to 6).
 */
export function crisisHelpHtml(level = 2, help: CrisisHelp = crisisHelp): string {
  const h = `h${Math.min(6, Math.max(2, Math.round(level)))}`;
  const routes = help.routes.map(
    (route) => `<li>${escapeHtml(route.text)} <a href="${escapeHtml(route.href)}">${escapeHtml(route.link)}</a></li>`,
  );
  return [
    `<aside aria-label="${escapeHtml(help.heading)}">`,
    `  <${h}>${escapeHtml(help.heading)}</${h}>`,
    '  <ul>',
    ...routes.map((route) => `    ${route}`),
    '  </ul>',
    `  <p>${escapeHtml(help.note)}</p>`,
    '</aside>',
  ].join('\n');
}
