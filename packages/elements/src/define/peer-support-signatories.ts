import { PeerSupportSignatories } from '../signatories/signatories.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-signatories', PeerSupportSignatories);

export { PeerSupportSignatories };
