import { html, nothing, type TemplateResult } from 'lit';

/** The strings every element that loads a file needs while loading and on failing. */
export interface LoadStrings {
  loading: string;
  loadFailed: string;
  invalidFile: string;
  /** The address leads to something else: a web page, or JSON that is no directory. */
  notDirectory: string;
  /** Loading failed after some services were shown: they stay, with this and "Try again". */
  incomplete: string;
  retry: string;
}

/** Said while a directory loads, or when it cannot: each element may say what it loads instead. */
export const defaultLoadStrings: LoadStrings = {
  loading: 'Loading peer support services…',
  loadFailed: 'The list of services could not be loaded. Check your connection and try again.',
  invalidFile: 'The list of services could not be shown because its file has a problem.',
  notDirectory: 'The list of services could not be shown: its address does not lead to a list of services.',
  incomplete: 'This list is incomplete: the rest of the services could not be loaded. Check your connection and try again.',
  retry: 'Try again',
};

/** What is shown until the content is ready: "Loading…", or what went wrong with a way to retry. */
export type LoadMessage = { readonly kind: 'loading' } | { readonly kind: 'error'; readonly message: string; readonly canRetry: boolean };

/**
 * The loading or error message, in the `message` part; `retry` runs when "Try again" is pressed.
 * `live`: the message is a status region of its own (for an element with no other).
 */
export function renderLoadMessage(
  state: LoadMessage,
  strings: Pick<LoadStrings, 'loading' | 'retry'>,
  retry: () => void,
  live = false,
): TemplateResult {
  const role = live ? 'status' : nothing;
  if (state.kind === 'loading') return html`<p part="message" class="message loading" role=${role}>${strings.loading}</p>`;
  return html`<div part="message" class="message" role=${role}>
    <p>${state.message}</p>
    ${state.canRetry ? html`<p><button part="retry" type="button" @click=${retry}>${strings.retry}</button></p>` : nothing}
  </div>`;
}
