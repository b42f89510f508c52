import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Directory, Service } from '@peer-support-kit/core';
import { DirectoryController, type DirectoryLoad } from '../../controllers/directory-controller.js';
import { NOTHING_PASTED, pastedContent } from '../../shared/fallback.js';
import { renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { FullServiceController } from '../../controllers/full-service.js';
import { renderFullService } from '../../parts/service-view/service-pending.js';
import { PeerSupportErrorEvent } from '../../shared/events.js';
import { headingLevel, headingTag } from '../../shared/heading.js';
import { nearestLang } from '../../shared/i18n.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { ContactEvent } from '../../shared/service-events.js';
import { VERSION } from '../../version.js';
import { defaultServiceStrings, type ServiceStrings } from './service.strings.js';
import { serviceStyles } from './service.styles.js';
import { keepMediaFresh } from '../../controllers/fresh-media.js';

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
 * @attr theme - `contrast` or `calm`; tokens set on the page win over a theme.
 *
 * @fires peer-support-contact - A contact link was used; `detail.serviceId`, `detail.channel`.
 * @fires peer-support-error - The directory could not be loaded, or has no such service.
 *
 * @slot - What to show when the element cannot show its own content: before the script runs, if
 *   it never does, while loading and if loading fails (the docs' snippet puts crisis help and a
 *   link to the static listing here).
 * @csspart fallback - The box around that content, while the element shows it.
 * @csspart base - Everything the element shows.
 * @csspart details - The service's details.
 * @csspart notice - A notice (closed, not reviewed for a year).
 * @csspart message - A loading or error message.
 */
export class PeerSupportService extends LitElement {
  static readonly version = VERSION;
  static override styles = serviceStyles;
  static override properties = {
    src: { type: String },
    serviceId: { type: String, attribute: 'service-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    crisis: { type: String },
    strings: { attribute: false },
    now: { attribute: false },
  };

  declare src: string | undefined;
  declare serviceId: string | undefined;
  declare headingLevel: number;
  declare crisis: 'top' | 'bottom' | 'none';
  /** Overrides for any visible string; see `ServiceStrings`. */
  declare strings: Partial<ServiceStrings>;
  /** The clock for "on now", next sessions and freshness; the real time when unset. */
  declare now: Date | undefined;

  readonly #directory = new DirectoryController(this, {
    strings: () => this.#strings,
    crisisOnError: () => this.#crisisIfNone(),
    // After "Try again", at the service's name (crisis help may come first).
    focusAfterRetry: () => {
      const target = this.renderRoot.querySelector<HTMLElement>('#title, [part="message"]');
      target?.setAttribute('tabindex', '-1');
      target?.focus();
    },
  });
  readonly #details = new FullServiceController(this);
  /** What was last checked for the service: a missing one is reported once, not on every redraw. */
  #checked?: { readonly load: DirectoryLoad; readonly id: string | undefined };

  constructor() {
    super();
    keepMediaFresh(this);
    this.headingLevel = 2;
    this.crisis = 'none';
    this.strings = {};
  }

  /** Loads the directory again, to pick up a newly published file. */
  reload(): void {
    this.#directory.reload();
  }

  /** Crisis help under an error, when the page has not placed it already. */
  #crisisIfNone(): unknown {
    return this.crisis === 'top' || this.crisis === 'bottom'
      ? undefined
      : renderCrisisHelp(this.#strings, headingLevel(this.headingLevel, 5));
  }

  get #strings(): ServiceStrings {
    return mergeStrings(defaultServiceStrings, this.strings);
  }

  protected override updated(): void {
    const load = this.#directory.state;
    if (load.kind !== 'ready' || (this.#checked?.load === load && this.#checked.id === this.serviceId)) return;
    this.#checked = { load, id: this.serviceId };
    if (this.#find(load.directory)) return;
    const detail = `No service in ${this.src} has the id "${this.serviceId ?? ''}".`;
    console.error(`<peer-support-service>: ${detail}`);
    this.dispatchEvent(new PeerSupportErrorEvent({ message: detail, problems: [] }));
  }

  #find(directory: Directory): Service | undefined {
    return directory.services.find((service) => service.id === this.serviceId);
  }

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const level = headingLevel(this.headingLevel, 5);
    // While it waits, and if it fails, crisis help the page put inside stands for its own.
    const pasted = this.#directory.state.kind === 'ready' ? NOTHING_PASTED : pastedContent(this);
    const crisis = pasted.hasCrisisHelp ? nothing : renderCrisisHelp(strings, level);
    return html`<div part="base" class="base">
      ${this.crisis === 'top' ? crisis : nothing}
      ${this.#directory.render(({ directory }) => {
        const service = this.#find(directory);
        // An old link to a service that has gone: an error page, with a way to urgent help.
        if (!service) return html`<p part="message" class="message">${strings.serviceNotFound}</p>${this.#crisisIfNone()}`;
        const tag = headingTag(level);
        return html`<article part="details" class="details" aria-labelledby="title">
          ${staticHtml`<${tag} id="title" class="detail-title" tabindex="-1">${service.name}</${tag}>`}
          ${renderFullService(
            this.#details.of(directory, service),
            {
              strings,
              locale: nearestLang(this),
              now: this.now ?? new Date(),
              directory,
              headingLevel: level,
              onContact: (s, channel) => this.dispatchEvent(new ContactEvent({ serviceId: s.id, channel })),
            },
            strings.retry,
          )}
        </article>`;
      })}
      ${this.crisis === 'bottom' ? crisis : nothing}
    </div>`;
  }
}
