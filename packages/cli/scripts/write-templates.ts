// Writes templates/services-template.csv and the column table in templates/README.md from the
// column definitions in src/csv/columns.ts, so the template, its documentation and the import
// cannot drift apart (a test checks that these files are up to date).
import { readFileSync, writeFileSync } from 'node:fs';
import { templateColumnsTable, templateCsv } from '../src/csv/template.js';

const START = '<!-- columns:start -->';
const END = '<!-- columns:end -->';

writeFileSync('templates/services-template.csv', templateCsv());
const readme = readFileSync('templates/README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync('templates/README.md', `${before}\n${templateColumnsTable()}\n${after}`);
console.log('templates/services-template.csv and templates/README.md written');
