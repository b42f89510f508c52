/** A plain text table: columns padded to their widest cell, numbers aligned right. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => i > 0 && rows.every((row) => /^[\d +]*$/.test(row[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

/** One CSV line, quoting cells that need it. */
export const csvLine = (cells: readonly (string | number)[]) =>
  cells.map((cell) => (typeof cell === 'number' || !/[",\n\r]/.test(cell) ? String(cell) : `"${cell.replace(/"/g, '""')}"`)).join(',');
