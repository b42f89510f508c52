import { defaultCrisisStrings, type CrisisStrings } from '../../parts/crisis-block/crisis-block.strings.js';
import { defaultLoadStrings, type LoadStrings } from '../../parts/load-message/load-message.js';
import type { Plural } from '../../shared/i18n.js';

/** Every visible string of `<peer-support-signatories>`; set `strings` to override any. */
export interface SignatoriesStrings extends LoadStrings, CrisisStrings {
  heading: string;
  count: Plural;
  /** From the charter's source: `%{signed}` organisations signed, `%{active}` are active partners, as of `%{date}`. */
  signedInAll: string;
  /** Before the list, when the charter's source counts its signatories: who of them this directory lists. */
  listedHere: Plural;
  activePartner: string;
  none: string;
  noCharter: string;
  terms: Record<string, string>;
}

export const defaultSignatoriesStrings: SignatoriesStrings = {
  ...defaultCrisisStrings,
  loading: 'Loading the list of signatories…',
  loadFailed: defaultLoadStrings.loadFailed,
  invalidFile: defaultLoadStrings.invalidFile,
  notDirectory: defaultLoadStrings.notDirectory,
  incomplete: defaultLoadStrings.incomplete,
  retry: defaultLoadStrings.retry,
  heading: 'Organisations that have signed the %{charter}',
  count: { one: '%{count} organisation', other: '%{count} organisations' },
  signedInAll: '%{signed} organisations signed the charter; %{active} of them were active partners in its working group in %{date}.',
  listedHere: { one: 'This directory lists %{count} of them:', other: 'This directory lists %{count} of them:' },
  activePartner: 'Active partner',
  none: 'No organisation in this directory has signed this charter yet.',
  noCharter: 'No charter was chosen: set the charter attribute.',
  terms: {},
};
