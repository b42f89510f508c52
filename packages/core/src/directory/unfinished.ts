const QUOTE = 34; // "
const BACKSLASH = 92;
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91; // [
const CLOSE_LIST = 93;

/**
 * Whether `text` is the start of a JSON object or list cut off before its end: a bracket still
 * open or a string not closed when the text runs out. A file like that did not all arrive (the
 * connection dropped, or the server stopped sending): a fault of the network, worth trying
 * again, not of the file. Text that is not JSON from its first character, or whose value ended
 * before the text did, is not unfinished. Scans without recursion, however deep the nesting.
 */
export function endsUnfinished(text: string): boolean {
  let at = text.search(/\S/);
  const first = at < 0 ? -1 : text.charCodeAt(at);
  if (first !== OPEN_OBJECT && first !== OPEN_LIST) return false;
  let depth = 0;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === QUOTE) {
      at = closingQuote(text, at + 1);
      if (at < 0) return true;
    } else if (c === OPEN_OBJECT || c === OPEN_LIST) depth++;
    else if ((c === CLOSE_OBJECT || c === CLOSE_LIST) && --depth === 0) return false;
  }
  return true;
}

/** Where the string that begins before `from` ends, or -1 if the text ends first. */
function closingQuote(text: string, from: number): number {
  for (let at = from; ;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
    at = quote + 1;
  }
}
