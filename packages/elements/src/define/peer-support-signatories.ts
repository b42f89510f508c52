import { PeerSupportSignatories } from '../elements/signatories/signatories.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-signatories', PeerSupportSignatories);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-signatories': PeerSupportSignatories;
  }
}

export { PeerSupportSignatories };
