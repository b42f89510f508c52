import { contactSchema } from '../directory/schema.js';
import type { Found, ReadAttributes } from './import-attributes.js';
import type { Item, Report, ServiceRef } from './input.js';
import { accept, acceptEach, parseJson } from './validate.js';
import type { ContactView, ServiceView } from './views.js';

export const PHONE_WHY: Record<string, string> = {
  extension: 'is a phone extension, which the directory has no place for',
  description: 'is a note about the phone, which the directory does not keep',
  languages: 'are languages of the phone line; the directory keeps languages for the whole service',
};

const CONTACT_WHY: Record<string, string> = {
  name: 'is the name of a person, which the directory does not keep',
  title: 'is the job title of a person, which the directory does not keep',
  department: 'is a department, which the directory does not keep',
};

/** The service's ways in: its url, email and phones, and failing those, those of its places and named contacts. */
export function readContact(
  view: ServiceView,
  onlineUrl: Found | undefined,
  attributes: ReadAttributes,
  origins: Map<string, string>,
  report: Report,
  ref: ServiceRef,
): Record<string, unknown> | undefined {
  const item = view.item;
  const shape = contactSchema.shape;
  const contact: Record<string, unknown> = {};
  const set = (field: string, value: unknown, from: string) => {
    if (value === undefined) return;
    contact[field] = value;
    origins.set(`contact.${field}`, from);
  };
  set('website', accept(shape.website, item.text('url'), report, item.at('url'), ref), item.at('url'));
  set('email', accept(shape.email, item.text('email'), report, item.at('email'), ref), item.at('email'));
  for (const phone of view.phones) readPhone(phone, false);

  // Second-hand ways in: used when the service has none of its own, else reported.
  if (onlineUrl) {
    if (contact.website === undefined) set('website', accept(shape.website, onlineUrl.value, report, onlineUrl.path, ref), onlineUrl.path);
    else if (onlineUrl.value !== contact.website) {
      report.warn(
        onlineUrl.path,
        'not_imported',
        "is the online location's address; the service's own website was kept, so it was left out.",
        ref,
      );
    }
  }
  const named: ContactView[] = [...view.contacts, ...view.locations.flatMap((place) => place.contacts)];
  for (const place of view.locations) for (const phone of place.phones) readPhone(phone, true);
  for (const person of named) {
    const email = person.item.text('email');
    if (email !== undefined) {
      if (contact.email === undefined) {
        set('email', accept(shape.email, email, report, person.item.at('email'), ref), person.item.at('email'));
        report.warn(
          person.item.at('email'),
          'contact_used',
          'belongs to a named contact; the service has no email of its own, so this one was used.',
          ref,
        );
      } else if (email !== contact.email) {
        report.warn(
          person.item.at('email'),
          'not_imported',
          "belongs to a named contact; the service's own email was kept, so it was left out.",
          ref,
        );
      }
    }
    for (const phone of person.phones) readPhone(phone, true);
    report.leftovers(person.item, ref, CONTACT_WHY);
  }

  const links = (attributes.fields.get('link') ?? []).map((found) => parseJson(found, report, ref));
  set(
    'links',
    acceptEach(
      shape.links,
      links.filter((link) => link !== undefined),
      10,
      'links',
      report,
      ref,
    ),
    attributes.fields.get('link')?.[0]?.path ?? item.at(),
  );
  return Object.keys(contact).length ? contact : undefined;

  function readPhone(phone: Item, secondHand: boolean) {
    const number = cleanNumber(phone.text('number'));
    const type = phone.text('type')?.trim().toLowerCase() ?? 'voice';
    const slot = type === 'text' || type === 'sms' ? 'text' : type === 'voice' || type === 'cell' ? 'phone' : undefined;
    if (number === undefined) {
      report.warn(phone.at('number'), 'invalid_value', 'is missing, so the phone was left out.', ref);
    } else if (!slot) {
      report.warn(
        phone.at('type'),
        'not_imported',
        `is "${type}"; the directory keeps a phone number and a number for texts, so this one was left out.`,
        ref,
      );
    } else if (contact[slot] !== undefined) {
      if (contact[slot] !== number)
        report.warn(
          phone.at('number'),
          'not_imported',
          `is a second ${slot === 'text' ? 'number for texts' : 'phone number'}; the directory keeps one, so it was left out.`,
          ref,
        );
    } else {
      set(slot, accept(shape.phone, number, report, phone.at('number'), ref), phone.at('number'));
      if (secondHand && contact[slot] !== undefined) {
        report.warn(
          phone.at('number'),
          'contact_used',
          'belongs to a place or a named contact; the service has no number of its own, so this one was used.',
          ref,
        );
      }
    }
    report.leftovers(phone, ref, PHONE_WHY);
  }
}

/** `"+44 1234 234567"` in quotes (CSV quoting left in) → the number. */
export function cleanNumber(number: string | undefined): string | undefined {
  const cleaned = number
    ?.trim()
    .replace(/^["']+|["']+$/g, '')
    .trim();
  return cleaned ? cleaned : undefined;
}
