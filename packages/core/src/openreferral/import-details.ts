import { serviceSchema } from '../directory/schema.js';
import { costs, type Cost } from '../directory/vocabularies.js';
import { fieldValue, readAttributes, type Found } from './import-attributes.js';
import type { ImportContext } from './import-context.js';
import { matchTerm } from './import-location.js';
import type { Item, Report, ServiceRef } from './input.js';
import { accept } from './validate.js';
import type { AreaView } from './views.js';

// Where, what it costs and in which languages: the parts of a service read from lists of records.

export function readArea(view: AreaView, context: ImportContext, ref: ServiceRef): string | undefined {
  const { report } = context;
  const item = view.item;
  const attributes = readAttributes(view.attributes, 'service_area', report, ref);
  const ownId = fieldValue(attributes, 'id');
  const name = item.text('name');
  let id: string | undefined;
  if (ownId) {
    id = accept(serviceSchema.shape.areas, [ownId.value], report, ownId.path, ref)?.[0];
  } else if (name === undefined) {
    report.warn(item.at('name'), 'invalid_value', 'is missing, so the service area was left out.', ref);
  } else if (name.length > 120) {
    report.warn(
      item.at('name'),
      'not_imported',
      `is too long for the name of an area (${name.length} characters, at most 120), so the service area was left out; the directory names areas such as "West Sussex".`,
      ref,
    );
  } else {
    id = context.areas.idFor(name);
  }
  report.leftovers(item, ref, {
    description: 'is a description of the area, which the directory does not keep',
    extent: 'is the shape of the area, which the directory does not keep',
    extent_type: 'is the format of the shape of the area, which the directory does not keep',
    uri: 'is an identifier of the area, which the directory does not keep',
  });
  return id;
}

/** Free, a donation or a charge: read from our option names, or from the amount. */
export function readCosts(service: Item, rows: readonly Item[], report: Report, ref: ServiceRef): Found<Cost> | undefined {
  const found: Array<Found<Cost>> = [];
  for (const row of rows) {
    const option = row.text('option');
    const rawAmount = row.get('amount');
    const amount = rawAmount === undefined ? undefined : Number(rawAmount);
    const currency = row.text('currency');
    const named = option === undefined ? undefined : (matchTerm(costs, option) as Cost | undefined);
    const cost: Cost | undefined = named ?? (amount === undefined || !Number.isFinite(amount) ? undefined : amount === 0 ? 'free' : 'paid');
    if (!cost) {
      report.warn(
        row.at(),
        'not_imported',
        'does not say whether the service is free, asks for a donation or charges (no known option, no amount), so it was left out.',
        ref,
      );
      continue;
    }
    found.push({ value: cost, path: row.at() });
    if (amount !== undefined && amount !== 0) {
      report.warn(
        row.at('amount'),
        'not_imported',
        `(${rawAmount}${
          currency ? ` ${currency}` : ''
        }) is a price; the directory records only that there is a charge, so write the price in fees_description.`,
        ref,
      );
    }
    if (option !== undefined && !named) {
      report.warn(row.at('option'), 'not_imported', `"${option}" is a condition of this price, which the directory does not keep.`, ref);
    }
    report.leftovers(row, ref, {
      valid_from: 'is when the price starts, which the directory does not keep',
      valid_to: 'is when the price ends, which the directory does not keep',
      amount_description: 'is what the price covers, which the directory does not keep (write it in fees_description)',
    });
  }
  const kinds = [...new Set(found.map((f) => f.value))];
  if (kinds.length > 1) {
    report.warn(
      service.at('cost_options'),
      'not_imported',
      `say different things (${kinds.join(', ')}); the directory keeps one cost, so none was set: choose one.`,
      ref,
    );
    return undefined;
  }
  return found[0];
}

export function readLanguages(rows: readonly Item[], report: Report, ref: ServiceRef): string[] | undefined {
  const codes: string[] = [];
  for (const row of rows) {
    const code = row.text('code')?.trim();
    if (code === undefined) {
      const name = row.text('name');
      report.warn(
        row.at('code'),
        'invalid_value',
        `is missing${name ? ` (the language is "${name}")` : ''}; the directory keeps languages by code, such as "pl", so it was left out.`,
        ref,
      );
    } else {
      row.skip('name'); // the name follows from the code
      // Language tags ignore case; the directory writes the language part in lowercase.
      const tag = code.replace(/^[A-Za-z]+/, (language) => language.toLowerCase());
      const accepted = accept(serviceSchema.shape.languages, [tag], report, row.at('code'), ref)?.[0];
      if (accepted && !codes.includes(accepted)) codes.push(accepted);
    }
    report.leftovers(row, ref, { note: 'is a note about the language, which the directory does not keep' });
  }
  if (codes.length > 30)
    report.warn(rows[30]!.at(), 'not_imported', 'is past the 30 languages a service can list, so it and the rest were left out.', ref);
  return codes.length ? codes.slice(0, 30) : undefined;
}
