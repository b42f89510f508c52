import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { getCharterSummary, vocabularies, type Directory } from '@peer-support-kit/core';
import { DirectoryController } from '../../controllers/directory-controller.js';
import { renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { termLabel } from '../../parts/service-view/service-context.js';
import { format } from '../../shared/fill.js';
import { headingLevel, headingTag } from '../../shared/heading.js';
import { nearestLang, plural } from '../../shared/i18n.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { VERSION } from '../../version.js';
import { defaultSignatoriesStrings, type SignatoriesStrings } from './signatories.strings.js';
import { signatoriesStyles } from './signatories.styles.js';
import { listOf } from '../../shared/bidi.js';
import { keepMediaFresh } from '../../controllers/fresh-media.js';

interface Signatory {
  readonly name: string;
  readonly website: string | undefined;
  readonly kind: string;
  readonly active: boolean;
  readonly services: string[];
}

/** The organisations whose services have signed a charter: active partners first, then by name. */
export function signatoriesOf(directory: Directory, charter: string): Signatory[] {
  const byOrganisation = new Map<string, Signatory>();
  for (const service of directory.services) {
    if (!service.charters.includes(charter)) continue;
    const org = service.organisation;
    const key = org.id ?? org.name;
    const known = byOrganisation.get(key);
    if (known) {
      known.services.push(service.name);
      byOrganisation.set(key, { ...known, active: known.active || service.activePartner, website: known.website ?? org.website });
    } else {
      byOrganisation.set(key, {
        name: org.name,
        website: org.website,
        kind: org.kind,
        active: service.activePartner,
        services: [service.name],
      });
    }
  }
  return [...byOrganisation.values()].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

/**
 * Who has signed a charter, from the directory: the partnership's shop window.
 *
 * @summary The organisations that have signed a charter.
 *
 * @attr src - Address of the published directory JSON.
 * @attr charter - The charter's id, such as `sussex-pwow`.
 * @attr heading-level - Level of its heading, 2 to 6 (default 2).
 *
 * @fires peer-support-error - The directory could not be loaded or read.
 *
 * @slot - What to show when the element cannot show its own content: before the script runs, if
 *   it never does, while loading and if loading fails (the docs' snippet puts crisis help and a
 *   link to the static listing here).
 * @csspart fallback - The box around that content, while the element shows it.
 * @csspart base - Everything the element shows.
 * @csspart list - The list of organisations.
 * @csspart message - A loading or error message.
 */
export class PeerSupportSignatories extends LitElement {
  static readonly version = VERSION;
  static override styles = signatoriesStyles;
  static override properties = {
    src: { type: String },
    strings: { attribute: false },
    charter: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare src: string | undefined;
  declare charter: string | undefined;
  declare headingLevel: number;
  /** Overrides for any visible string; see `SignatoriesStrings`. */
  declare strings: Partial<SignatoriesStrings>;

  constructor() {
    super();
    keepMediaFresh(this);
    this.headingLevel = 2;
    this.strings = {};
  }

  readonly #directory = new DirectoryController(this, {
    strings: () => this.#strings,
    crisisOnError: () => renderCrisisHelp(this.#strings, headingLevel(this.headingLevel, 6)),
  });

  /** Loads the directory again, to pick up a newly published file. */
  reload(): void {
    this.#directory.reload();
  }

  get #strings(): SignatoriesStrings {
    return mergeStrings(defaultSignatoriesStrings, this.strings);
  }

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const level = headingLevel(this.headingLevel, 6);
    const locale = nearestLang(this);
    return html`<div part="base" class="base">
      ${this.#directory.render(({ directory }) => {
        if (!this.charter) return html`<p part="message" class="message">${strings.noCharter}</p>`;
        const charter = getCharterSummary(this.charter);
        const title = charter?.title ?? this.charter;
        const list = signatoriesOf(directory, this.charter);
        // The directory lists services, not every signatory: where the charter's source counts
        // them, say how many signed in all and how many are active partners, as it does.
        const counted = charter?.signatories;
        const tag = headingTag(level);
        return html`${staticHtml`<${tag} class="heading">${format(strings.heading, { charter: title })}</${tag}>`}
          ${
            counted
              ? html`<p class="counted">${format(strings.signedInAll, { signed: counted.signed, active: counted.activePartners ?? '', date: counted.date })}</p>`
              : nothing
          }
          ${
            list.length === 0
              ? html`<p>${strings.none}</p>`
              : html`<p>${plural(counted ? strings.listedHere : strings.count, list.length, locale)}</p>
                <ul part="list" class="list" role="list">
                  ${list.map(
                    (org) => html`<li>
                      ${org.website ? html`<a class="name" href=${org.website} rel="noopener noreferrer">${org.name}</a>` : html`<span class="name">${org.name}</span>`}
                      ${org.active ? html`<span class="badge">${strings.activePartner}</span>` : nothing}
                      <span class="meta">${termLabel(strings, vocabularies.organisationKind, org.kind)} · ${listOf(org.services)}</span>
                    </li>`,
                  )}
                </ul>`
          }`;
      })}
    </div>`;
  }
}
