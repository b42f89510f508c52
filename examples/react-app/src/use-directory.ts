import { parseDirectory, type Directory } from '@peer-support-kit/core';
import { useEffect, useState } from 'react';

export type DirectoryLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly directory: Directory }
  | { readonly state: 'error'; readonly message: string };

/**
 * Fetches a published directory and reads it with core's `parseDirectory`, as the element does:
 * one bad service is left out with a warning, and only a file that cannot be read at all is an error.
 */
export function useDirectory(url: string): DirectoryLoad {
  const [load, setLoad] = useState<DirectoryLoad>({ state: 'loading' });
  useEffect(() => {
    // Aborted when the address changes or the component goes (React's strict mode does both in dev).
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.text();
      })
      .then((text) => {
        const { directory, problems } = parseDirectory(text);
        setLoad(directory ? { state: 'ready', directory } : { state: 'error', message: problems[0]?.message ?? 'it is not a directory' });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [url]);
  return load;
}
