/**
 * `@peer-support-kit/core/openreferral`: Open Referral UK / HSDS 3.0, a directory out as an HSDS
 * dataset and HSDS data in as a directory. A subpath of its own, not part of the package root, so
 * a page that shows a directory never loads it (nor `uuid`), whatever its bundler does.
 */
export { exportOpenReferral, openReferralAbout, OPEN_REFERRAL_TABLES, toOpenReferral, type OpenReferralRows } from './export.js';
export { fromOpenReferral, type FromOpenReferralOptions, type OpenReferralImport } from './import.js';
export { PEER_SUPPORT_KIT_NAMESPACE, uuidv5 } from './ids.js';
export { TAXONOMY_URI } from './taxonomy.js';
export type * from './types.js';
