#!/usr/bin/env node
import { main } from './main.js';

// `peer-support validate … | head` closes the pipe early: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a problem in the data or the command line: a bug, reported with its stack.
    console.error('peer-support: an unexpected error stopped the run. Please report it with this output:');
    console.error(error);
    process.exitCode = 1;
  },
);
