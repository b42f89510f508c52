import type { Directory } from '../../packages/core/src/directory/schema.js';
import { PAGE, type Engine } from './engines.js';
import type { Labelled } from './script.js';
import type { NameStyle } from '../generate-directory.js';

export interface Figures {
  readonly engine: string;
  readonly services: number;
  /** How the directory's names were made (generate-directory.ts); set by the suite. */
  readonly names?: NameStyle;
  /** Building the index (ms). */
  readonly buildMs: number;
  /** Building plus any indexing left for later (ours: `prepare`): ready to answer anything. */
  readonly readyMs: number;
  /** Keystrokes timed, and of how many in the script (slow engines are timed on an even sample). */
  readonly keystrokes: number;
  readonly ofKeystrokes: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** The slowest keystrokes, to see what costs most. */
  readonly slowest: ReadonlyArray<{ readonly text: string; readonly ms: number }>;
  /** Share of the labelled queries asked whose expected service is in the top 5. */
  readonly recallAt5: number;
  /** Labelled queries asked, and of how many (a slow engine stops when its time is up). */
  readonly queries: number;
  readonly ofQueries: number;
  /** The labelled queries the engine missed, to see why. */
  readonly missed: readonly string[];
}

export interface Budget {
  /** Time for keystrokes (ms): a slow engine is timed on every nth keystroke. */
  readonly keystrokesMs: number;
  /**
   * Time for labelled queries (ms): a slow engine answers the first few. 0: none (recall is the
   * same wherever the engine runs, so the browser run leaves it to the Node run).
   */
  readonly queriesMs: number;
}

/** Typing that is neither in the script nor in the labelled queries, keystroke by keystroke. */
const WARM_UP = ['wellbeing walk in leeds', 'art cafe for older people', 'bereavment group norwich'].flatMap((text) =>
  [...text].map((_, i) => text.slice(0, i + 1)),
);
const WARM_UP_MS = 3_000;
/** An engine slower than this per keystroke is timed on an even sample of the keystrokes. */
const SLOW_MS = 20;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

/** Runs one engine over one directory: build, the typing script, then the labelled queries. */
export function measure(
  engine: Engine,
  directory: Directory,
  keystrokes: readonly string[],
  labelled: readonly Labelled[],
  budget: Budget,
): Figures {
  let start = performance.now();
  const built = engine.build(directory);
  const buildMs = performance.now() - start;
  built.ready?.();
  const readyMs = performance.now() - start;

  // Warm up on typing that is not in the script, so the timed keystrokes are not paying for the
  // JIT (a slow engine stops after a few seconds); its pace sets how many keystrokes to time.
  const warmUp: number[] = [];
  for (const text of WARM_UP) {
    start = performance.now();
    built.search(text, PAGE);
    warmUp.push(performance.now() - start);
    if (warmUp.reduce((a, b) => a + b) > WARM_UP_MS) break;
  }
  const perKeystroke = percentile(
    warmUp.sort((a, b) => a - b),
    0.5,
  );
  const stride = perKeystroke < SLOW_MS ? 1 : Math.ceil((perKeystroke * keystrokes.length) / budget.keystrokesMs);

  const timed: Array<{ text: string; ms: number }> = [];
  for (let i = 0; i < keystrokes.length; i += stride) {
    start = performance.now();
    built.search(keystrokes[i]!, PAGE);
    timed.push({ text: keystrokes[i]!, ms: performance.now() - start });
  }
  const times = timed.map((t) => t.ms).sort((a, b) => a - b);

  const missed: string[] = [];
  let asked = 0;
  start = performance.now();
  for (const { query, expected } of budget.queriesMs > 0 ? labelled : []) {
    if (asked > 0 && performance.now() - start > budget.queriesMs) break;
    asked++;
    if (!built.search(query, 5).includes(expected)) missed.push(query);
  }
  return {
    engine: engine.name,
    services: directory.services.length,
    buildMs,
    readyMs,
    keystrokes: times.length,
    ofKeystrokes: keystrokes.length,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: times[times.length - 1] ?? NaN,
    slowest: [...timed].sort((a, b) => b.ms - a.ms).slice(0, 5),
    recallAt5: asked ? (asked - missed.length) / asked : NaN,
    queries: asked,
    ofQueries: labelled.length,
    missed,
  };
}
