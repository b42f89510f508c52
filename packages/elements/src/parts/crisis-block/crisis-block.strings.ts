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
