import { PeerSupportService } from '../elements/service/service.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-service', PeerSupportService);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-service': PeerSupportService;
  }
}

export { PeerSupportService };
