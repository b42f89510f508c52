import { css } from 'lit';
import { crisisStyles } from '../../parts/crisis-block/crisis-block.styles.js';
import { serviceViewStyles } from '../../parts/service-view/service-view.styles.js';
import { baseStyles } from '../../shared/base-styles.js';
import { themeStyles } from '../../shared/theme-styles.js';

const ownStyles = css`
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
  input[type='text'],
  input[type='number'],
  select {
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
  .results-heading {
    display: block;
    font-weight: bold;
    font-size: 1.125em;
    margin: 0 0 0.5em;
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
  .updated {
    color: var(--peer-support-color-muted, #4c6272);
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
  /* What matters to the person ranks, never filters: set apart from the filters above it. */
  .preferences {
    margin-top: 1em;
    padding-top: 0.75em;
    border-top: 0.0625em solid var(--peer-support-color-border, #d8dde0);
  }
  .preferences > * + * {
    margin-top: 0.5em;
  }
  .preferences .panel-heading {
    margin: 0;
  }
  /* The keepers' featured filters: one-press choices above the results, wrapping on a phone. */
  .featured {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 1em;
  }
  .featured-label {
    font-weight: bold;
  }
  /* Chosen: filled, and marked with a tick, so it is not told by colour alone. */
  .chip[aria-pressed='true'],
  .chip[aria-pressed='true']:hover {
    background: var(--peer-support-color-link, #005eb8);
    color: var(--peer-support-color-card, #fff);
  }
  .chip[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  /* "Near you": a place to type, or where the person is, set apart within its group. */
  .near[open] {
    padding-bottom: 0.75em;
    border-bottom: 0.0625em solid var(--peer-support-color-border, #d8dde0);
  }
  .near-body > * + * {
    margin-top: 0.5em;
  }
  .near label {
    display: block;
    font-weight: bold;
  }
  .near-row {
    display: flex;
    gap: 0.5em;
  }
  /* No width of its own: a text box's default width would set the panel's least width. */
  .near-row input {
    flex: 1;
    width: 0;
    min-width: 0;
  }
  .near-options select {
    display: block;
    max-width: 100%;
  }
  .near-note:empty {
    margin: 0;
  }
  .show-results {
    width: 100%;
    margin-top: 0.75em;
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
  /* On touch screens (and any phone-sized window) every control is at least 44 by 44 CSS px, or
     more with a larger text size: never less because a page shrinks its root font size. */
  @media (pointer: coarse), (max-width: 40em) {
    button,
    .group summary,
    .check,
    .skip-link:focus {
      min-height: max(44px, 2.75em);
      min-width: max(44px, 2.75em);
    }
    .group summary,
    .check {
      display: flex;
      align-items: center;
    }
  }
  @media (forced-colors: active) {
    .filters {
      border: 0.0625em solid CanvasText;
    }
    .skeleton .card {
      animation: none;
    }
  }
`;

export const directoryStyles = [baseStyles, themeStyles, crisisStyles, serviceViewStyles, ownStyles];
