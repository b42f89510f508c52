/**
 * Switches zod to jitless mode. Every module that builds a schema imports this file first:
 * `import '../jitless.js'` then `import * as z from 'zod/mini'`.
 *
 * Core uses `zod/mini`, the tree-shakable form of zod 4 (the same parser, functions instead of
 * methods), which keeps the validation that the browser bundle carries small. Classic zod 4
 * compiles fast object parsers with `new Function` and probes for it when a schema is built;
 * partner pages often run a strict Content-Security-Policy without `unsafe-eval`, where
 * even the probe is reported as a violation. zod/mini's objects do not compile, and jitless mode
 * turns off what remains, so nothing in core ever asks for eval. It must be set before any schema
 * exists, and ES module order runs this import first.
 * (package.json lists this file under `sideEffects` so bundlers keep the call.)
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
