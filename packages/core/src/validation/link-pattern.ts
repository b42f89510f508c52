/**
 * A link a person may follow: a web page over https, an email, a phone call or a text. Nothing
 * else (no `javascript:`, `data:` or plain `http:`) reaches a partner's page. Its own module, so
 * the pages that check a link carry this pattern and not every format's advice.
 */
export const LINK_URL_PATTERN =
  /^(?:https:\/\/[^\s/?#]+\.\S*|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9]{3,15}|sms:\+?[0-9]{3,15}(?:\?body=\S*)?)$/;
