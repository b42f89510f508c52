import { css } from 'lit';

/**
 * The `theme` attribute's two themes: `contrast` (black on white, for low vision) and `calm`
 * (softer greens). Tokens a host sets on the page win over either.
 */
export const themeStyles = css`
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
`;
