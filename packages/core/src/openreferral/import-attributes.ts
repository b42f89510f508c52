import type { Report, ServiceRef } from './input.js';
import {
  ourTaxonomyKey,
  ourTermFromPath,
  serviceTermFields,
  TAXONOMY_URI,
  termVocabularies,
  type FieldName,
  type OurTerm,
} from './taxonomy.js';
import type { AttributeView } from './views.js';

/** A value read from the input, and where. */
export interface Found<T = string> {
  readonly value: T;
  readonly path: string;
}

export type Entity = 'service' | 'organization' | 'location' | 'service_area';

/** What the attributes of one record say, sorted by what they mean to us. */
export interface ReadAttributes {
  /** Terms of our closed vocabularies, by vocabulary id, in the order found. */
  readonly terms: Map<string, Found[]>;
  /** Our fields that HSDS has no column for (see `fieldTerms`). */
  readonly fields: Map<FieldName, Found[]>;
  /** Our free tags, and terms of other taxonomies, which are kept as tags. */
  readonly tags: Found[];
  readonly charters: Found[];
}

const ALLOWED: Record<Entity, readonly string[]> = {
  service: [...Object.keys(serviceTermFields), 'tag', 'charter', 'field'],
  organization: ['organisation-kind', 'field'],
  location: ['accessibility', 'field'],
  service_area: ['field'],
};

const FIELDS_ON: Record<Entity, readonly FieldName[]> = {
  service: [
    'id',
    'summary',
    'status-note',
    'active-partner',
    'kind',
    'operator-not-confirmed',
    'last-heard-of',
    'confirmed-by-service',
    'link',
    'source',
  ],
  organization: ['id'],
  location: ['id', 'masked', 'address-lines'],
  service_area: ['id'],
};

const ENTITY_NAMES: Record<Entity, string> = {
  service: 'a service',
  organization: 'an organization',
  location: 'a location',
  service_area: 'a service area',
};

/**
 * Sorts the attributes of one record (a service, organization, location or service area).
 * Terms of our taxonomy map back to our fields; terms of any other taxonomy on a service are kept
 * as tags, with a warning; anything else is reported and left out.
 */
export function readAttributes(views: readonly AttributeView[], entity: Entity, report: Report, service?: ServiceRef): ReadAttributes {
  const read: ReadAttributes = { terms: new Map(), fields: new Map(), tags: [], charters: [] };
  const push = <K>(map: Map<K, Found[]>, key: K, found: Found) => map.set(key, [...(map.get(key) ?? []), found]);

  for (const view of views) {
    const attribute = view.item;
    const at = attribute.at();
    attribute.skip('link_id', 'link_entity', 'link_type', 'taxonomy_term_id', 'taxonomy_term');
    const value = attribute.text('value');
    const term = view.term;
    if (!term) {
      const id = attribute.text('taxonomy_term_id');
      report.warn(at, 'unknown_term', `names a taxonomy term${id ? ` (${id})` : ''} that is not in the data, so it was left out.`, service);
      report.leftovers(attribute, service);
      continue;
    }
    const ours = ourTerm(view);
    if (!ours) {
      const name = term.text('name') ?? term.text('code');
      const taxonomy = view.taxonomy?.text('name') ?? term.text('taxonomy') ?? 'another taxonomy';
      if (entity === 'service' && name) {
        read.tags.push({ value: name, path: at });
        report.warn(
          at,
          'foreign_term',
          `uses the term "${name}" of ${JSON.stringify(taxonomy)}, which the directory does not know; it was kept as a tag${
            value ? `, and its value "${value}" was left out` : ''
          }.`,
          service,
        );
      } else {
        report.warn(
          at,
          'foreign_term',
          `uses the term "${name ?? '(no name)'}" of ${JSON.stringify(taxonomy)}, which the directory does not know on ${
            ENTITY_NAMES[entity]
          }, so it was left out.`,
          service,
        );
      }
      report.leftovers(attribute, service);
      continue;
    }

    if (!ALLOWED[entity].includes(ours.taxonomy) || (ours.taxonomy === 'field' && !FIELDS_ON[entity].includes(ours.code as FieldName))) {
      report.warn(
        at,
        'misplaced_term',
        `uses our term "${ours.taxonomy}/${ours.code}", which does not apply to ${ENTITY_NAMES[entity]}, so it was left out.`,
        service,
      );
    } else if (ours.taxonomy === 'field') {
      if (value === undefined)
        report.warn(at, 'missing_value', `is our "${ours.code}" field but has no value, so it was left out.`, service);
      else push(read.fields, ours.code as FieldName, { value, path: attribute.at('value') });
    } else if (ours.taxonomy === 'tag') {
      read.tags.push({ value: ours.code, path: at });
    } else if (ours.taxonomy === 'charter') {
      read.charters.push({ value: ours.code, path: at });
    } else {
      const vocab = termVocabularies.find((v) => v.id === ours.taxonomy)!;
      if (vocab.terms.some((t) => t.id === ours.code)) push(read.terms, vocab.id, { value: ours.code, path: at });
      else {
        report.warn(
          at,
          'unknown_term',
          `uses "${ours.code}", which is not a term of the ${vocab.id} vocabulary this version knows, so it was left out.`,
          service,
        );
      }
    }
    if (value !== undefined && ours.taxonomy !== 'field') {
      report.warn(attribute.at('value'), 'not_imported', `is a value on a term that carries none, so it was left out.`, service);
    }
    report.leftovers(attribute, service);
  }
  return read;
}

/** Whether an attribute's term is one of ours: by its URI, or by its taxonomy and code. */
function ourTerm(view: AttributeView): OurTerm | undefined {
  const term = view.term!;
  const uri = term.text('term_uri');
  if (uri?.startsWith(TAXONOMY_URI)) return ourTermFromPath(uri);
  const taxonomyKey = [view.taxonomy?.text('uri'), view.taxonomy?.text('id'), term.text('taxonomy'), term.text('taxonomy_id')]
    .map((ref) => (ref === undefined ? undefined : ourTaxonomyKey(ref)))
    .find((key) => key !== undefined);
  const code = term.text('code');
  if (!taxonomyKey || !code) return undefined;
  const fromCode = ourTermFromPath(code);
  return fromCode?.taxonomy === taxonomyKey ? fromCode : { taxonomy: taxonomyKey, code };
}

/** The first value of one of our fields, if the attributes carry it. */
export function fieldValue(read: ReadAttributes, name: FieldName): Found | undefined {
  return read.fields.get(name)?.[0];
}

/** Term ids of one of our vocabularies, without repeats. */
export function termsOf(read: ReadAttributes, vocab: string): string[] {
  return [...new Set((read.terms.get(vocab) ?? []).map((found) => found.value))];
}
