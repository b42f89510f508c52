import { PeerSupportCharter } from '../charter/charter.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-charter', PeerSupportCharter);

export { PeerSupportCharter };
