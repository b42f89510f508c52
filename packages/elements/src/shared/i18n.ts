/**
 * Plural forms of a string, chosen with `Intl.PluralRules`; `%{count}` is filled in. A `zero`
 * form, when given, is used for 0 in every language (English has no zero rule, but "No services
 * found" reads better than "0 services found").
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// Intl objects are slow to make and are asked for on every keystroke: one of each per language.
const rules = new Map<string, { plural: Intl.PluralRules; number: Intl.NumberFormat }>();

export function plural(forms: Plural, count: number, locale: string): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) }));
  const form = (count === 0 ? forms.zero : undefined) ?? forms[rule.plural.select(count)] ?? forms.other ?? '%{count}';
  return form.replace(/%\{count\}/g, rule.number.format(count));
}

/**
 * The language of the nearest ancestor with a `lang` attribute (crossing shadow roots), or the
 * document's. Read only: the element never writes `lang` anywhere on the host page.
 */
export function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return usable(node.getAttribute('lang')!);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en-GB';
}

/**
 * A language tag every Intl API accepts. Content systems write `en_GB` or `"en-GB "`; those would
 * make formatting throw, so they are repaired where they can be and fall back to British English.
 */
function usable(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}
