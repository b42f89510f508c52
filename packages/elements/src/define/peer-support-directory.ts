import { PeerSupportDirectory } from '../elements/directory/directory.js';
import { defineElement } from '../shared/define-element.js';

defineElement('peer-support-directory', PeerSupportDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-directory': PeerSupportDirectory;
  }
}

export { PeerSupportDirectory };
