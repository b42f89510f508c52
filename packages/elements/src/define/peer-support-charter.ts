import { PeerSupportCharter } from '../elements/charter/charter.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-charter', PeerSupportCharter);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-charter': PeerSupportCharter;
  }
}

export { PeerSupportCharter };
