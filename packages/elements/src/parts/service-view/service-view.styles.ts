import { css } from 'lit';

/** A service's card and details, wherever they are shown. */
export const serviceViewStyles = css`
  .detail-heading {
    display: block;
    font-weight: bold;
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }
  .card-org,
  .card-area {
    color: var(--peer-support-color-muted, #4c6272);
  }
  .cards {
    list-style: none;
    margin: 0 0 1em;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .card {
    /* Cards below the fold are not laid out or painted until scrolled to: a keystroke redraws
       twenty cards, and only a few are on screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 11em;
    padding: 1em;
    border: 0.0625em solid var(--peer-support-color-border, #d8dde0);
    border-inline-start: 0.3em solid var(--peer-support-color-accent, #005eb8);
    border-radius: var(--peer-support-radius, 0.25em);
    background: var(--peer-support-color-card, #fff);
  }
  .card > * {
    margin: 0 0 0.5em;
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  .card-title {
    display: block;
    font-size: 1.125em;
    font-weight: bold;
  }
  .card-open {
    all: unset;
    color: var(--peer-support-color-link, #005eb8);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-height: 1.5em;
    display: inline;
  }
  /* The whole card opens the service: the name's button is drawn over all of it. */
  .card {
    position: relative;
  }
  .card-open::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card:hover {
    border-color: var(--peer-support-color-accent, #005eb8);
  }
  .card:hover .card-open,
  .card .card-open:hover {
    background: none;
    text-decoration-thickness: 0.15em;
  }
  .card:has(.card-open:focus-visible) {
    outline: 0.1875em solid var(--peer-support-focus-color, #1d1d1b);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.3125em var(--peer-support-focus-halo, #ffeb3b);
  }
  .card-open:focus-visible {
    outline: none;
    background: var(--peer-support-focus-halo, #ffeb3b);
    color: var(--peer-support-focus-color, #1d1d1b);
  }
  .card-when,
  .card-shared {
    font-weight: bold;
  }
  mark {
    background: var(--peer-support-color-highlight, #fff3b0);
    color: inherit;
  }
  /* A row of badges, or of buttons (the ways wider when nothing matched). */
  .badges {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .badge {
    font-size: 0.875em;
    padding: 0.125em 0.5em;
    border-radius: 1em;
    background: var(--peer-support-color-surface, #f0f4f5);
    border: 0.0625em solid var(--peer-support-color-border, #d8dde0);
  }
  .notice {
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--peer-support-color-warning, #ffb81c);
    background: var(--peer-support-color-surface, #f0f4f5);
  }
  .notice > :last-child {
    margin-bottom: 0;
  }
  .details .detail-title {
    display: block;
    font-size: 1.5em;
    font-weight: bold;
    margin: 0.5em 0;
  }
  .detail-section {
    margin-top: 1.25em;
  }
  .detail-section ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .contact-links {
    padding: 0 !important;
    list-style: none;
  }
  .contact-links a {
    display: inline-block;
    min-height: 2.75em;
    padding: 0.5em 0;
    font-weight: bold;
  }
  .description {
    white-space: pre-line;
  }
  /* On touch screens every contact link is a thumb-sized target. */
  @media (pointer: coarse), (max-width: 40em) {
    .contact-links a {
      min-height: max(44px, 2.75em);
      min-width: max(44px, 2.75em);
    }
  }
  @media (forced-colors: active) {
    .card,
    .badge,
    .notice {
      border: 0.0625em solid CanvasText;
    }
    mark {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
