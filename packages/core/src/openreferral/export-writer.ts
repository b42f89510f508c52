import { termId, termRow, type FieldName } from './taxonomy.js';
import type { HsdsAttribute, OpenReferralDataset, OpenReferralTable } from './types.js';

/** Where each table's records go as they are made: the dataset's own lists, or a writer of each record. */
export type OpenReferralRows = { readonly [T in OpenReferralTable]: { push(record: OpenReferralDataset[T][number]): unknown } };

/**
 * What every part of the export writes with: where the records go, the directory's id maker
 * (`directoryIds`), and the attributes and open-taxonomy terms that link records to terms.
 */
export class DatasetWriter {
  private readonly termsWritten: Set<string>;
  private readonly attributeNames = new Map<string, number>();

  constructor(
    readonly data: OpenReferralRows,
    readonly id: (name: string) => string,
    /** The terms already in the taxonomy_term table. */
    termsWritten: Iterable<string>,
  ) {
    this.termsWritten = new Set(termsWritten);
  }

  /** A term of an open taxonomy (tag, charter), written once however many services use it. */
  openTerm(taxonomy: 'tag' | 'charter', code: string, name: string, description: string): string {
    const row = termRow(taxonomy, code, name, description);
    if (!this.termsWritten.has(row.id)) {
      this.termsWritten.add(row.id);
      this.data.taxonomy_term.push(row);
    }
    return row.id;
  }

  /**
   * Forgets the attribute names counted so far; called after each service. Names are counted only
   * to number a term one record carries twice, and no record is written for two services (their
   * ids are unique, their places' ids are theirs, an organisation is written once): a national
   * directory's millions of names need not be kept to the end.
   */
  serviceDone(): void {
    this.attributeNames.clear();
  }

  /** An attribute linking a record to a term; its id is named by the record and the term. */
  attribute(linkEntity: HsdsAttribute['link_entity'], linkId: string, key: string, taxonomy: string, code: string, value?: string): void {
    // A record can carry a term twice (two `source` fields); the second is `…#2`.
    const name = `attribute:${linkEntity}/${key}/${taxonomy}/${code}`;
    const count = (this.attributeNames.get(name) ?? 0) + 1;
    this.attributeNames.set(name, count);
    this.data.attribute.push(
      compact({
        id: this.id(count === 1 ? name : `${name}#${count}`),
        link_id: linkId,
        link_entity: linkEntity,
        taxonomy_term_id: termId(taxonomy, code),
        value,
      }),
    );
  }

  /** A field HSDS has no column for: an attribute with a term of our `field` taxonomy. */
  field(linkEntity: HsdsAttribute['link_entity'], linkId: string, key: string, name: FieldName, value: string): void {
    this.attribute(linkEntity, linkId, key, 'field', name, value);
  }
}

/** A copy without the keys whose value is undefined, so the JSON holds only what is known. */
export function compact<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
