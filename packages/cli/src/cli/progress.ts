import type { Io } from './io.js';

export interface Progress {
  /** Says what the run is doing now; shown only once the run has taken more than a moment. */
  update(text: string): void;
  /** Clears the line (on a terminal) before the run prints its results. */
  done(): void;
}

/** How often a non-terminal (a CI log) gets a new progress line, so logs stay short. */
const LOG_INTERVAL_MS = 5000;

/**
 * A progress line on standard error. Quick runs print nothing; after `io.progressDelayMs` a
 * terminal shows one line redrawn in place, and a log gets a line now and then.
 */
export function startProgress(io: Io, command: string): Progress {
  const started = Date.now();
  let shown = false;
  let lastLogged = -Infinity;
  return {
    update(text) {
      const now = Date.now();
      if (now - started < io.progressDelayMs) return;
      const line = `peer-support ${command}: ${text}`;
      if (io.interactive) {
        io.stderr(`\r\x1b[2K${line}`);
        shown = true;
      } else if (now - lastLogged >= LOG_INTERVAL_MS) {
        io.stderr(`${line}\n`);
        lastLogged = now;
      }
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
      shown = false;
    },
  };
}
