import { organisationSchema } from '../directory/schema.js';
import { organisationKinds } from '../directory/vocabularies.js';
import { fieldValue, readAttributes, termsOf } from './import-attributes.js';
import { cleanNumber, PHONE_WHY } from './import-contact.js';
import type { ImportContext } from './import-context.js';
import type { ServiceRef } from './input.js';
import { accept, idFromName } from './validate.js';
import type { OrganizationView } from './views.js';
import { organisationDescription } from './wording.js';

const ORGANIZATION_WHY: Record<string, string> = {
  alternate_name: 'is another name for the organisation, which the directory does not keep',
  description: "is a description of the organisation; the directory keeps only the organisation's name and kind",
  tax_status: 'is a tax status, which the directory does not keep',
  tax_id: 'is a tax id, which the directory does not keep',
  year_incorporated: 'is a year of incorporation, which the directory does not keep',
  legal_status: 'is a legal status, which the directory does not keep',
  logo: 'is a logo, which the directory does not keep',
  uri: 'is an identifier for the organisation, which the directory does not keep',
  funding: 'is funding, which the directory does not keep',
  contacts: 'are named contacts, which the directory does not keep',
  locations: "are the organisation's own places; the directory reads a service's places from its service_at_locations",
  programs: 'are programs (groups of services), which the directory does not keep',
  metadata: 'is change history, which the directory does not keep',
};

export interface ReadOrganisation {
  readonly value: Record<string, unknown>;
  readonly origins: ReadonlyMap<string, string>;
}

export function readOrganisation(view: OrganizationView, context: ImportContext, ref: ServiceRef): ReadOrganisation | undefined {
  const { report } = context;
  const item = view.item;
  const shape = organisationSchema.shape;
  const attributes = readAttributes(view.attributes, 'organization', report, ref);
  const name = accept(shape.name, item.text('name'), report, item.at('name'), ref);
  if (name === undefined) {
    report.add(
      'error',
      item.at('name'),
      'missing_name',
      'is missing or not valid; the organisation that runs a service needs a name, so the service was left out.',
      ref,
    );
    return undefined;
  }
  const value: Record<string, unknown> = {};
  const origins = new Map<string, string>([['', item.at()]]);
  const put = (field: string, v: unknown, from: string) => {
    if (v === undefined) return;
    value[field] = v;
    origins.set(field, from);
  };

  const ownId = fieldValue(attributes, 'id');
  const id = ownId ? accept(shape.id, ownId.value, report, ownId.path, ref) : context.ours ? undefined : idFromName(name, 'organisation');
  put('id', id, ownId?.path ?? item.at());
  put('name', name, item.at('name'));

  let kind = termsOf(attributes, organisationKinds.id)[0];
  if (!kind) {
    // HSDS does not say what kind of organisation it is; a guess, said out loud, beats losing the service.
    kind = /\bNHS\b/.test(name) ? 'nhs' : /\b(?:council|borough)\b/i.test(name) ? 'local-authority' : 'voluntary-sector';
    report.warn(
      item.at(),
      'kind_guessed',
      `does not say what kind of organisation it is, so it was read as "${kind}"; check it (one of ${organisationKinds.ids.join(', ')}).`,
      ref,
    );
  }
  put('kind', kind, attributes.terms.get(organisationKinds.id)?.[0]?.path ?? item.at());
  if (item.text('description') === organisationDescription(kind)) item.skip('description');

  put('website', accept(shape.website, item.text('website'), report, item.at('website'), ref), item.at('website'));
  put('email', accept(shape.email, item.text('email'), report, item.at('email'), ref), item.at('email'));
  for (const phone of view.phones) {
    const number = cleanNumber(phone.text('number'));
    const type = phone.text('type')?.trim().toLowerCase() ?? 'voice';
    if (number !== undefined && value.phone === undefined && (type === 'voice' || type === 'cell')) {
      put('phone', accept(shape.phone, number, report, phone.at('number'), ref), phone.at('number'));
    } else {
      report.warn(
        phone.at(),
        'not_imported',
        "is another of the organisation's phones; the directory keeps one voice number for an organisation, so it was left out.",
        ref,
      );
    }
    report.leftovers(phone, ref, PHONE_WHY);
  }
  for (const identifier of view.identifiers) {
    const kindOf = `${identifier.text('identifier_type') ?? ''} ${identifier.text('identifier_scheme') ?? ''}`;
    const number = identifier.text('identifier');
    if (/charit|GB-CHC|GB-SC|GB-NIC/i.test(kindOf) && number !== undefined && value.charityNumber === undefined) {
      identifier.skip('identifier_type', 'identifier_scheme');
      put('charityNumber', accept(shape.charityNumber, number, report, identifier.at('identifier'), ref), identifier.at('identifier'));
    } else {
      report.warn(
        identifier.at(),
        'not_imported',
        `is ${kindOf.trim() ? `a "${kindOf.trim()}"` : 'an identifier'}; the directory keeps only a charity number, so it was left out.`,
        ref,
      );
      identifier.skip('identifier_type', 'identifier_scheme', 'identifier');
    }
    report.leftovers(identifier, ref);
  }
  report.leftovers(item, ref, ORGANIZATION_WHY);
  return { value, origins };
}
