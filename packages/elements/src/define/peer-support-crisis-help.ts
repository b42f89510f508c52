import { PeerSupportCrisisHelp } from '../crisis-help/crisis-help.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-crisis-help', PeerSupportCrisisHelp);

export { PeerSupportCrisisHelp };
