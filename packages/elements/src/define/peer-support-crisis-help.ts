import { PeerSupportCrisisHelp } from '../elements/crisis-help/crisis-help.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-crisis-help', PeerSupportCrisisHelp);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-crisis-help': PeerSupportCrisisHelp;
  }
}

export { PeerSupportCrisisHelp };
