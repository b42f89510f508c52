import type { Directory, Service, Vocabulary } from '@peer-support-kit/core';
import type { ContactChannel } from '../../shared/service-events.js';
import type { ServiceViewStrings } from './service-view.strings.js';

/** What rendering a service needs to know about where it is shown. */
export interface ServiceContext {
  readonly strings: ServiceViewStrings;
  readonly locale: string;
  readonly now: Date;
  readonly directory: Directory;
  /** The level of the service's own heading. */
  readonly headingLevel: number;
  readonly onContact: (service: Service, channel: ContactChannel) => void;
}

/** The label of a term, as the host's strings override it or as the vocabulary says. */
export function termLabel(strings: { readonly terms: Readonly<Record<string, string>> }, vocab: Vocabulary, id: string): string {
  return strings.terms[`${vocab.id}:${id}`] ?? vocab.terms.find((term) => term.id === id)?.label ?? id;
}

export const labels = (context: ServiceContext, vocab: Vocabulary, ids: readonly string[]) =>
  ids.map((id) => termLabel(context.strings, vocab, id));

// Area names by id, per directory: cards name their areas on every keystroke.
const names = new WeakMap<Directory, Map<string, string>>();

export function areaNames(directory: Directory, ids: readonly string[]): string[] {
  let byId = names.get(directory);
  if (!byId) names.set(directory, (byId = new Map(directory.areas.map((area) => [area.id, area.name]))));
  return ids.map((id) => byId.get(id) ?? id);
}
