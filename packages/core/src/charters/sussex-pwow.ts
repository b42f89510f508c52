import type { Charter, CharterSummary } from './schema.js';

/**
 * The Sussex Principled Ways of Working Peer Support Charter (2018).
 *
 * Principle names and definitions are quoted word for word, in the charter's own order, from
 * the charter page reproduced in NSUN's report "Principled Ways of Working: Peer Support in
 * Sussex" (Alison Faulkner, January 2021). Tests compare them with that document.
 */
export const sussexPwowSummary = {
  id: 'sussex-pwow',
  title: 'Principled Ways of Working Peer Support Charter',
  signatories: {
    signed: 13,
    activePartners: 6,
    quote:
      'From an original base of 13 organisations signing up to the Charter, there are currently six active partners in the working group: Recovery Partners; Capital Project Trust; Sussex Partnership Foundation Trust; Synergy; West Sussex Mind and Turning Tides',
    date: 'January 2021',
  },
} satisfies CharterSummary;

export const sussexPwow: Charter = {
  ...sussexPwowSummary,
  publisher: 'The Principled Ways of Working partnership, Sussex',
  year: 2018,
  region: 'Sussex',
  url: 'https://www.nsun.org.uk/peer-support-charter',
  source: {
    title: 'Principled Ways of Working: Peer Support in Sussex',
    author: 'Alison Faulkner, National Survivor User Network (NSUN)',
    date: 'January 2021',
  },
  principles: [
    { id: 'trust', name: 'Trust', definition: 'Feeling safe and having confidence in relationships and outcomes.' },
    { id: 'diversity', name: 'Diversity', definition: 'Different and varied life elements and characteristics.' },
    { id: 'equality', name: 'Equality', definition: 'Having equal value and power.' },
    { id: 'hope', name: 'Hope', definition: 'Feeling you can achieve what can be had.' },
    { id: 'solidarity', name: 'Solidarity', definition: 'Community and unity of feelings and interests.' },
    { id: 'mutual-benefit', name: 'Mutual Benefit', definition: 'Sharing and exchanging things and feelings.' },
    { id: 'empathy', name: 'Empathy', definition: 'Understanding and sharing the feelings of another.' },
    { id: 'self-determination', name: 'Self-determination', definition: 'Living the life you want to live.' },
    { id: 'commonality', name: 'Commonality', definition: 'Shared beliefs, ideals and goals.' },
  ],
};
