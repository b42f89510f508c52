/**
 * @peer-support-kit/core: the charters, the directory schema and search, as typed data and pure
 * functions. No DOM and no framework, so it runs in browsers, Node and any app. Importing it
 * changes nothing global (not even zod's config). Open Referral has its own entry,
 * `@peer-support-kit/core/openreferral`, so pages that only show a directory never load it.
 */
export * from './charters/index.js';
export * from './directory/index.js';
export { formatPath, formatProblem } from './validation/problem.js';
export type { Problem, Severity, PathSegment } from './validation/problem.js';
export { nearest, editDistance } from './validation/suggest.js';
export { MAX_PROBLEMS_PER_SERVICE } from './validation/first-problems.js';
export type { Candidate } from './validation/suggest.js';
export * from './search/index.js';
export * from './browse/index.js';
export * from './coverage/index.js';
export { crisisHelp, crisisHelpHtml, escapeHtml } from './crisis/crisis-help.js';
export type { CrisisHelp } from './crisis/crisis-help.js';
