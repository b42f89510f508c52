import { escapeHtml } from '@peer-support-kit/core';

/**
 * The links a person may follow, as core's validation allows them in a directory (the pattern of
 * `contact.links[].url` in directory.schema.json; a test keeps the two the same): a web page over
 * https, an email, a phone call or a text. Nothing else (no `javascript:`, `data:` or plain
 * `http:`) becomes a link on a published page.
 */
export const LINK = /^(?:https:\/\/[^\s/?#]+\.\S*|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9]{3,15}|sms:\+?[0-9]{3,15}(?:\?body=\S*)?)$/;

/** `url` ready for a quoted `href="…"`, or undefined when it is not a link core allows. */
export function safeHref(url: string): string | undefined {
  return LINK.test(url) ? escapeHtml(url) : undefined;
}

/** A link to `url` with `text` (plain text, escaped here), or only the text when the link is refused. */
export function linkTo(url: string | undefined, text: string): string {
  const href = url === undefined ? undefined : safeHref(url);
  return href ? `<a href="${href}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** A number to dial: "+44 (0)20 7946 0000" dials as +442079460000, without the (0). */
export const dialable = (phone: string) => phone.replace(/^(\+\d+)\s*\(0\)/, '$1').replace(/[^\d+]/g, '');

/** "https://www.westsussexmind.org/" → "westsussexmind.org": where a link goes, in a few letters. */
export function siteName(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const path = pathname.replace(/\/$/, '');
    return hostname.replace(/^www\./, '') + (path.length > 1 && path.length <= 30 ? path : '');
  } catch {
    return url;
  }
}
