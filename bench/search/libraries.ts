/**
 * The other search libraries the benchmark compares against. The bench uses the newest fuse.js
 * (a root dev dependency), which has token search for the tuned set-up; core itself ships the
 * smaller fuse.js 7.0 basic build for its final re-scoring of a few candidates.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import uFuzzy from '@leeoniya/ufuzzy';

export { Fuse, MiniSearch, uFuzzy };
