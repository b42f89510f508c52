import { css } from 'lit';

/**
 * Styles every element shares. The partner's page controls the host element (its own `*` or
 * `div` rules beat `:host`), and inherited properties (colour, font, spacing, white space, list
 * style, text shadow…) flow in from it. So the inner `.base` wrapper starts from `all: initial`,
 * which page styles cannot reach, and sets what the elements need. Custom properties still
 * inherit: hosts theme with the `--peer-support-*` tokens, which components only read. Sizes are
 * in `em`; `medium` is the reader's own default size, whatever the page does to its root size.
 */
export const baseStyles = css`
  /* A page that floats every element, or lays ours out inline-block, would shrink it to its
     content (or to nothing, for the directory, whose layout follows its own width): the host
     takes the width it has room for, as the block it is meant to be does. */
  :host {
    display: block;
    width: -webkit-fill-available;
    width: -moz-available;
    width: stretch;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    display: block;
    box-sizing: border-box;
    direction: ltr;
    font-family: var(
      --peer-support-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      Arial,
      sans-serif
    );
    font-size: var(--peer-support-font-size, medium);
    font-weight: normal;
    font-style: normal;
    line-height: var(--peer-support-line-height, 1.5);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    color: var(--peer-support-color-text, #1d1d1b);
    background: var(--peer-support-color-background, transparent);
  }
  :host([dir='rtl']) .base {
    direction: rtl;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--peer-support-heading-font-family, inherit);
    color: var(--peer-support-color-heading, inherit);
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--peer-support-color-link, #005eb8);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--peer-support-color-link-hover, #003087);
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 0.1875em solid var(--peer-support-focus-color, #1d1d1b);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.125em var(--peer-support-focus-halo, #ffeb3b);
  }
  button {
    font: inherit;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 0.125em solid var(--peer-support-color-accent, #005eb8);
    border-radius: var(--peer-support-radius, 0.25em);
    background: var(--peer-support-color-button, #005eb8);
    color: var(--peer-support-color-button-text, #fff);
    cursor: pointer;
  }
  button:hover {
    background: var(--peer-support-color-button-hover, #003087);
  }
  .message {
    padding: 1em;
    border-inline-start: 0.3em solid var(--peer-support-color-accent, #005eb8);
    background: var(--peer-support-color-surface, #f0f4f5);
  }
  .message > :last-child {
    margin-bottom: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .message {
      border: 0.0625em solid CanvasText;
    }
  }
`;
