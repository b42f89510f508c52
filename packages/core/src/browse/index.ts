export * from './format.js';
export { browseFormFiles, writeBrowseForm, searchWordsOf, type Integrity } from './write.js';
export { BrowseIndexReader } from './read-index.js';
export { startsBrowseIndex } from './check-index.js';
export { typedNames } from './names.js';
export { IndexStart, type BrowseStart } from './index-start.js';
export { fragmentOf, serviceFromFragment, withSearchWords, wordsFileOf } from './fragments.js';
export { browseSourceOf, type BrowseSource } from './sources.js';
export { browseJsonSchema, BROWSE_SCHEMA_ID } from './json-schema.js';
