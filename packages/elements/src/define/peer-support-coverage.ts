import { PeerSupportCoverage } from '../elements/coverage/coverage.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-coverage', PeerSupportCoverage);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-coverage': PeerSupportCoverage;
  }
}

export { PeerSupportCoverage };
