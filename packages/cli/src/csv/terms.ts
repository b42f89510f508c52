import type { Vocabulary } from '@peer-support-kit/core';

const spelling = (word: string) =>
  word
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

const lookups = new WeakMap<Vocabulary, Map<string, string>>();

/**
 * The id a spreadsheet word stands for: an id, an English label or an alias, in any case
 * ("Paid peer support workers", "PSW" and `paid-peer-workers` are one term). A word two terms
 * share (such as "weekend", an alias of both Saturday and Sunday) stands for neither.
 */
export function termId(vocab: Vocabulary, word: string): string | undefined {
  let lookup = lookups.get(vocab);
  if (!lookup) {
    const owners = new Map<string, Set<string>>();
    for (const term of vocab.terms) {
      for (const name of [term.id, term.label, ...(term.aliases ?? [])]) {
        const key = spelling(name);
        (owners.get(key) ?? owners.set(key, new Set()).get(key)!).add(term.id);
      }
    }
    lookup = new Map([...owners].filter(([, ids]) => ids.size === 1).map(([key, ids]) => [key, [...ids][0]!]));
    lookups.set(vocab, lookup);
  }
  return lookup.get(spelling(word));
}
