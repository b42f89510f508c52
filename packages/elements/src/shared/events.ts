import type { Problem } from '@peer-support-kit/core';

/**
 * Fired (bubbling, composed) when an element cannot show what it was asked to, instead of
 * throwing into the partner's page. The element shows a message of its own as well; this is for
 * hosts that log or report errors.
 */
export class PeerSupportErrorEvent extends Event {
  static readonly eventName = 'peer-support-error';

  constructor(
    readonly detail: {
      /** What went wrong, for a developer's console. */
      readonly message: string;
      /** Problems found in a published file, each with its field path. */
      readonly problems: readonly Problem[];
    },
  ) {
    super(PeerSupportErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-support-error': PeerSupportErrorEvent;
  }
}
