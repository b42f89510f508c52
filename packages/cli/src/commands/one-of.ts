import { nearest } from '@peer-support-kit/core';
import { UsageError } from '../cli/args.js';

/** A flag's value that must be one of a few words: undefined when not given, else the word or a UsageError. */
export function oneOf<T extends string>(flag: string, value: string | boolean | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const word = String(value).toLowerCase();
  if ((allowed as readonly string[]).includes(word)) return word as T;
  const suggestion = nearest(
    word,
    allowed.map((id) => ({ id })),
  );
  throw new UsageError(`${flag} "${value}" is not one of ${allowed.join(', ')}${suggestion ? `; did you mean ${suggestion}?` : '.'}`);
}
