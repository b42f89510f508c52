/** Why a published file could not be read, in terms a message can be chosen from. */
export class LoadError extends Error {
  constructor(
    readonly kind: 'network' | 'timeout' | 'http' | 'json',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/**
 * Fetches a published JSON file the way every element must: no cookies or credentials, no
 * referrer (the partner page's address says what the person was looking at), and a time limit,
 * so a slow connection ends in a message with a retry instead of a spinner forever.
 * Rejects with a `LoadError`, or with the caller's abort reason when `signal` aborts.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  { timeoutMs = 20_000, retry = false }: { timeoutMs?: number; retry?: boolean } = {},
): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      // A person pressing "Try again" expects a fresh attempt, not a failure kept by a cache.
      cache: retry ? 'no-cache' : 'default',
      signal: controller.signal,
    });
    if (!response.ok) {
      throw new LoadError('http', `${url} answered ${response.status} ${response.statusText}`.trim() + '.', response.status);
    }
    try {
      // json() rather than text() then JSON.parse: the browser parses the bytes without first
      // making a string of a file that may be megabytes long.
      return (await response.json()) as unknown;
    } catch (error) {
      if (signal.aborted || timedOut) throw error;
      throw new LoadError('json', `${url} is not valid JSON: ${(error as Error).message}`);
    }
  } catch (error) {
    if (error instanceof LoadError || signal.aborted) throw error;
    if (timedOut) throw new LoadError('timeout', `No answer from ${url} within ${timeoutMs / 1000} seconds.`);
    throw new LoadError('network', `Could not reach ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
