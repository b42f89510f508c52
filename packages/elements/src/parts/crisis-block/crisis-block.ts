import { html, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../shared/heading.js';
import type { CrisisStrings } from './crisis-block.strings.js';

/** "If you need help now" with its routes, its heading at `headingLevel`. */
export function renderCrisisHelp(strings: CrisisStrings, headingLevel: number): TemplateResult {
  const tag = headingTag(headingLevel);
  const heading = staticHtml`<${tag} class="crisis-heading">${strings.crisisHeading}</${tag}>`;
  return html`<aside part="crisis" class="crisis" aria-label=${strings.crisisHeading}>
    ${heading}
    <ul role="list">
      ${strings.crisisRoutes.map((route) => html`<li>${route.text} <a href=${route.href}>${route.link}</a></li>`)}
    </ul>
    <p class="crisis-note">${strings.crisisNote}</p>
  </aside>`;
}
