import {
  BrowseIndexReader,
  DirectoryStream,
  endsUnfinished,
  formatProblem,
  startsBrowseIndex,
  type ParseDirectoryResult,
  type PartialDirectory,
} from '@peer-support-kit/core';
import { fetchText, LoadError } from './fetch-file.js';
import { timeSlice, yieldToPage } from './idle.js';

/** How long a browse index's reading waits for an early look still on its way (see early-look.ts). */
const LOOK_WAIT_MS = 600;
/** A file read in less than this is shown whole: only a longer wait is worth a first look. */
const FIRST_LOOK_MS = 40;
/**
 * Elements are told of the services read so far when there are twice as many as last time, up
 * to this many: enough for a first page (and a few filters' worth) long before a large file has
 * arrived, without rebuilding a search over thousands of services again and again.
 */
const PARTIAL_UP_TO = 2048;

type Listener = (partial: PartialDirectory) => void;
/** Which services' names to read first, if any: what a person typed before the file came. */
export type Wanted = () => ((name: string) => boolean) | undefined;
/**
 * Watches a browse index arrive (each piece of its text), for a first look at it before the whole
 * has come: see early-look.ts, which only the directory element brings (the others show no part).
 */
export type LookAhead = (url: string, wanted: Wanted) => (text: string) => Promise<PartialDirectory | undefined> | undefined;

export interface LoadOptions {
  /** Hears of the services read so far, before the whole file is in. */
  readonly onPartial?: Listener;
  /** For a browse index to read first the services whose names the person typed (core's typedNames). */
  readonly wanted?: Wanted;
  readonly lookAhead?: LookAhead;
}

/** One file's request, shared by the elements on the page that show it. */
interface Request {
  readonly result: Promise<ParseDirectoryResult>;
  readonly listeners: Set<Listener>;
  /** What the waiting elements' people are looking for: what a browse index reads first. */
  readonly wanted: Set<Wanted>;
  /** The first look-ahead an element brought, if any. */
  lookAhead?: LookAhead;
  /** Stops the download once no element wants it any more. */
  readonly controller: AbortController;
  /** How many elements are waiting for it. */
  users: number;
  settled: boolean;
  /** The services read so far, for an element that joins while the file is still arriving. */
  partial?: PartialDirectory;
}

// One request and one reading per directory file, however many elements on the page show it.
const pending = new Map<string, Request>();

/**
 * Fetches and reads a published directory as it arrives. Elements on one page that share a
 * `src` share one request; a retry asks again. See LoadOptions for what an element may hear of
 * and ask for before the whole file is in. When every element that asked has stopped waiting
 * (`signal`: removed from the page, or its `src` changed), the download stops. Rejects with a
 * LoadError (or the abort reason).
 */
export function loadDirectory(
  src: string,
  signal: AbortSignal,
  retry: boolean,
  { onPartial, wanted, lookAhead }: LoadOptions = {},
): Promise<ParseDirectoryResult> {
  const url = new URL(src, document.baseURI).href;
  const request = (!retry && pending.get(url)) || start(url, retry);
  request.users++;
  if (onPartial) {
    request.listeners.add(onPartial);
    if (request.partial) onPartial(request.partial);
  }
  if (wanted) request.wanted.add(wanted);
  request.lookAhead ??= lookAhead;
  const leave = () => {
    if (--request.users > 0 || request.settled) return;
    request.controller.abort();
    if (pending.get(url) === request) pending.delete(url);
  };
  if (signal.aborted) leave();
  else signal.addEventListener('abort', leave, { once: true });
  return abortable(request.result, signal).finally(() => {
    signal.removeEventListener('abort', leave);
    if (onPartial) request.listeners.delete(onPartial);
    if (wanted) request.wanted.delete(wanted);
  });
}

function start(url: string, retry: boolean): Request {
  const controller = new AbortController();
  const listeners = new Set<Listener>();
  const wanted = new Set<Wanted>();
  const request: Request = {
    controller,
    listeners,
    wanted,
    users: 0,
    settled: false,
    result: read(
      url,
      controller.signal,
      retry,
      wanted,
      () => request.lookAhead,
      (partial) => {
        request.partial = partial;
        for (const listener of listeners) {
          // One element's trouble with part of the file must not fail the others.
          try {
            listener(partial);
          } catch (error) {
            console.error(error);
          }
        }
      },
    ),
  };
  pending.set(url, request);
  request.result.then(
    () => {
      request.settled = true;
      request.partial = undefined;
    },
    () => {
      request.settled = true;
      if (pending.get(url) === request) pending.delete(url);
    },
  );
  return request;
}

/** What reads a file: a whole directory as it arrives, or a browse index once it is in. */
interface Reading {
  read(more: () => boolean): boolean;
  readFirst?(wanted: (name: string) => boolean): void;
  readonly partial: PartialDirectory | undefined;
  end(): ParseDirectoryResult;
}

/**
 * Reads the file a slice at a time, telling `told` of the services so far: a whole directory as
 * it arrives (see DirectoryStream), a browse index (see core's browse/format.ts) once it is in.
 * Which one it is shows in its first few bytes. A browse index reads first the services that
 * any of the elements' people want.
 */
