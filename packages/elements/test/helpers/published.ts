/**
 * Files published on the test server (scripts/test-routes.js), for tests that need a real
 * address: one that answers slowly, counts how often it is asked for, or changes between loads.
 */

/** A key of its own for each test, so tests never see each other's files or counts. */
export const uniqueKey = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

/** Publishes `data` at `publishedUrl(key)`; publishing again replaces it, as a new build would. */
export async function publish(key: string, data: unknown): Promise<void> {
  const response = await fetch(`/test-routes/store/${key}`, { method: 'POST', body: JSON.stringify(data) });
  if (!response.ok) throw new Error(`Could not store ${key}: ${response.status}`);
}

/** The address that answers with what was published under `key`, after `ms` milliseconds if given. */
export const publishedUrl = (key: string, ms = 0) => `/test-routes/stored/${key}${ms ? `?ms=${ms}` : ''}`;

/** How many requests the server has had for `publishedUrl(key)`. */
export async function timesAsked(key: string): Promise<number> {
  return Number(await (await fetch(`/test-routes/asked/${key}`)).text());
}
