// The Copy button beside the snippet. Its result goes to a status region that is on the page from
// the start (a region added later is not always heard), so a screen reader says it as the sighted
// see it. When the browser refuses the clipboard (an insecure page, a setting, an old browser),
// the code is selected instead and the message says how to copy it by hand.

const COPIED = 'Copied.';
const REFUSED = 'This browser did not let the page copy. The code is selected: copy it with Ctrl+C (⌘C on a Mac) or your browser’s Copy.';

/**
 * @param {HTMLButtonElement} button
 * @param {HTMLElement} code the element whose text is the snippet
 * @param {HTMLElement} status a role="status" element
 */
export function setUpCopy(button, code, status) {
  let pending;
  const say = (message) => {
    // Emptied first, then filled a moment later: the same words twice in a row are read again.
    status.textContent = '';
    clearTimeout(pending);
    pending = setTimeout(() => (status.textContent = message), 100);
  };
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      say(COPIED);
    } catch {
      const selection = getSelection();
      selection?.selectAllChildren(code);
      say(REFUSED);
    }
  });
  // Once the code changes, "Copied" would speak of code that is no longer there.
  return () => {
    clearTimeout(pending);
    status.textContent = '';
  };
}
