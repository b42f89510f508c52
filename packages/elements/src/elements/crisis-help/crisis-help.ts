import { LitElement, html, type TemplateResult } from 'lit';
import { renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { headingLevel } from '../../shared/heading.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { VERSION } from '../../version.js';
import { defaultCrisisHelpStrings, type CrisisHelpStrings } from './crisis-help.strings.js';
import { crisisHelpStyles } from './crisis-help.styles.js';
import { keepMediaFresh } from '../../controllers/fresh-media.js';

/**
 * "If you need help now" on its own: the same urgent routes the directory shows (NHS 111's mental
 * health option, 999 or A&E, Samaritans, Shout). Outside England, replace them with `strings`.
 *
 * @summary Urgent mental health help, for any page.
 * @attr heading-level - Level of its heading, 2 to 6 (default 2).
 * @csspart crisis - The block.
 */
export class PeerSupportCrisisHelp extends LitElement {
  static readonly version = VERSION;
  static override styles = crisisHelpStyles;
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
  };

  declare headingLevel: number;
  /** Overrides for the heading, the routes or the note; see `CrisisStrings`. */
  declare strings: Partial<CrisisHelpStrings>;

  constructor() {
    super();
    keepMediaFresh(this);
    this.headingLevel = 2;
    this.strings = {};
  }

  protected override render(): TemplateResult {
    return html`<div class="base">${renderCrisisHelp(mergeStrings(defaultCrisisHelpStrings, this.strings), headingLevel(this.headingLevel, 6))}</div>`;
  }
}
