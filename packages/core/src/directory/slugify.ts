/**
 * `"Tea & Talk, Café"` → `tea-and-talk-cafe`: an id in the directory's form (lowercase letters and
 * digits, single hyphens between) made from a name. Accents go, their letters stay; `&` reads
 * "and". At most `maxLength` characters (80 by default, as an id may have), never ending in a
 * hyphen; `''` when nothing is left, so each caller chooses its own fallback. The CLI's
 * spreadsheet import and the Open Referral import both use this, so one name gives one id.
 */
export function slugify(text: string, maxLength = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
