/**
 * How long loading may take before it ends in a message with "Try again" (the docs' "When
 * loading fails" lists them): an answer must start within `waitMs`, no wait for the next piece
 * may be longer, and once the file has begun at least `floorBytes` must come in every
 * `windowMs` (1 kB a second: a server dripping bytes would otherwise keep "Loading…" up for
 * ever, and a connection slower than that could not bring a directory in useful time anyway).
 * So a fault ends within 20 seconds of a stall and 40 of a drip. Tests shorten them.
 */
export const loadLimits = { waitMs: 20_000, windowMs: 20_000, floorBytes: 20_000 };

/** Why a published file could not be read, in terms a message can be chosen from. */
export class LoadError extends Error {
  constructor(
    /** `cut`: the file stopped part way (the connection dropped); `slow`: it came too slowly. */
    readonly kind: 'network' | 'timeout' | 'slow' | 'cut' | 'http' | 'json',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

interface FetchOptions {
  /** How long to wait for an answer, and then for each next piece of the file. */
  readonly timeoutMs?: number;
  /** A person pressed "Try again": ask afresh rather than take a failure kept by a cache. */
  readonly retry?: boolean;
  /** The file's sha384 (`sha384-…`), when it is known: a file that does not match is refused. */
  readonly integrity?: string;
}

/**
 * Fetches a published file the way every element must: no cookies or credentials, no referrer
 * (the partner page's address says what the person was looking at), and a time limit on the
 * answer and on every wait for more of it, so a connection that stalls ends in a message with a
 * retry instead of a spinner forever, while a slow one that keeps coming is never cut off.
 * `read` gets the response and a `waited` to wrap each wait for more of its body in. Rejects
 * with a `LoadError` (what `read` throws is passed on), or the caller's reason when `signal` aborts.
 */
async function fetchWithLimits<T>(
  url: string,
  signal: AbortSignal,
  { timeoutMs = loadLimits.waitMs, retry = false, integrity }: FetchOptions,
  read: (response: Response, waited: <R>(wait: Promise<R>) => Promise<R>) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const startClock = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const waited = async <R>(wait: Promise<R>): Promise<R> => {
    startClock();
    try {
      return await wait;
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    const response = await waited(
      fetch(url, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
        cache: retry ? 'no-cache' : 'default',
        signal: controller.signal,
        ...(integrity ? { integrity } : {}),
      }),
    );
    if (!response.ok) {
      throw new LoadError('http', `${url} answered ${response.status} ${response.statusText}`.trim() + '.', response.status);
    }
    return await read(response, waited);
  } catch (error) {
    if (error instanceof LoadError || signal.aborted) throw error;
    if (timedOut) throw new LoadError('timeout', `No answer from ${url} within ${timeoutMs / 1000} seconds.`);
    throw new LoadError('network', `Could not reach ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Fetches and parses a published JSON file (see `fetchWithLimits`); bad JSON is a `json` LoadError. */
export function fetchJson(url: string, signal: AbortSignal, options: FetchOptions = {}): Promise<unknown> {
  return fetchWithLimits(url, signal, options, async (response, waited) => {
    try {
      // json() rather than text() then JSON.parse: the browser parses the bytes without first
      // making a string of a file that may be megabytes long.
      return (await waited(response.json())) as unknown;
    } catch (error) {
      if (signal.aborted || (error as Error).name === 'AbortError') throw error;
      throw new LoadError('json', `${url} is not valid JSON: ${(error as Error).message}`);
    }
  });
}

/**
 * Fetches a published text file piece by piece as it arrives (see `fetchWithLimits`), handing
 * each piece to `onText` and waiting for what it returns before reading on.
 */
export function fetchText(
  url: string,
  signal: AbortSignal,
  options: FetchOptions,
  onText: (text: string) => Promise<void> | void,
): Promise<void> {
  return fetchWithLimits(url, signal, options, async (response, waited) => {
    const decoder = new TextDecoder();
    if (!response.body) {
      await onText(await waited(response.text()));
      return;
    }
    const reader = response.body.getReader();
    const { windowMs, floorBytes } = loadLimits;
    let counted = { start: performance.now(), bytes: 0 };
    try {
      for (;;) {
        const { done, value } = await waited(reader.read());
        counted.bytes += value?.byteLength ?? 0;
        if (!done && performance.now() - counted.start >= windowMs) {
          if (counted.bytes < floorBytes) {
            throw new LoadError(
              'slow',
              `${url} came too slowly: ${counted.bytes} bytes in ${windowMs / 1000} seconds, at least ${floorBytes} expected.`,
            );
          }
          counted = { start: performance.now(), bytes: 0 };
        }
        const text = decoder.decode(value, { stream: !done });
        if (text) await onText(text);
        if (done) return;
      }
    } catch (error) {
      // Stop the download too, not only the reading of it.
      reader.cancel().catch(() => {});
      throw error;
    } finally {
      reader.releaseLock();
    }
  });
}
