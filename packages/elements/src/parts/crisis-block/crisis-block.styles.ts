import { css } from 'lit';

export const crisisStyles = css`
  .crisis {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 0.125em solid var(--peer-support-color-crisis, #8a1538);
    border-inline-start-width: 0.5em;
    border-radius: var(--peer-support-radius, 0.25em);
    background: var(--peer-support-color-crisis-background, #fff);
  }
  .crisis-heading {
    display: block;
    font-weight: bold;
    font-size: 1.125em;
    margin: 0 0 0.25em;
  }
  .crisis ul {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .crisis li {
    margin: 0.25em 0;
  }
  .crisis a {
    font-weight: bold;
    display: inline-block;
    min-height: 1.5em;
  }
  /* On touch screens each number is a thumb-sized target of its own line. */
  @media (pointer: coarse), (max-width: 40em) {
    .crisis a {
      display: flex;
      align-items: center;
      min-height: max(44px, 2.75em);
      min-width: max(44px, 2.75em);
    }
  }
  .crisis-note {
    margin: 0;
    font-size: 0.875em;
    color: var(--peer-support-color-muted, #4c6272);
  }
`;
