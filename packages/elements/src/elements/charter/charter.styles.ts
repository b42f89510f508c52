import { css } from 'lit';
import { baseStyles } from '../../shared/base-styles.js';

const ownStyles = css`
  .header {
    margin-bottom: 1em;
  }
  .title {
    font-size: 1.5em;
  }
  .publisher {
    color: var(--peer-support-color-muted, #4c6272);
  }
  .definition {
    margin: 0 0 1.5em;
    padding: 0.75em 1em;
    border-inline-start: 0.3em solid var(--peer-support-color-accent, #005eb8);
    background: var(--peer-support-color-surface, #f0f4f5);
  }
  .definition-heading {
    font-weight: bold;
    margin-bottom: 0.25em;
  }
  .definition blockquote {
    margin: 0;
    font-style: italic;
  }
  .principles {
    list-style: none;
    margin: 0 0 1.5em;
    padding: 0;
  }
  .principle-name {
    font-size: 1.125em;
    margin-bottom: 0.25em;
  }
  .number {
    color: var(--peer-support-color-accent, #005eb8);
    margin-inline-end: 0.25em;
  }
  .principle p:last-child {
    margin-bottom: 0;
  }

  /* grid: cards that wrap to one column on a phone */
  .layout-grid .principles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 1em;
  }
  .layout-grid .principle {
    padding: 1em;
    border: 0.0625em solid var(--peer-support-color-border, #d8dde0);
    border-top: 0.25em solid var(--peer-support-color-accent, #005eb8);
    border-radius: var(--peer-support-radius, 0.25em);
    background: var(--peer-support-color-card, #fff);
  }

  /* list: one principle after another, for reading through */
  .layout-list .principle {
    padding: 0.75em 0;
    border-bottom: 0.0625em solid var(--peer-support-color-border, #d8dde0);
  }

  /* compact: names and one-line definitions; long texts behind a disclosure */
  .layout-compact .title {
    font-size: 1.25em;
  }
  .layout-compact .principle {
    padding: 0.25em 0;
  }
  .layout-compact .principle-name {
    display: inline;
    font-size: 1em;
  }
  .layout-compact .principle-name::after {
    content: ' – ';
    font-weight: normal;
  }
  .layout-compact .principle-name:last-child::after {
    content: none;
  }
  .layout-compact .principle-definition {
    display: inline;
  }
  .layout-compact details {
    display: inline;
  }
  .layout-compact summary {
    display: inline-block;
    min-height: 1.5em;
    cursor: pointer;
    color: var(--peer-support-color-link, #005eb8);
    text-decoration: underline;
  }

  .source {
    font-size: 0.875em;
    color: var(--peer-support-color-muted, #4c6272);
  }
  .loading {
    color: var(--peer-support-color-muted, #4c6272);
  }

  @media (forced-colors: active) {
    .layout-grid .principle,
    .definition {
      border: 0.0625em solid CanvasText;
    }
  }
`;

export const charterStyles = [baseStyles, ownStyles];
