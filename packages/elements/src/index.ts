/**
 * @peer-support-kit/elements: the element classes, without registering them. Import one
 * registration file per element (`@peer-support-kit/elements/peer-support-directory.js`), or
 * load `dist/peer-support.js` from the CDN for all of them.
 */
export { PeerSupportCharter, type CharterLayout } from './charter/charter.js';
export { defaultCharterStrings, type CharterStrings } from './charter/strings.js';
export { PeerSupportDirectory } from './directory/directory.js';
export { defaultDirectoryStrings, type DirectoryStrings } from './directory/strings.js';
export { PeerSupportService } from './service/service.js';
export { PeerSupportSignatories, defaultSignatoriesStrings, type SignatoriesStrings } from './signatories/signatories.js';
export { PeerSupportCrisisHelp } from './crisis-help/crisis-help.js';
export { defaultCrisisStrings, type CrisisStrings } from './shared/crisis-help.js';
export { PeerSupportCoverage, defaultCoverageStrings, type CoverageStrings } from './coverage/coverage.js';
export { PeerSupportErrorEvent } from './shared/events.js';
export { ServiceOpenEvent, ContactEvent, type ContactChannel } from './shared/service-events.js';
export { defineElement } from './shared/define-element.js';
export { VERSION } from './version.js';
