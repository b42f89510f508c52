// What each --peer-support-* custom property changes, written once: custom-elements.json lists
// each under every element whose styles read it (see custom-elements-manifest.config.mjs), and
// the docs' reference is made from that. A property read with no description here fails the
// manifest test (test/manifest.test.ts).
export const TOKENS = {
  '--peer-support-font-family': 'Font of all text (default: the system font).',
  '--peer-support-font-size': "Base size everything scales from (default: the reader's default size).",
  '--peer-support-line-height': 'Line height of body text.',
  '--peer-support-heading-font-family': 'Font of headings (default: the font of all text).',
  '--peer-support-color-text': 'Text colour.',
  '--peer-support-color-heading': 'Colour of headings.',
  '--peer-support-color-muted': 'Secondary text colour (who runs a service, hints, counts).',
  '--peer-support-color-background': "The element's background (default: transparent, the page's own).",
  '--peer-support-color-surface': 'Background of panels, notices and messages.',
  '--peer-support-color-card': 'Background of cards (results, principles).',
  '--peer-support-color-border': 'Border colour of cards, panels and tables.',
  '--peer-support-color-accent': 'Accent colour: borders of cards, numbers, headings of groups.',
  '--peer-support-color-link': 'Link colour.',
  '--peer-support-color-link-hover': 'Link colour under the pointer.',
  '--peer-support-color-button': 'Background of buttons.',
  '--peer-support-color-button-text': 'Text colour of buttons.',
  '--peer-support-color-button-hover': 'Background of buttons under the pointer.',
  '--peer-support-color-crisis': 'Border colour of the crisis help block.',
  '--peer-support-color-crisis-background': 'Background of the crisis help block.',
  '--peer-support-color-warning': 'Border colour of warnings (closed, not checked lately).',
  '--peer-support-color-highlight': 'Background of the words a search matched.',
  '--peer-support-color-gap': 'Background of a coverage cell with no services.',
  '--peer-support-color-gap-text': 'Text colour of a coverage cell with no services.',
  '--peer-support-focus-color': 'Focus ring colour.',
  '--peer-support-focus-halo': 'The light halo around the focus ring, so it shows on any background.',
  '--peer-support-radius': 'Corner radius of cards, panels and buttons.',
};