async function read(
  url: string,
  signal: AbortSignal,
  retry: boolean,
  wanted: ReadonlySet<Wanted>,
  lookAhead: () => LookAhead | undefined,
  told: Listener,
): Promise<ParseDirectoryResult> {
  let stream: DirectoryStream | undefined;
  let browse: string[] | undefined;
  let head = '';
  let toldAt = 0;
  let firstLook = Infinity;
  let finished = false;
  /** What any of the elements' people typed, as a test of a name; undefined when nothing is typed. */
  // The same tests give the same function: a look-ahead tells a new wish from an old one by it.
  let asked: { tests: Array<(name: string) => boolean>; test?: (name: string) => boolean } = { tests: [] };
  const wantedName = () => {
    const tests = [...wanted].map((want) => want()).filter((test) => !!test);
    if (tests.length !== asked.tests.length || tests.some((test, i) => test !== asked.tests[i])) {
      asked = { tests, test: tests.length < 2 ? tests[0] : (name) => tests.some((test) => test(name)) };
    }
    return asked.test;
  };
  let look: ReturnType<LookAhead> | undefined;
  let looks = 0;
  let looking: Promise<void> | undefined;
  const lookEarly = (text: string) => {
    const result = look?.(text);
    if (!result) return;
    const n = ++looks;
    // Only the latest look is shown, and none once the reading itself has shown some.
    looking = result.then((partial) => {
      if (partial && n === looks && toldAt === 0 && !finished && !signal.aborted) told(partial);
    });
  };
  // A browse index is all in memory when its reading starts: one first look is enough, and each
  // look more would build a search over thousands of services again.
  const work = async (reading: Reading, upTo = PARTIAL_UP_TO) => {
    for (;;) {
      // A few milliseconds of reading at a time, so a key press or a paint is never held up long.
      const done = reading.read(timeSlice());
      const partial = reading.partial;
      const valid = partial?.directory.services.length ?? 0;
      if (performance.now() >= firstLook && valid > 0 && valid >= toldAt * 2 && toldAt < upTo) {
        toldAt = valid;
        told(partial!);
      }
      if (done) return;
      await yieldToPage();
    }
  };
  /** What was read before a failure stays on screen: the elements hear of the latest of it. */
  const tellLatest = () => {
    const partial = stream?.partial;
    if (partial && partial.directory.services.length > toldAt) told(partial);
  };
  const fetched = fetchText(url, signal, { retry }, async (text) => {
    if (firstLook === Infinity) firstLook = performance.now() + FIRST_LOOK_MS;
    if (browse) {
      browse.push(text);
      lookEarly(text);
      return;
    }
    if (!stream) {
      head += text;
      const isBrowse = startsBrowseIndex(head);
      if (isBrowse === undefined) return;
      if (isBrowse) {
        browse = [head];
        look = lookAhead()?.(url, wantedName);
        lookEarly(head);
        return;
      }
      stream = new DirectoryStream();
      text = head;
    }
    stream.push(text);
    await work(stream);
  });
  await fetched.catch((error: unknown) => {
    if (!signal.aborted) tellLatest();
    // An early look still on its way must not show services after the failure.
    finished = true;
    throw error;
  });
  // Marks for performance tools (and the benchmarks): the whole file is in, and read.
  performance.mark('peer-support:data');
  let reader: Reading;
  let unfinished: () => boolean;
  if (browse) {
    // A look still on its way (its fragment) is shown first: reading a large index holds the
    // page for a second or more, and the fragment's answer would wait behind it.
    if (looking) await Promise.race([looking, new Promise((resolve) => setTimeout(resolve, LOOK_WAIT_MS))]);
    ({ reader, unfinished } = openIndex(browse, url));
    browse = look = undefined;
    const test = wantedName();
    if (test) reader.readFirst?.(test);
    await work(reader, 1);
  } else {
    // A file too short to tell what it is was never read as it came.
    if (!stream) {
      stream = new DirectoryStream();
      stream.push(head);
    }
    const whole = stream;
    unfinished = () => whole.unfinished;
    reader = whole;
  }
  const result = reader.end();
  finished = true;
  // A file that stops part way came to its end without an error only because the server ended
  // it early: a fault of the connection, not of the data, and worth trying again.
  if (!result.directory && unfinished()) {
    tellLatest();
    throw new LoadError('cut', `${url} stopped part way: the connection ended before the whole file came.`);
  }
  performance.mark('peer-support:parsed');
  return result;
}

/** A reader of a browse index that has all come: its text (2.8 MB at 10,000 services) is let go once parsed. */
function openIndex(pieces: readonly string[], url: string): { reader: BrowseIndexReader; unfinished: () => boolean } {
  const text = pieces.join('');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The reader says what is wrong, as with any index; only text that is not JSON can be cut short.
    const cut = endsUnfinished(text);
    return { reader: new BrowseIndexReader(text, url), unfinished: () => cut };
  }
  return { reader: new BrowseIndexReader(value, url), unfinished: () => false };
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
