/**
 * Events a host can listen for, to count use without tracking people. They carry the service's id
 * and nothing the person typed or chose. Both bubble and cross shadow roots.
 */
export class ServiceOpenEvent extends Event {
  static readonly eventName = 'peer-support-service-open';
  constructor(readonly detail: { readonly serviceId: string }) {
    super(ServiceOpenEvent.eventName, { bubbles: true, composed: true });
  }
}

export type ContactChannel = 'website' | 'email' | 'phone' | 'text' | 'link';

export class ContactEvent extends Event {
  static readonly eventName = 'peer-support-contact';
  constructor(readonly detail: { readonly serviceId: string; readonly channel: ContactChannel }) {
    super(ContactEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-support-service-open': ServiceOpenEvent;
    'peer-support-contact': ContactEvent;
  }
}
