import { LINK_URL_PATTERN } from '../validation/link-pattern.js';

export { LINK_URL_PATTERN };

/**
 * Whether `url` is a link a person may follow, as validation allows one in a directory. Pages
 * check again before drawing a link: data may reach them without validation.
 */
export const isFollowableLink = (url: string): boolean => LINK_URL_PATTERN.test(url);

/** A number to dial: "+44 (0)20 7946 0000" dials as +442079460000, without the (0). */
export const dialable = (phone: string): string => phone.replace(/^(\+\d+)\s*\(0\)/, '$1').replace(/[^\d+]/g, '');

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
