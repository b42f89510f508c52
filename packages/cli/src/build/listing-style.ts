/**
 * The static listing's only styles, inline: no fonts, images or other files to fetch. The
 * system's own font, text that reflows at 320 px, colours well above WCAG AA contrast, and a
 * focus that shows (GOV.UK's yellow and black, seen on any background).
 */
export const listingStyle = `
*, *::before, *::after { box-sizing: border-box; }
html { color-scheme: light; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto;
  max-width: 48rem;
  padding: 1rem;
  font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1b1b1b;
  background: #fff;
  overflow-wrap: break-word;
}
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0; }
h2 { font-size: 1.375rem; line-height: 1.25; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.1875rem; line-height: 1.3; margin: 0 0 0.5rem; }
p { margin: 0 0 0.75rem; }
a { color: #0b4f8a; text-decoration-thickness: 1px; text-underline-offset: 0.15em; overflow-wrap: anywhere; }
a:hover { color: #06325a; text-decoration-thickness: 2px; }
a:focus { outline: 3px solid transparent; color: #0b0c0c; background: #fd0; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
aside { margin: 1rem 0 1.5rem; padding: 0.75rem 1rem; border: 3px solid #0b4f8a; background: #f2f7fb; }
aside h2 { margin-top: 0; }
aside ul { padding-left: 1.25rem; }
aside p { margin: 0; }
nav ul { padding-left: 1.25rem; margin: 0; }
nav li { margin: 0.25rem 0; }
section { margin-top: 2rem; }
section > h2 { padding-bottom: 0.25rem; border-bottom: 3px solid #0b4f8a; }
.also { color: #3b3b3b; }
article { padding: 1rem 0; border-top: 1px solid #8a8a8a; }
section > h2 + article, section > p + article { border-top: 0; }
article:target { outline: 3px solid #0b4f8a; outline-offset: 0.25rem; }
.notice { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-left: 5px solid #8a4b00; background: #fdf3e1; }
.notice p { margin: 0.25rem 0; }
.who { color: #3b3b3b; }
.summary { font-size: 1.125rem; }
dl { margin: 0.75rem 0 0; }
dl > div { margin: 0 0 0.5rem; }
dt { font-weight: 700; }
dd { margin: 0 0 0.125rem; }
footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 3px solid #0b4f8a; }
@media (min-width: 40rem) {
  body { padding: 1.5rem 2rem; }
  h1 { font-size: 2.25rem; }
  dl > div { display: flow-root; }
  dt { float: left; width: 11rem; }
  dd { margin-left: 12rem; }
}
@media print {
  a { color: inherit; }
  aside, section > h2 { border-color: #000; }
}
`;
