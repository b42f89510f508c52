import { escapeHtml, isFollowableLink } from '@peer-support-kit/core';

/**
 * `url` ready for a quoted `href="…"`, or undefined when it is not a link core's validation
 * allows: nothing else (no `javascript:`, `data:` or plain `http:`) becomes a link on a published page.
 */
export function safeHref(url: string): string | undefined {
  return isFollowableLink(url) ? escapeHtml(url) : undefined;
}

/** A link to `url` with `text` (plain text, escaped here), or only the text when the link is refused. */
export function linkTo(url: string | undefined, text: string): string {
  const href = url === undefined ? undefined : safeHref(url);
  return href ? `<a href="${href}">${escapeHtml(text)}</a>` : escapeHtml(text);
}
