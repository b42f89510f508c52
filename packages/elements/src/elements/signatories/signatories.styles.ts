import { css } from 'lit';
import { crisisStyles } from '../../parts/crisis-block/crisis-block.styles.js';
import { baseStyles } from '../../shared/base-styles.js';

const ownStyles = css`
  .list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .list li {
    padding: 0.5em 0;
    border-bottom: 0.0625em solid var(--peer-support-color-border, #d8dde0);
  }
  .name {
    font-weight: bold;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    font-size: 0.875em;
    border-radius: 1em;
    border: 0.0625em solid var(--peer-support-color-accent, #005eb8);
  }
  .meta {
    display: block;
    color: var(--peer-support-color-muted, #4c6272);
  }
  .heading {
    display: block;
    font-size: 1.25em;
    font-weight: bold;
    margin: 0 0 0.5em;
  }
`;

export const signatoriesStyles = [baseStyles, crisisStyles, ownStyles];
