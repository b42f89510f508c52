import { serviceSchema } from '../directory/schema.js';
import { termsOf, type ReadAttributes } from './import-attributes.js';
import { readCosts, readLanguages } from './import-details.js';
import type { ServiceDraft } from './import-service-draft.js';
import { SERVICE_WHY } from './import-service-why.js';
import type { Report, ServiceRef } from './input.js';
import type { ServiceView } from './views.js';
import { accept } from './validate.js';
import { referralText } from './wording.js';

/** Who the service is for and how to get it: eligibility, ages, cost, referral and languages. */
export function readAccess(view: ServiceView, attributes: ReadAttributes, draft: ServiceDraft, report: Report, ref: ServiceRef): void {
  const { put } = draft;
  const shape = serviceSchema.shape;
  const item = view.item;
  const root = item.at();
  put(
    'eligibility',
    accept(shape.eligibility, item.text('eligibility_description'), report, item.at('eligibility_description'), ref),
    item.at('eligibility_description'),
  );
  const ages = { min: item.get('minimum_age'), max: item.get('maximum_age') };
  if (ages.min !== undefined || ages.max !== undefined) {
    const range = Object.fromEntries(
      Object.entries(ages)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, Number(v)]),
    );
    put(
      'ageRange',
      accept(shape.ageRange, range, report, item.at(ages.min !== undefined ? 'minimum_age' : 'maximum_age'), ref),
      item.at('minimum_age'),
    );
  }
  let costNote = accept(shape.costNote, item.text('fees_description'), report, item.at('fees_description'), ref);
  put('costNote', costNote, item.at('fees_description'));
  const fees = item.text('fees');
  if (fees !== undefined && costNote === undefined) {
    costNote = accept(shape.costNote, fees, report, item.at('fees'), ref);
    put('costNote', costNote, item.at('fees'));
  } else if (fees !== undefined && fees !== costNote) {
    report.warn(item.at('fees'), 'not_imported', `${SERVICE_WHY.fees}, so it was left out.`, ref);
  }
  const cost = readCosts(view.item, view.costs, report, ref);
  put('cost', cost?.value, cost?.path ?? root);
  const referral = termsOf(attributes, 'referral');
  const process = item.text('application_process');
  if (process !== undefined && process !== referralText(referral)) {
    report.warn(item.at('application_process'), 'not_imported', `${SERVICE_WHY.application_process}, so it was left out.`, ref);
  }
  put('languages', readLanguages(view.languages, report, ref), view.languages[0]?.at() ?? root);
}
