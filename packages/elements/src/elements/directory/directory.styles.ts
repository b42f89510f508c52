import { css } from 'lit';

export const directoryStyles = css`
  :host([theme='contrast']) {
    --peer-support-color-text: #000;
    --peer-support-color-muted: #1d1d1b;
    --peer-support-color-accent: #000;
    --peer-support-color-link: #00338d;
    --peer-support-color-button: #000;
    --peer-support-color-button-hover: #333;
    --peer-support-color-border: #000;
    --peer-support-color-surface: #fff;
    --peer-support-color-crisis: #000;
  }
  :host([theme='calm']) {
    --peer-support-color-accent: #00665c;
    --peer-support-color-link: #00665c;
    --peer-support-color-button: #00665c;
    --peer-support-color-button-hover: #004d45;
    --peer-support-color-surface: #eef6f4;
    --peer-support-color-border: #b8d8d2;
    --peer-support-radius: 0.75em;
  }
  .base {
    container-type: inline-size;
  }
  .search {
    margin-bottom: 1em;
  }
  .search label,
  .age label {
    display: block;
    font-weight: bold;
    font-size: 1.125em;
  }
  .hint {
    display: block;
    color: var(--peer-support-color-muted, #4c6272);
    margin-bottom: 0.25em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  input[type='search'],
  input[type='number'] {
    font: inherit;
    color: inherit;
    background: var(--peer-support-color-card, #fff);
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 0.125em solid var(--peer-support-color-text, #1d1d1b);
    border-radius: 0;
  }
  input[type='search'] {
    flex: 1;
    min-width: 0;
  }
  input[type='number'] {
    width: 5em;
  }
  button.secondary {
    background: var(--peer-support-color-card, #fff);
    color: var(--peer-support-color-link, #005eb8);
    border-color: currentColor;
  }
  button.secondary:hover {
    background: var(--peer-support-color-surface, #f0f4f5);
  }
  .layout {
    display: grid;
    gap: 1em;
  }
  .filters-toggle {
    width: 100%;
  }
  .filters {
    padding: 0.75em;
    border: 0.0625em solid var(--peer-support-color-border, #d8dde0);
    border-radius: var(--peer-support-radius, 0.25em);
    background: var(--peer-support-color-surface, #f0f4f5);
  }
  .filters > * + * {
    margin-top: 0.5em;
  }
  .panel-heading,
  .results-heading,
  .detail-heading {
    display: block;
    font-weight: bold;
    font-size: 1.125em;
    margin-bottom: 0.5em;
  }
  .group summary {
    font-weight: bold;
    cursor: pointer;
    min-height: 2em;
    padding: 0.25em 0;
  }
  .group fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.2em 0;
    cursor: pointer;
  }
  .check input {
    font-size: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--peer-support-color-accent, #005eb8);
  }
  .count,
  .card-org,
  .card-area,
  .updated {
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
  .card-note {
    font-style: italic;
  }
  .skip-link {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    display: inline-block;
    margin-top: 0.5em;
    padding: 0.5em;
    min-height: 2.75em;
  }
  .no-results-title {
    font-size: 1.125em;
  }
  .widen-heading {
    display: block;
    font-weight: bold;
    margin: 1em 0 0.5em;
  }
  .no-results .crisis {
    margin-top: 1em;
  }
  /* On a phone the open panel scrolls within itself, so "Show N services" is always in sight. */
  .filter-groups {
    max-height: min(60vh, 40em);
    overflow-y: auto;
  }
  .filter-groups > * + * {
    margin-top: 0.5em;
  }
  .show-results {
    width: 100%;
    margin-top: 0.75em;
  }
  .card-when,
  .card-shared {
    font-weight: bold;
  }
  mark {
    background: var(--peer-support-color-highlight, #fff3b0);
    color: inherit;
  }
  .badges,
  .chips {
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
  .skeleton .card {
    height: 7em;
    background: var(--peer-support-color-surface, #f0f4f5);
    animation: pulse 1.5s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(14em, 1fr) 2.5fr;
      align-items: start;
    }
    .filters-toggle,
    .show-results {
      display: none;
    }
    .filters[hidden] {
      display: block;
    }
    .filter-groups {
      max-height: none;
      overflow: visible;
    }
  }
  /* On touch screens (and any phone-sized window) every control is at least 44 by 44 CSS px. */
  @media (pointer: coarse), (max-width: 40em) {
    button,
    .group summary,
    .check,
    .contact-links a,
    .skip-link:focus {
      min-height: 2.75rem;
      min-width: 2.75rem;
    }
    .group summary,
    .check {
      display: flex;
      align-items: center;
    }
  }
  @media (forced-colors: active) {
    .card,
    .filters,
    .badge,
    .notice {
      border: 0.0625em solid CanvasText;
    }
    mark {
      background: Highlight;
      color: HighlightText;
    }
    .skeleton .card {
      animation: none;
    }
  }
`;
