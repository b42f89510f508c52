/**
 * The text of toJson(value) (two-space indents, a final newline) in parts, to be written as they
 * come: a national directory's JSON files are hundreds of megabytes, more than one string can
 * hold. The outer objects and lists are taken apart; what lies `depth` levels down (a service,
 * an Open Referral record) is one part, made by JSON.stringify itself, so the bytes are the same.
 */
export function* jsonParts(value: unknown, depth = 2): Generator<string> {
  yield* partsOf(value, '', depth);
  yield '\n';
}

function* partsOf(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth === 0 || !isPlainContainer(value)) {
    const text = JSON.stringify(value, null, 2);
    // Its own lines start from no indent: move them in. A newline in the data is written "\n", so every newline here is between lines.
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  const isList = Array.isArray(value);
  const keys = isList ? undefined : Object.keys(value);
  const count = keys ? keys.length : (value as unknown[]).length;
  let written = 0;
  for (let at = 0; at < count; at++) {
    const item = keys ? (value as Record<string, unknown>)[keys[at]!] : (value as unknown[])[at];
    // JSON.stringify leaves a field out when it cannot write its value (undefined, a function), and writes null in a list.
    if (keys && !writable(item)) continue;
    yield `${written++ === 0 ? (isList ? '[' : '{') : ','}\n${inner}${keys ? `${JSON.stringify(keys[at])}: ` : ''}`;
    if (writable(item)) yield* partsOf(item, inner, depth - 1);
    else yield 'null';
  }
  yield written === 0 ? (isList ? '[]' : '{}') : `\n${indent}${isList ? ']' : '}'}`;
}

/** An array or a plain object: not a Date (JSON.stringify would call its toJSON), nor a boxed string. */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** Whether JSON.stringify writes the value at all: undefined, functions and symbols it leaves out. */
const writable = (value: unknown) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
