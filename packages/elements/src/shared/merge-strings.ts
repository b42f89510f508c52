const merged = new WeakMap<object, WeakMap<object, object>>();
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The default strings with a host's overrides. Groups of strings (plural forms, the words for
 * frequencies, the filter terms) merge one level deep, so overriding `results.one` keeps
 * `results.other`; lists (the crisis routes) are replaced whole. The result is kept for as long
 * as the host keeps the same overrides object, so it is worked out once, not on every keystroke.
 */
export function mergeStrings<T extends object>(defaults: T, overrides: Partial<T> | undefined): T {
  if (!overrides) return defaults;
  const forDefaults = merged.get(defaults) ?? merged.set(defaults, new WeakMap()).get(defaults)!;
  const known = forDefaults.get(overrides);
  if (known) return known as T;
  const result = { ...defaults } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = result[key];
    result[key] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }
  forDefaults.set(overrides, result);
  return result as T;
}
