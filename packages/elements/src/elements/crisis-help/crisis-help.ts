import { LitElement, html, type TemplateResult } from 'lit';
import { baseStyles } from '../../shared/base-styles.js';
import { headingLevel } from '../../shared/heading.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { crisisStyles, defaultCrisisStrings, renderCrisisHelp, type CrisisStrings } from '../../parts/crisis-block/crisis-block.js';
import { VERSION } from '../../version.js';

/**
 * "If you need help now" on its own: the same urgent routes the directory shows (NHS 111's mental
 * health option, 999 or A&E, Samaritans, Shout). Outside England, replace them with `strings`.
 *
 * @summary Urgent mental health help, for any page.
 * @attr heading-level - Level of its heading, 2 to 6 (default 2).
 * @csspart crisis - The block.
 * @cssproperty --peer-support-color-crisis - Its border colour.
 */
export class PeerSupportCrisisHelp extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, crisisStyles];
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
  };

  declare headingLevel: number;
  /** Overrides for the heading, the routes or the note; see `CrisisStrings`. */
  declare strings: Partial<CrisisStrings>;

  constructor() {
    super();
    this.headingLevel = 2;
    this.strings = {};
  }

  protected override render(): TemplateResult {
    return html`<div class="base">${renderCrisisHelp(mergeStrings(defaultCrisisStrings, this.strings), headingLevel(this.headingLevel, 6))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-crisis-help': PeerSupportCrisisHelp;
  }
}
