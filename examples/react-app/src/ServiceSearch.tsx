import { createSearch, type Directory, type SearchResult } from '@peer-support-kit/core';
import { useDeferredValue, useId, useMemo, useState } from 'react';

/** What the list holds, in words: read out by screen readers as the person types. */
function summary(result: SearchResult): string {
  // Words that match nothing mean no results: say which, rather than show an empty list.
  if (result.unmatched.length) {
    const words = result.unmatched.map((word) => `"${word}"`).join(', ');
    return `No service matches ${words}.${result.suggestion ? ` Did you mean "${result.suggestion}"?` : ''}`;
  }
  return result.total === 1 ? '1 service' : `${result.total} services`;
}

/**
 * A list of the app's own, on core's `createSearch`: what a partner builds when it wants its own
 * layout rather than the element's. The same search as the element: typos, synonyms, areas.
 */
export function ServiceSearch({ directory, area }: { directory: Directory; area: string }) {
  // Built once per directory: it indexes the terms now and the words on the first search with text.
  const search = useMemo(() => createSearch(directory), [directory]);
  const [text, setText] = useState('');
  // Typing stays responsive while the list catches up.
  const query = useDeferredValue(text);
  const result = useMemo(() => search.search({ text: query, filters: { area: [area] }, limit: Infinity }), [search, query, area]);
  const inputId = useId();

  return (
    <div className="own-search">
      <label htmlFor={inputId}>Search by name, organisation or what it offers</label>
      <input id={inputId} type="search" value={text} onChange={(event) => setText(event.target.value)} />
      <p role="status">{summary(result)}</p>
      <ul className="own-list">
        {result.results.map(({ service }) => (
          <li key={service.id} data-service={service.id}>
            <strong>{service.name}</strong>
            <span>{service.organisation.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
