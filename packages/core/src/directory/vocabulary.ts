/** One term of a closed vocabulary: a stable id for data and code, an English label for people. */
export interface Term<Id extends string = string> {
  readonly id: Id;
  /** What the UI shows, in plain English. */
  readonly label: string;
  /** Other words people use for it; search treats them as synonyms. */
  readonly aliases?: readonly string[];
}

/** A named group of terms, such as the formats peer support takes. */
export interface Vocabulary<Id extends string = string> {
  readonly id: string;
  /** The group's name, as a filter heading. */
  readonly label: string;
  readonly terms: readonly Term<Id>[];
}

export function vocabulary<const Id extends string>(
  id: string,
  label: string,
  terms: readonly Term<Id>[],
): Vocabulary<Id> & { readonly ids: readonly [Id, ...Id[]] } {
  const ids = terms.map((term) => term.id) as unknown as [Id, ...Id[]];
  return { id, label, terms, ids };
}

/** The English label of a term id, or the id itself when the vocabulary does not know it. */
export function labelOf(vocab: Vocabulary, id: string): string {
  return vocab.terms.find((term) => term.id === id)?.label ?? id;
}
