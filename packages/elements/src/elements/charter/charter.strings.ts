/** Every visible string of `<peer-support-charter>`; set the `strings` property to override any. */
export interface CharterStrings {
  /** Shown while a charter file loads. */
  loading: string;
  /** Above the charter's own definition of peer support. */
  definitionHeading: string;
  /** The accessible name of the list of principles. */
  principlesLabel: string;
  /** Before the source document. */
  sourceLabel: string;
  /** The link to the charter's own page. */
  readCharter: string;
  /** In the compact layout, the disclosure that shows a principle's full text. */
  readPrinciple: string;
  /** `%{id}` is the attribute's value. */
  unknownCharter: string;
  noCharter: string;
  loadFailed: string;
  invalidCharter: string;
  retry: string;
}

export const defaultCharterStrings: CharterStrings = {
  loading: 'Loading the charter…',
  definitionHeading: 'What this charter means by peer support',
  principlesLabel: 'Principles',
  sourceLabel: 'Source:',
  readCharter: 'Read the charter',
  readPrinciple: 'Read more',
  unknownCharter: 'This charter cannot be shown: there is no charter called “%{id}”.',
  noCharter: 'No charter was chosen for this space.',
  loadFailed: 'The charter could not be loaded. Check your connection and try again.',
  invalidCharter: 'This charter cannot be shown because its file has mistakes in it.',
  retry: 'Try again',
};
