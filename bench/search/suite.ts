import type { Directory } from '../../packages/core/src/directory/schema.js';
import { generateDirectory, type NameStyle } from '../generate-directory.js';
import { engines } from './engines.js';
import { measure, type Figures } from './measure.js';
import { keystrokes, labelledQueries } from './script.js';

/** The same in Node and in the browser: one directory at a time, then each engine over it. */
export const SEED = 20261122;
export const SIZES = [1_000, 10_000, 50_000];
export const ENGINES = engines.map((engine) => engine.name);

/**
 * Time allowed per engine and size (ms), so the whole bench takes minutes: a slower engine is
 * timed on an even sample of the keystrokes and answers the first labelled queries only.
 */
export const budget = (size: number, recall: boolean) => ({
  keystrokesMs: size <= 1_000 ? 8_000 : 6_000,
  queriesMs: recall ? (size <= 10_000 ? 75_000 : 15_000) : 0,
});

let directory: Directory | undefined;
let names: NameStyle = 'varied';

/** Generates the directory for a size and a way of naming; returns how long that took (ms). */
export function load(size: number, nameStyle: NameStyle = 'varied'): number {
  directory = undefined;
  names = nameStyle;
  const start = performance.now();
  // Through JSON, as a page gets it (objects shaped by JSON.parse, as fetched data is).
  directory = JSON.parse(JSON.stringify(generateDirectory(size, SEED, names))) as Directory;
  return performance.now() - start;
}

/** `recall`: also ask the labelled queries (the Node run does; they answer the same anywhere). */
export function run(engineName: string, recall: boolean): Figures {
  if (!directory) throw new Error('load() a directory first');
  (globalThis as { gc?: () => void }).gc?.();
  const engine = engines.find((e) => e.name === engineName)!;
  return { ...measure(engine, directory, keystrokes(), labelledQueries(directory), budget(directory.services.length, recall)), names };
}

export function current(): Directory | undefined {
  return directory;
}
