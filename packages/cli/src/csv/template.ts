import { columns } from './columns.js';

/** The template's header row. CRLF, as spreadsheet programs write CSV. */
export const templateCsv = (): string => `${columns.map((column) => column.name).join(',')}\r\n`;

const MULTI = new Set(['terms', 'list', 'lines', 'slugs', 'sessions', 'sources', 'links']);

/** The table of columns in templates/README.md, made from the same definitions the import uses. */
export function templateColumnsTable(): string {
  const rows = columns.map((column) => {
    const several = MULTI.has(column.kind) ? ' Several: separate them with `;`.' : '';
    const words = column.vocab ? ` Words: ${column.vocab.terms.map((term) => `\`${term.id}\` (${term.label})`).join(', ')}.` : '';
    return `| \`${column.name}\` | ${`${column.help}${several}${words}`.replace(/\|/g, '\\|')} |`;
  });
  return ['| column | what to write |', '|---|---|', ...rows].join('\n');
}
