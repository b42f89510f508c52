/**
 * Waits until `check` returns something truthy, polling every 10 ms (not each animation frame:
 * test pages run side by side and a hidden page gets no frames); fails after `timeout` ms.
 */
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeout = 4000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Text of an element with runs of white space collapsed, as a reader hears it. */
export function textOf(node: Node | null | undefined): string {
  // Without the marks that keep text from the data to itself (shared/bidi.ts): a reader does not hear them.
  return (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
