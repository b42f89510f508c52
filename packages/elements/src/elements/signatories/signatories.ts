import { css, html, nothing, type TemplateResult } from 'lit';
import { charters, vocabularies, type Directory } from '@peer-support-kit/core';
import { baseStyles } from '../../shared/base-styles.js';
import { DirectoryElement, type LoadStrings } from '../../controllers/directory-controller.js';
import { format } from '../../shared/fill.js';
import { headingLevel } from '../../shared/heading.js';
import { nearestLang, plural, type Plural } from '../../shared/i18n.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { termLabel } from '../../parts/service-view/service-context.js';
import { defaultDirectoryStrings } from '../directory/directory.strings.js';
import { VERSION } from '../../version.js';

export interface SignatoriesStrings extends LoadStrings {
  heading: string;
  count: Plural;
  /** From the charter's source: `%{signed}` organisations signed, `%{active}` are active partners, as of `%{date}`. */
  signedInAll: string;
  /** Before the list, when the charter's source counts its signatories: who of them this directory lists. */
  listedHere: Plural;
  activePartner: string;
  none: string;
  noCharter: string;
  terms: Record<string, string>;
}

export const defaultSignatoriesStrings: SignatoriesStrings = {
  loading: 'Loading the list of signatories…',
  loadFailed: defaultDirectoryStrings.loadFailed,
  invalidFile: defaultDirectoryStrings.invalidFile,
  retry: defaultDirectoryStrings.retry,
  heading: 'Organisations that have signed the %{charter}',
  count: { one: '%{count} organisation', other: '%{count} organisations' },
  signedInAll: '%{signed} organisations signed the charter; %{active} of them were active partners in its working group in %{date}.',
  listedHere: { one: 'This directory lists %{count} of them:', other: 'This directory lists %{count} of them:' },
  activePartner: 'Active partner',
  none: 'No organisation in this directory has signed this charter yet.',
  noCharter: 'No charter was chosen: set the charter attribute.',
  terms: {},
};

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
      byOrganisation.set(key, { name: org.name, website: org.website, kind: org.kind, active: service.activePartner, services: [service.name] });
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
 * @csspart base - Everything the element shows.
 * @csspart list - The list of organisations.
 * @csspart message - A loading or error message.
 */
export class PeerSupportSignatories extends DirectoryElement {
  static readonly version = VERSION;
  static override styles = [
    baseStyles,
    css`
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
        margin-bottom: 0.5em;
      }
    `,
  ];
  static override properties = {
    ...DirectoryElement.properties,
    charter: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare charter: string | undefined;
  declare headingLevel: number;
  /** Overrides for any visible string; see `SignatoriesStrings`. */
  declare strings: Partial<SignatoriesStrings>;

  constructor() {
    super();
    this.headingLevel = 2;
    this.strings = {};
  }

  protected override get loadStrings(): SignatoriesStrings {
    return mergeStrings(defaultSignatoriesStrings, this.strings);
  }

  protected override render(): TemplateResult {
    const strings = this.loadStrings;
    const level = headingLevel(this.headingLevel, 6);
    const locale = nearestLang(this);
    return html`<div part="base" class="base">
      ${this.renderLoad(({ directory }) => {
        if (!this.charter) return html`<p part="message" class="message">${strings.noCharter}</p>`;
        const charter = charters.find((c) => c.id === this.charter);
        const title = charter?.title ?? this.charter;
        const list = signatoriesOf(directory, this.charter);
        // The directory lists services, not every signatory: where the charter's source counts
        // them, say how many signed in all and how many are active partners, as it does.
        const counted = charter?.signatories;
        return html`<span class="heading" role="heading" aria-level=${level}>${format(strings.heading, { charter: title })}</span>
          ${counted
            ? html`<p class="counted">${format(strings.signedInAll, { signed: counted.signed, active: counted.activePartners ?? '', date: counted.date })}</p>`
            : nothing}
          ${list.length === 0
            ? html`<p>${strings.none}</p>`
            : html`<p>${plural(counted ? strings.listedHere : strings.count, list.length, locale)}</p>
                <ul part="list" class="list" role="list">
                  ${list.map(
                    (org) => html`<li>
                      ${org.website ? html`<a class="name" href=${org.website} rel="noopener noreferrer">${org.name}</a>` : html`<span class="name">${org.name}</span>`}
                      ${org.active ? html`<span class="badge">${strings.activePartner}</span>` : nothing}
                      <span class="meta">${termLabel(strings, vocabularies.organisationKind, org.kind)} · ${org.services.join(', ')}</span>
                    </li>`,
                  )}
                </ul>`}`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-signatories': PeerSupportSignatories;
  }
}
