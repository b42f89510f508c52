import type { ReactiveControllerHost } from 'lit';
import { fragmentOf, type Directory, type Service } from '@peer-support-kit/core';
import { loadFullService } from '../shared/browse-files.js';

import type { FullService } from '../parts/service-view/service-pending.js';

export type { FullService };

interface Asked {
  readonly directory: Directory;
  readonly service: Service;
}

/**
 * The details of the service a host shows, fetched when the directory is a browse index (its
 * cards carry no contact details, description or sources); a whole directory has them already.
 * The host redraws when they arrive or fail.
 */
export class FullServiceController {
  #asked?: Asked;
  #state?: FullService;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** What there is of `service`'s details now; starts fetching them the first time it is asked. */
  of(directory: Directory, service: Service): FullService {
    if (!fragmentOf(directory, service)) return { kind: 'ready', service };
    if (this.#asked?.directory !== directory || this.#asked.service !== service) {
      this.#asked = { directory, service };
      this.#load(this.#asked, false);
    }
    return this.#state!;
  }

  #load(asked: Asked, retry: boolean): void {
    const { directory, service } = asked;
    this.#state = { kind: 'loading', service };
    loadFullService(directory, service, retry).then(
      (full) => this.#set(asked, { kind: 'ready', service: full }),
      (error: Error) => {
        console.error(`<${this.host.localName}>: the details of "${service.id}" could not be loaded: ${error.message}`);
        this.#set(asked, {
          kind: 'error',
          service,
          retry: () => {
            if (this.#asked !== asked) return;
            this.#load(asked, true);
            this.host.requestUpdate();
          },
        });
      },
    );
  }

  #set(asked: Asked, state: FullService): void {
    if (this.#asked !== asked) return;
    this.#state = state;
    this.host.requestUpdate();
  }
}
