/**
 * Open Referral UK / HSDS 3.0: a directory out as an HSDS dataset, and HSDS data in as a
 * directory. Nothing in the browser widget imports this module, so bundles that do not use it
 * do not carry it.
 */
export { toOpenReferral } from './export.js';
export { fromOpenReferral, type FromOpenReferralOptions, type OpenReferralImport } from './import.js';
export { PEER_SUPPORT_KIT_NAMESPACE } from './ids.js';
export { TAXONOMY_URI } from './taxonomy.js';
export { uuidv5 } from './uuid.js';
export type * from './types.js';
