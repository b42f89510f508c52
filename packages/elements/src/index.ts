/**
 * @peer-support-kit/elements: the element classes, without registering them. Import one
 * registration file per element (`@peer-support-kit/elements/peer-support-directory.js`), or
 * `@peer-support-kit/elements/peer-support.js` for all of them. The self-contained files in
 * `dist/cdn/` are for pages that load a script from a CDN, not for bundlers.
 */
export { PeerSupportCharter, type CharterLayout } from './elements/charter/charter.js';
export { defaultCharterStrings, type CharterStrings } from './elements/charter/charter.strings.js';
export { PeerSupportDirectory } from './elements/directory/directory.js';
export { defaultDirectoryStrings, type DirectoryStrings } from './elements/directory/directory.strings.js';
export { PeerSupportService } from './elements/service/service.js';
export { defaultServiceStrings, type ServiceStrings } from './elements/service/service.strings.js';
export { PeerSupportSignatories } from './elements/signatories/signatories.js';
export { defaultSignatoriesStrings, type SignatoriesStrings } from './elements/signatories/signatories.strings.js';
export { PeerSupportCrisisHelp } from './elements/crisis-help/crisis-help.js';
export { defaultCrisisStrings, type CrisisStrings } from './parts/crisis-block/crisis-block.strings.js';
export { PeerSupportCoverage } from './elements/coverage/coverage.js';
export { defaultCoverageStrings, type CoverageStrings } from './elements/coverage/coverage.strings.js';
export type { ServiceViewStrings } from './parts/service-view/service-view.strings.js';
export type { LoadStrings } from './parts/load-message/load-message.js';
export { PeerSupportErrorEvent } from './shared/events.js';
export { ServiceOpenEvent, ContactEvent, type ContactChannel } from './shared/service-events.js';
export { defineElement } from './shared/define-element.js';
export { VERSION } from './version.js';
