/** First strong isolate and pop directional isolate: what `isolate` wraps data in. */
const FSI = '\u2068';
const PDI = '\u2069';
/** Characters that open or close an embedding, override or isolate. */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text from the data, isolated for the bidirectional algorithm wherever it sits inside other
 * text: its direction is its own (a Hebrew or Arabic name reads right to left), and nothing in
 * it runs on into the text around it. A right-to-left override left open in a name would
 * otherwise reverse the words after it ("Run by CAPITAL‮ · A user-led organisation"). Closing
 * marks with nothing open before them are dropped, as they would close our isolate early; marks
 * left open are closed by its end. A value alone in its own block needs none of this.
 */
export function isolate(text: string): string {
  return FSI + (CONTROLS.test(text) ? balanced(text) : text) + PDI;
}

/** Items from the data, each isolated, as a list: "Brighton, Hove". */
export const listOf = (items: readonly string[]): string => items.map(isolate).join(', ');

/** `text` less any closing mark (PDF, PDI) that closes nothing opened in it. */
function balanced(text: string): string {
  let out = '';
  // What is open, innermost last: isolates and embeddings close in their own ways (a PDI also
  // closes the embeddings inside its isolate).
  const open: Array<'isolate' | 'embedding'> = [];
  for (const char of text) {
    if (char >= '\u2066' && char <= '\u2068') open.push('isolate');
    else if (char >= '\u202a' && char <= '\u202e' && char !== '\u202c') open.push('embedding');
    else if (char === PDI) {
      const at = open.lastIndexOf('isolate');
      if (at < 0) continue;
      open.length = at;
    } else if (char === '\u202c') {
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    }
    out += char;
  }
  return out;
}
