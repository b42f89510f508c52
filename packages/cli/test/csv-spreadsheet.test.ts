import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fixture, run, scratch } from './helpers/run.js';

// Files as spreadsheet programs save them, byte for byte: Excel's "CSV UTF-8" (a byte order mark,
// CRLF), Excel's plain "CSV" on Windows (Windows-1252), Excel in much of Europe (semicolons),
// Excel's "Unicode text" (UTF-16 with tabs), LibreOffice and Google Sheets (UTF-8, no mark).

const HEADER = [
  'id',
  'name',
  'summary',
  'organisation_name',
  'organisation_kind',
  'formats',
  'areas',
  'cost',
  'cost_note',
  'last_reviewed',
  'contact_website',
];
/** Cells with a £ sign and curly quotes: what a wrong encoding damages. */
const ROW = [
  'test-tea',
  'Tea and talk',
  '\u201cCome as you are\u201d: a weekly peer group.',
  'Test Organisation',
  'charity',
  'Group; drop-in',
  'north-town',
  'donation',
  '\u00a32 for tea, if you can',
  '03/12/2026',
  'https://tea.example.org',
];

const csvLine = (cells: readonly string[], separator: string) =>
  cells.map((cell) => (cell.includes(separator) || cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell)).join(separator);
const sheet = (rows: readonly (readonly string[])[], separator = ',', newline = '\r\n') =>
  rows.map((row) => csvLine(row, separator)).join(newline) + newline;

/** Windows-1252 for the characters these tests use: everything else here is ASCII. */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '\u00a3': 0xa3, '\u201c': 0x93, '\u201d': 0x94, '\u2019': 0x92 };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function importBytes(bytes: Buffer) {
  const dir = scratch();
  const file = path.join(dir, 'services.csv');
  writeFileSync(file, bytes);
  const out = path.join(dir, 'out');
  const result = await run(['import-csv', file, '--out', out], { cwd: dir });
  const yaml = (id: string) => readFileSync(path.join(out, `${id}.yaml`), 'utf8');
  const service = (id: string) => parse(yaml(id)) as Record<string, unknown>;
  return { ...result, yaml, service };
}

describe('spreadsheets as Excel, LibreOffice and Google Sheets save them', () => {
  const saved: [string, Buffer][] = [
    ['Excel "CSV UTF-8": byte order mark, CRLF', Buffer.concat([BOM, Buffer.from(sheet([HEADER, ROW]))])],
    ['LibreOffice and Google Sheets: UTF-8, no mark', Buffer.from(sheet([HEADER, ROW], ',', '\n'))],
    ['Excel in much of Europe: semicolons between cells', Buffer.concat([BOM, Buffer.from(sheet([HEADER, ROW], ';'))])],
    ['Excel "Unicode text": UTF-16 with tabs', utf16le(sheet([HEADER, ROW], '\t'))],
  ];
  for (const [program, bytes] of saved) {
    it(`reads ${program}, keeping £ and curly quotes`, async () => {
      const result = await importBytes(bytes);
      assert.equal(result.code, 0, result.stdout);
      assert.match(result.stdout, /wrote 1 service .*no warnings/);
      const service = result.service('test-tea');
      assert.equal(service.summary, ROW[2]);
      assert.equal(service.costNote, ROW[8]);
      assert.deepEqual(service.formats, ['group', 'drop-in']);
      assert.equal(service.lastReviewed, '2026-12-03');
    });
  }

  it('reads Excel\'s plain "CSV" (Windows-1252) without damage, and says how to save it next time', async () => {
    const result = await importBytes(windows1252(sheet([HEADER, ROW])));
    assert.equal(result.code, 0, result.stdout);
    assert.match(
      result.stdout,
      /warning file: is not saved as UTF-8, so it was read as Windows-1252 .* save as "CSV UTF-8 \(Comma delimited\)"/,
    );
    const service = result.service('test-tea');
    assert.equal(service.summary, ROW[2]);
    assert.equal(service.costNote, ROW[8]);
  });
});

describe('files that are nearly right', () => {
  it('finds the separator when a heading holds another (a semicolon file with "Notes, internal")', async () => {
    const header = [...HEADER, 'Notes, internal'];
    const result = await importBytes(Buffer.concat([BOM, Buffer.from(sheet([header, [...ROW, '']], ';'))]));
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /column "Notes, internal": is not a column of the template; it is empty, so it was ignored/);
    assert.deepEqual(result.service('test-tea').formats, ['group', 'drop-in']);
  });

  it('refuses a UTF-8 file with a few bytes that are not, naming their lines, rather than damage the rest', async () => {
    const rows = [HEADER, ROW, ROW.map((cell, i) => (i === 0 ? 'test-two' : i === 8 ? 'Tea, ' : cell))];
    const text = sheet(rows);
    // A £ pasted in as Windows-1252 (0xA3) into the third row of an otherwise UTF-8 file.
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, text.lastIndexOf('Tea, ') + 5)),
      Buffer.from([0xa3]),
      Buffer.from('1' + text.slice(text.lastIndexOf('Tea, ') + 5)),
    ]);
    const result = await importBytes(bytes);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /error file: is saved as UTF-8 but has characters that are not, on line 3: retype them/);
  });
});

