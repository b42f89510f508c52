export * from './vocabularies.js';
export { labelOf, type Term, type Vocabulary } from './vocabulary.js';
export * from './schema.js';
export { parseDirectory, type ParseDirectoryOptions, type ParseDirectoryResult } from './parse.js';
export { DirectoryStream, type PartialDirectory } from './stream.js';
export { byListOrder } from './order.js';
export { hasContact } from './checks.js';
export { directoryJsonSchema, DIRECTORY_SCHEMA_ID } from './json-schema.js';
export { publicLocation, publicService } from './public.js';
