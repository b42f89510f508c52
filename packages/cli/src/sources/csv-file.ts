import { parse } from 'csv-parse/sync';
import { formatPath, nearest, type PathSegment } from '@peer-support-kit/core';
import { columnFor, columns, type Column } from '../csv/columns.js';
import { rowToService } from '../csv/row.js';
import type { LocatedProblem, Origin, Position, SourceFile, SourceValue } from './types.js';

interface Row {
  readonly cells: string[];
  /** Where each cell starts. */
  readonly positions: Position[];
  /** Where the row starts. */
  readonly start: Position;
}

/** A spreadsheet's column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/**
 * Reads a spreadsheet export: a header row naming template columns, then one service a row.
 * Every cell is accounted for: an unknown column with data, or cells beyond the header, is an
 * error (its data would otherwise be lost), and each problem points at the row and cell.
 */
export function readCsvFile(file: string, text: string): SourceFile {
  const problems: LocatedProblem[] = [];
  const rows = readRows(file, text, problems);
  if (!rows) return { file, services: [], problems };
  const [header, ...body] = rows;
  if (!header) {
    return {
      file,
      services: [],
      problems: [
        {
          severity: 'error',
          code: 'empty_csv',
          path: '',
          where: 'header',
          message: 'the file is empty; the first row should name the columns (see the template).',
          file,
          position: { line: 1, column: 1 },
        },
      ],
    };
  }
  const dataRows = body.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const at = (row: Row, index: number): Position => row.positions[index] ?? row.start;
  const headerProblem = (index: number, code: string, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ severity, code, path: '', where: `column "${header.cells[index]}"`, message, file, position: at(header, index) });

  // A problem names the column as the person's own header row does ("Organisation kind").
  const heading = (index: number) => header.cells[index]!.trim();
  const used = new Map<Column, number>();
  header.cells.forEach((name, index) => {
    const column = columnFor(name);
    const hasData = dataRows.some((row) => (row.cells[index] ?? '').trim() !== '');
    if (!column) {
      if (name.trim() === '' && !hasData) return;
      // "Adress" should lead to location_address: the part after the prefix is a name too.
      const suggestion = nearest(
        name,
        columns.map((c) => ({ id: c.name, names: c.name.includes('_') ? [c.name.slice(c.name.indexOf('_') + 1)] : [] })),
      );
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : ' The template lists the columns (templates/README.md).';
      if (hasData)
        headerProblem(
          index,
          'unknown_column',
          `is not a column of the template, so its data would be lost; rename it or remove it.${hint}`,
        );
      else headerProblem(index, 'unknown_column', `is not a column of the template; it is empty, so it was ignored.${hint}`, 'warning');
    } else if (used.has(column)) {
      headerProblem(
        index,
        'duplicate_column',
        `is the same column as column ${used.get(column)! + 1} ("${header.cells[used.get(column)!]}"); keep one.`,
      );
    } else used.set(column, index);
  });

  const services: SourceValue[] = [];
  for (const row of dataRows) {
    if (row.cells.length > header.cells.length) {
      const extra = row.cells.slice(header.cells.length).some((cell) => cell.trim() !== '');
      if (extra) {
        problems.push({
          severity: 'error',
          code: 'extra_cells',
          path: '',
          where: 'row',
          file,
          position: at(row, header.cells.length),
          message: `has ${row.cells.length} cells but the header names ${header.cells.length === 1 ? 'only 1 column' : `${header.cells.length} columns`}; the cells beyond the header would be lost.`,
        });
      }
    }
    const cells = new Map([...used].map(([column, index]) => [column, row.cells[index] ?? '']));
    const { service, problems: cellProblems } = rowToService(cells);
    const origin = rowOrigin(
      file,
      row,
      used,
      at,
      heading,
      new Set(cellProblems.filter((p) => p.severity === 'error').map((p) => p.column)),
    );
    for (const problem of cellProblems) {
      const index = used.get(problem.column)!;
      problems.push({
        severity: problem.severity,
        code: problem.code,
        path: '',
        where: heading(index),
        message: problem.message,
        file,
        position: at(row, index),
      });
    }
    services.push({ value: service, origin });
  }
  return { file, services, problems };
}

