import type { Service } from '../directory/schema.js';
import { has } from './bitset.js';
import type { FacetIndex } from './facet-index.js';
import { Words } from './normalize.js';
import { FIRST_WORD } from './text-index.js';
import type { TextMatch } from './text-query.js';
import type { FieldMatch } from './types.js';

type Range = readonly [start: number, end: number];

/** Where the matched words are in a value: whole words, or the typed start of a word. */
function rangesIn(value: string, marks: TextMatch['marks']): Range[] {
  const ranges: Range[] = [];
  for (const scan = new Words(value); scan.next();) {
    const found = marks.get(scan.hash);
    if (found && scan.is(found.key)) ranges.push([scan.start, found.mark ? Math.min(scan.start + found.mark, scan.end) : scan.end]);
  }
  return ranges;
}

/** Why service `s` matched the text: each field it matched in, with ranges to highlight. */
export function highlight(service: Service, s: number, match: TextMatch, facets: FacetIndex): FieldMatch[] {
  const matches: FieldMatch[] = [];
  const fields = match.fields[s]!;
  const mark = (field: FieldMatch['field'], value: string | undefined) => {
    const ranges = value ? rangesIn(value, match.marks) : [];
    if (ranges.length) matches.push({ field, value: value!, ranges });
  };
  if (fields & (1 | (1 << FIRST_WORD))) mark('name', service.name);
  if (fields & 2) mark('organisation', service.organisation.name);
  if (fields & 4) for (const tag of service.tags) mark('tags', tag);
  if (fields & 8) {
    for (const location of service.locations) {
      for (const value of location.masked ? [location.town] : [location.name, location.town, location.postcode]) mark('locations', value);
    }
  }
  if (fields & 16) mark('summary', service.summary);
  if (fields & 32) mark('description', service.description);
  const terms = new Set<number>();
  for (const phrase of match.phrases) {
    if (terms.has(phrase.term) || !has(facets.sets[phrase.term]!, s)) continue;
    terms.add(phrase.term);
    // An alias may have matched ("LGBT" for "LGBTQ+"): then the whole label is marked.
    const ranges = rangesIn(phrase.label, match.marks);
    matches.push({ field: phrase.field, value: phrase.label, ranges: ranges.length ? ranges : [[0, phrase.label.length]] });
  }
  return matches;
}