describe('spreadsheet mistakes, told by row, column letter and heading', () => {
  const withCells = (cells: Record<string, string>) => HEADER.map((name, i) => cells[name] ?? ROW[i]!);

  it('reads UK dates as UK spreadsheets write them', async () => {
    for (const [written, date] of [
      ['3/12/2026', '2026-12-03'],
      ['3 Dec 2026', '2026-12-03'],
      ['28 February 2027', '2027-02-28'],
      ['2026-11-22', '2026-11-22'],
    ] as const) {
      const result = await importBytes(Buffer.from(sheet([HEADER, withCells({ last_reviewed: written })])));
      assert.equal(result.code, 0, `${written}: ${result.stdout}`);
      assert.equal(result.service('test-tea').lastReviewed, date, written);
    }
  });

  it('refuses a date that cannot be day first, or is no date, with the exact fix', async () => {
    const rows = [
      HEADER,
      withCells({ id: 'us-date', last_reviewed: '12/13/2026' }),
      withCells({ id: 'no-such-day', last_reviewed: '31/02/2026' }),
    ];
    const result = await importBytes(Buffer.concat([BOM, Buffer.from(sheet(rows))]));
    assert.equal(result.code, 1);
    assert.ok(
      result.lines.includes(
        'services.csv row 2, column J: error last_reviewed: "12/13/2026" has no month 13: UK dates put the day first. If you mean 13 December 2026, write 2026-12-13.',
      ),
      result.stdout,
    );
    assert.ok(
      result.lines.includes(
        'services.csv row 3, column J: error last_reviewed: "31/02/2026": there is no 31 February 2026; check the day.',
      ),
      result.stdout,
    );
    // Told once: not also "is missing" for the date that could not be read.
    assert.equal(result.lines.filter((line) => line.includes('column J')).length, 2, result.stdout);
  });

  it('says a list is separated with semicolons when it was written with commas', async () => {
    const header = HEADER.map((name) => (name === 'formats' ? 'Formats' : name));
    const result = await importBytes(Buffer.from(sheet([header, withCells({ formats: 'Group, drop-in' })])));
    assert.equal(result.code, 1);
    assert.ok(
      result.lines.includes(
        'services.csv row 2, column F: error Formats: "Group, drop-in" separates its items with commas; separate them with ; (a semicolon), as in "group; drop-in".',
      ),
      result.stdout,
    );
  });

  it('suggests a known name only when it is close', async () => {
    const result = await importBytes(Buffer.from(sheet([HEADER, withCells({ formats: 'Group; cafe' })])));
    assert.equal(result.code, 1);
    const cafe = result.lines.find((line) => line.includes('"cafe"'));
    assert.ok(cafe, result.stdout);
    assert.match(cafe, /^services\.csv row 2, column F: /);
    assert.doesNotMatch(cafe, /did you mean/);
  });
});

describe('YAML and JSON as editors save them', () => {
  it('reads a JSON service that starts with a byte order mark (Notepad writes one)', async () => {
    const dir = scratch({}, fixture('good'));
    const yamlFile = path.join(dir, 'services/test-voices-group.yaml');
    const service = parse(readFileSync(yamlFile, 'utf8'));
    rmSync(yamlFile);
    writeFileSync(
      path.join(dir, 'services/test-voices-group.json'),
      Buffer.concat([BOM, Buffer.from(JSON.stringify(service, null, 2), 'utf8')]),
    );
    const result = await run(['validate', dir]);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.lines.at(-1)!, /2 services/);
  });

  it('refuses YAML that is not UTF-8 rather than damage its £ signs, and says how to save it', async () => {
    const dir = scratch({}, fixture('good'));
    const yamlFile = path.join(dir, 'services/test-voices-group.yaml');
    writeFileSync(yamlFile, Buffer.concat([readFileSync(yamlFile), windows1252('costNote: \u00a31 a week\n')]));
    const result = await run(['validate', dir]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /test-voices-group\.yaml: error file: is not saved as UTF-8, .*save it again with UTF-8 encoding/);
  });
});