/** Problems inside a row's service point at the cell of the column that holds the field. */
function rowOrigin(
  file: string,
  row: Row,
  used: ReadonlyMap<Column, number>,
  at: (row: Row, index: number) => Position,
  heading: (index: number) => string,
  failed: ReadonlySet<Column>,
): Origin {
  const columnOf = (path: readonly PathSegment[]) => {
    let best: Column | undefined;
    for (const column of used.keys()) {
      const prefix = column.path.every((segment, i) => path[i] === segment);
      if (prefix && column.path.length <= path.length && (!best || column.path.length > best.path.length)) best = column;
    }
    return best;
  };
  return {
    file,
    locate: (path) => {
      const column = columnOf(path);
      return column ? at(row, used.get(column)!) : row.start;
    },
    reported: (path) => {
      const column = columnOf(path);
      return column !== undefined && failed.has(column);
    },
    describe: (path) => {
      const column = columnOf(path);
      if (column) return heading(used.get(column)!);
      // A field no column of this file holds: name the template column that would.
      const missing = columns.find((c) => c.path.length === path.length && c.path.every((segment, i) => path[i] === segment));
      return missing ? `${missing.name} (no such column)` : formatPath(path) || 'row';
    },
  };
}

/**
 * The separator a spreadsheet wrote: a comma, or a semicolon where the decimal mark is a comma
 * (Excel in much of Europe saves "CSV" that way). Read from the header row, outside quotes.
 */
function separatorOf(text: string): ',' | ';' | '\t' {
  const header = text.slice(0, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n')).replace(/"[^"]*"/g, '');
  // The most common of the three: a heading may hold another ("Notes, internal" in a file of
  // semicolons, which Excel leaves unquoted). Excel's "Unicode text" separates with tabs.
  const count = (separator: string) => header.split(separator).length - 1;
  const [best] = ([',', ';', '\t'] as const).map((separator) => [separator, count(separator)] as const).sort((a, b) => b[1] - a[1])[0]!;
  return best;
}

/** The rows with the position of each cell, or undefined (and a problem) when the CSV cannot be read. */
function readRows(file: string, text: string, problems: LocatedProblem[]): Row[] | undefined {
  // One line ending throughout, so line numbers count as an editor counts them.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = separatorOf(normalised);
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(normalised, { raw: true, relax_column_count: true, skip_empty_lines: false, delimiter }) as unknown as {
      record: string[];
      raw: string;
    }[];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    problems.push({
      severity: 'error',
      code: 'csv_syntax',
      path: '',
      where: 'syntax',
      file,
      position: { line: lines ?? 1, column: 1 },
      message: `this is not valid CSV: ${message.replace(/^[^:]*: /, '')}; nothing in this file was read.`,
    });
    return undefined;
  }
  const rows: Row[] = [];
  let line = 1;
  records.forEach(({ record, raw }, index) => {
    // The row as the spreadsheet numbers it (the header is row 1), whatever line breaks its cells hold.
    const row = index + 1;
    const offsets = fieldOffsets(raw, delimiter);
    const positions = offsets.map((offset, column) => ({ ...positionIn(raw, offset, line), cell: { row, letter: columnLetter(column) } }));
    rows.push({ cells: record, positions, start: { line, column: 1, cell: { row, letter: '' } } });
    line += (raw.match(/\n/g) ?? []).length;
  });
  return rows;
}

/** Where each field of a raw record starts (quoted fields may hold commas and line breaks). */
function fieldOffsets(raw: string, delimiter: string): number[] {
  const offsets = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '"') {
      if (quoted && raw[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (char === delimiter && !quoted) offsets.push(i + 1);
    else if (char === '\n' && !quoted) break;
  }
  return offsets;
}

function positionIn(raw: string, offset: number, firstLine: number): Position {
  const before = raw.slice(0, offset);
  const newlines = (before.match(/\n/g) ?? []).length;
  return { line: firstLine + newlines, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
