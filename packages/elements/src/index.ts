/**
 * @peer-support-kit/elements: the element classes, without registering them. Import
 * `@peer-support-kit/elements/peer-support-charter.js` (one file per element) to register one,
 * or load `dist/peer-support.js` from the CDN for all of them.
 */
export { PeerSupportCharter, type CharterLayout } from './charter/charter.js';
export { defaultCharterStrings, type CharterStrings } from './charter/strings.js';
export { PeerSupportErrorEvent } from './shared/events.js';
export { defineElement } from './shared/define-element.js';
export { VERSION } from './version.js';
