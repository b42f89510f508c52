import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Directory, Service } from '@peer-support-kit/core';
import { baseStyles } from '../../shared/base-styles.js';
import { crisisStyles, renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { DirectoryElement, type LoadStrings } from '../../controllers/directory-controller.js';
import { PeerSupportErrorEvent } from '../../shared/events.js';
import { headingLevel } from '../../shared/heading.js';
import { nearestLang } from '../../shared/i18n.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { ContactEvent } from '../../shared/service-events.js';
import { defaultDirectoryStrings, type DirectoryStrings } from '../directory/directory.strings.js';
import { directoryStyles } from '../directory/directory.styles.js';
import { VERSION } from '../../version.js';
import { renderDetails } from '../../parts/service-view/service-details.js';

/**
 * One service from a published directory, with everything it has, for that organisation's own
 * page: the same words and checks as the directory shows.
 *
 * @summary One peer support service's details.
 *
 * @attr src - Address of the published directory JSON.
 * @attr service-id - The service's id in the directory.
 * @attr heading-level - Level of the service's name, 2 to 5 (default 2).
 * @attr crisis - `top`, `bottom` or `none` (the default): where crisis help goes.
 *
 * @fires peer-support-contact - A contact link was used; `detail.serviceId`, `detail.channel`.
 * @fires peer-support-error - The directory could not be loaded, or has no such service.
 *
 * @csspart base - Everything the element shows.
 * @csspart details - The service's details.
 * @csspart notice - A notice (closed, not reviewed for a year).
 * @csspart message - A loading or error message.
 */
export class PeerSupportService extends DirectoryElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, crisisStyles, directoryStyles];
  static override properties = {
    ...DirectoryElement.properties,
    serviceId: { type: String, attribute: 'service-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    crisis: { type: String },
  };

  declare serviceId: string | undefined;
  declare headingLevel: number;
  declare crisis: 'top' | 'bottom' | 'none';
  /** Overrides for any visible string; see `DirectoryStrings`. */
  declare strings: Partial<DirectoryStrings>;

  constructor() {
    super();
    this.headingLevel = 2;
    this.crisis = 'none';
    this.strings = {};
  }

  protected override get loadStrings(): LoadStrings {
    return this.#strings;
  }

  get #strings(): DirectoryStrings {
    return mergeStrings(defaultDirectoryStrings, this.strings);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const load = this.load;
    if ((changed.has('load') || changed.has('serviceId')) && load.kind === 'ready' && !this.#find(load.directory)) {
      const detail = `No service in ${this.src} has the id "${this.serviceId ?? ''}".`;
      console.error(`<peer-support-service>: ${detail}`);
      this.dispatchEvent(new PeerSupportErrorEvent({ message: detail, problems: [] }));
    }
  }

  #find(directory: Directory): Service | undefined {
    return directory.services.find((service) => service.id === this.serviceId);
  }

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const level = headingLevel(this.headingLevel, 5);
    const crisis = renderCrisisHelp(strings, level);
    return html`<div part="base" class="base">
      ${this.crisis === 'top' ? crisis : nothing}
      ${this.renderLoad(({ directory }) => {
        const service = this.#find(directory);
        if (!service) return html`<p part="message" class="message">${strings.serviceNotFound}</p>`;
        return html`<article part="details" class="details" aria-labelledby="title">
          <span id="title" class="detail-title" role="heading" aria-level=${level}>${service.name}</span>
          ${renderDetails(service, {
            strings,
            locale: nearestLang(this),
            now: this.clock(),
            directory,
            headingLevel: level,
            onContact: (s, channel) => this.dispatchEvent(new ContactEvent({ serviceId: s.id, channel })),
          })}
        </article>`;
      })}
      ${this.crisis === 'bottom' ? crisis : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-service': PeerSupportService;
  }
}
