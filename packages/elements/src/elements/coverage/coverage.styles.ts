import { css } from 'lit';
import { crisisStyles } from '../../parts/crisis-block/crisis-block.styles.js';
import { baseStyles } from '../../shared/base-styles.js';

const ownStyles = css`
  .heading {
    display: block;
    font-size: 1.25em;
    font-weight: bold;
    margin: 0.5em 0;
  }
  .switch {
    border: 0;
    padding: 0;
    margin: 0 0 1em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .switch legend {
    font-weight: bold;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .switch label {
    display: flex;
    align-items: center;
    gap: 0.375em;
    min-height: 2em;
    cursor: pointer;
  }
  .switch input {
    font-size: inherit;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--peer-support-color-accent, #005eb8);
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border: 0.0625em solid var(--peer-support-color-border, #d8dde0);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--peer-support-color-surface, #f0f4f5);
  }
  .depth-1 {
    padding-inline-start: 1.5em;
  }
  .depth-2,
  .depth-3 {
    padding-inline-start: 2.5em;
    font-weight: normal;
  }
  td {
    font-weight: bold;
    min-width: 4em;
  }
  .partial {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
  }
  /* The scale: text carries the meaning ("None", the counts), colour only repeats it. */
  .level-0 {
    background: var(--peer-support-color-gap, #fbe3e7);
    color: var(--peer-support-color-gap-text, #6b0f2a);
  }
  .level-1 {
    background: #e8f1f8;
  }
  .level-2 {
    background: #c6dcef;
  }
  .level-3 {
    background: #9ec5e8;
  }
  .legend {
    font-size: 0.875em;
    color: var(--peer-support-color-muted, #4c6272);
  }
  .gaps {
    padding-inline-start: 1.25em;
  }
  .scroll:focus-visible {
    outline: 0.1875em solid var(--peer-support-focus-color, #1d1d1b);
    outline-offset: 0.125em;
  }
  @media (forced-colors: active) {
    /* Background colours are replaced by the reader's own: mark gaps and the scale with borders. */
    .level-0 {
      border: 0.25em double CanvasText;
      font-style: italic;
    }
    .level-2 {
      border-width: 0.125em;
    }
    .level-3 {
      border-width: 0.25em;
    }
  }
`;

export const coverageStyles = [baseStyles, crisisStyles, ownStyles];
