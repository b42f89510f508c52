/** Fills `%{name}` placeholders, the form every overridable string uses. */
export function format(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/%\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
