// One load of one page, as on a phone on a slow connection: a fresh browser context (nothing
// cached), the network and the CPU slowed through the DevTools protocol, and the probe
// (probe.ts) recording when each figure is first on screen.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import type { Figure, ProbeResult, TypedQuery } from './probe.js';

export interface Connection {
  readonly name: string;
  /** Round trip added to every request, ms. */
  readonly latencyMs: number;
  /** Both ways, bytes a second. */
  readonly bytesPerSecond: number;
}

export interface PageUnderTest {
  readonly name: string;
  readonly path: string;
  readonly figures: readonly Figure[];
  /** Typed into the search box as soon as one is drawn (figure `queryResult`). */
  readonly query?: TypedQuery;
  /** How long to wait for the figures, ms (20 s unless given). */
  readonly giveUpMs?: number;
}

export interface Request {
  readonly url: string;
  status?: number;
  /** The body's bytes over the wire (compressed), from Network.dataReceived; headers not counted. */
  bytes: number;
  headerBytes?: number;
  failed?: string;
}

export interface Measurement {
  /** ms from navigation start; absent: not seen in time. */
  readonly seen: ProbeResult['seen'];
  readonly bytes: number;
  readonly requests: readonly Request[];
  /** Body bytes over the wire received by each ms from the first request (about navigation start). */
  bytesBy(ms: number): number;
  /** The main thread's JavaScript heap once the figures are seen, after a garbage collection. */
  readonly heap: { readonly usedBytes: number; readonly totalBytes: number };
}

/** A phone: iPhone 12–15 sized (CSS pixels), touch, mobile viewport rules. */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const cpuSlowdown = 4;

/** The probe as a plain script for addInitScript: bundled, since the page gets its source text. */
export async function probeScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'pagesProbe',
    target: 'es2022',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Loads the page once with nothing slowed, so the first measured load is not a cold browser's. */
export async function warmUp(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext(phone);
  // A national directory's plain file takes a while to read even unthrottled.
  await (await context.newPage()).goto(url, { waitUntil: 'networkidle', timeout: 180_000 });
  await context.close();
}

export async function measure(
  browser: Browser,
  probe: string,
  url: string,
  page: PageUnderTest,
  connection: Connection,
): Promise<Measurement> {
  const context = await browser.newContext(phone);
  // Top frame only: frames of the page (none today) start their own clocks.
  await context.addInitScript({
    content: `${probe}\nif (window === window.top) window.pagesProbeResult = pagesProbe.watch(${JSON.stringify(page.figures)}, ${JSON.stringify(page.query)}, ${page.giveUpMs ?? 20_000});`,
  });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const requests = new Map<string, Request>();
  // Monotonic seconds, the DevTools protocol's clock: when the first request left, and each body chunk.
  let firstRequestAt: number | undefined;
  const received: Array<{ at: number; bytes: number; requestId: string }> = [];
  const finishedAt = new Map<string, number>();
  const update = (requestId: string, change: (request: Request) => void) => {
    const request = requests.get(requestId);
    if (request) change(request);
  };
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
    firstRequestAt ??= timestamp;
    requests.set(requestId, { url: request.url, bytes: 0 });
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) =>
    update(requestId, (request) => Object.assign(request, { status: response.status, headerBytes: response.encodedDataLength })),
  );
  cdp.on('Network.dataReceived', ({ requestId, encodedDataLength, timestamp }) => {
    received.push({ at: timestamp, bytes: encodedDataLength, requestId });
    update(requestId, (request) => (request.bytes += encodedDataLength));
  });
  // The page's own document arrives with dataReceived events of 0 encoded bytes: its body is then
  // the finished total less the headers (the same as the sum for every other request).
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength, timestamp }) => {
    finishedAt.set(requestId, timestamp);
    update(requestId, (request) => (request.bytes = Math.max(request.bytes, encodedDataLength - (request.headerBytes ?? 0))));
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) => update(requestId, (request) => (request.failed = errorText)));
  // No copies of the bodies for DevTools to show (a phone keeps none): keeping them costs the page
  // time when a large file ends, which would count against it.
  await cdp.send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: connection.latencyMs,
    downloadThroughput: connection.bytesPerSecond,
    uploadThroughput: connection.bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

  await tab.goto(url, { waitUntil: 'commit' });
  const { seen } = await tab.evaluate(() => (window as unknown as { pagesProbeResult: Promise<ProbeResult> }).pagesProbeResult);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  // Count every byte the page asks for, including what arrives after the last figure.
  await tab.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await context.close();
  const list = [...requests.values()];
  const by = (at: number, ms: number) => (at - (firstRequestAt ?? 0)) * 1000 <= ms;
  // A request whose chunks came with 0 encoded bytes (the page's own document, see loadingFinished
  // above) counts its whole body when it finished.
  const chunked = new Set(received.filter((chunk) => chunk.bytes > 0).map((chunk) => chunk.requestId));
  const bytesBy = (ms: number) =>
    received.filter((chunk) => by(chunk.at, ms)).reduce((sum, chunk) => sum + chunk.bytes, 0) +
    [...requests]
      .filter(([id]) => !chunked.has(id) && finishedAt.has(id) && by(finishedAt.get(id)!, ms))
      .reduce((sum, [, request]) => sum + request.bytes, 0);
  return {
    seen,
    bytes: list.reduce((sum, request) => sum + request.bytes, 0),
    requests: list,
    bytesBy,
    heap: { usedBytes: usedSize, totalBytes: totalSize },
  };
}
