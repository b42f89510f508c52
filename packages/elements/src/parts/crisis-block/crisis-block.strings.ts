import { crisisHelp } from '@peer-support-kit/core';

/**
 * "If you need help now", shown by the directory in every state (before the data arrives, on
 * error) and by <peer-support-crisis-help> on its own. The words and numbers are core's
 * `crisisHelp`, the same as the fallback content and the static listing; hosts outside England
 * replace them through `strings`.
 */
export interface CrisisStrings {
  crisisHeading: string;
  /** Each route: its text, and the link's label and address. */
  crisisRoutes: ReadonlyArray<{ text: string; link: string; href: string }>;
  crisisNote: string;
}

export const defaultCrisisStrings: CrisisStrings = {
  crisisHeading: crisisHelp.heading,
  crisisRoutes: crisisHelp.routes,
  crisisNote: crisisHelp.note,
};
