import { formatProblem, parseDirectory, type ParseDirectoryResult } from '@peer-support-kit/core';
import { fetchJson } from './fetch-json.js';

// One request and one reading per directory file, however many elements on the page show it.
const pending = new Map<string, Promise<ParseDirectoryResult>>();

/**
 * Fetches and reads a published directory. Elements on one page that share a `src` share one
 * request; a retry asks again. Rejects with a LoadError (or the abort reason) like fetchJson.
 */
export function loadDirectory(src: string, signal: AbortSignal, retry: boolean): Promise<ParseDirectoryResult> {
  const url = new URL(src, document.baseURI).href;
  let request = retry ? undefined : pending.get(url);
  if (!request) {
    // The shared request is not tied to one element's signal: another element may still want it.
    request = fetchJson(url, new AbortController().signal, { retry }).then((data) => {
      // Marks for performance tools (and the widget benchmark): when the data was in, and read.
      performance.mark('peer-support:data');
      const result = parseDirectory(data);
      performance.mark('peer-support:parsed');
      return result;
    });
    pending.set(url, request);
    request.catch(() => pending.delete(url));
  }
  return abortable(request, signal);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** The problems of a directory file, one per line, for the console. */
export const describeProblems = (result: Pick<ParseDirectoryResult, 'problems'>) =>
  result.problems.map((problem) => `\n  ${formatProblem(problem)}`).join('');
