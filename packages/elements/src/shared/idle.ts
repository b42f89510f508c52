/** Longest slice of work run at once when the browser gives no idle time of its own. */
export const SLICE_MS = 8;

/** A `more()` for sliced work: true until `ms` from now. */
export function timeSlice(ms = SLICE_MS): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() < end;
}

/**
 * Runs `work` when the page is idle, with `more()` saying whether there is time left, so long
 * work done in slices never holds up a key press. Where the browser has no idle callbacks
 * (Safari), or was never idle within a second, a slice is a few milliseconds.
 */
export function whenIdle(work: (more: () => boolean) => void): void {
  const slice = () => work(timeSlice());
  if (!globalThis.requestIdleCallback) {
    setTimeout(slice, 50);
    return;
  }
  requestIdleCallback((deadline) => (deadline.didTimeout ? slice() : work(() => deadline.timeRemaining() > 1)), { timeout: 1000 });
}

/**
 * Gives the page a turn (input, rendering, other tasks) before carrying on: `scheduler.yield()`
 * where the browser has it, else a message to ourselves, which, unlike a zero timeout, is not
 * slowed to 4 ms once nested.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
