import { serviceSchema } from '../directory/schema.js';
import type { ServiceStatus } from '../directory/vocabularies.js';
import { fieldValue, type ReadAttributes } from './import-attributes.js';
import type { ServiceDraft } from './import-service-draft.js';
import type { Item, Report, ServiceRef } from './input.js';
import type { FieldName } from './taxonomy.js';
import { accept, acceptEach, parseJson } from './validate.js';

const HSDS_STATUS: Record<string, ServiceStatus> = {
  active: 'active',
  'temporarily closed': 'temporarily-closed',
  defunct: 'closed',
  inactive: 'temporarily-closed',
};

/**
 * Whether the service runs (status, its note, a notice), when and how the entry was last
 * checked, and where it came from (sources).
 */
export function readStatus(item: Item, attributes: ReadAttributes, draft: ServiceDraft, report: Report, ref: ServiceRef): void {
  const { put, origins } = draft;
  const shape = serviceSchema.shape;
  const root = item.at();
  const status = item.text('status')?.trim().toLowerCase();
  const ourStatus = status === undefined ? undefined : HSDS_STATUS[status];
  if (!ourStatus) {
    report.warn(
      item.at('status'),
      'invalid_value',
      `is ${
        status === undefined ? 'missing' : JSON.stringify(status)
      }; expected active, inactive, defunct or temporarily closed, so it was read as active.`,
      ref,
    );
  } else if (status === 'inactive') {
    report.warn(
      item.at('status'),
      'status_read',
      'is "inactive", which does not say whether the service will run again; it was read as temporarily closed.',
      ref,
    );
  }
  put('status', ourStatus, item.at('status'));
  putField(attributes, 'status-note', shape.statusNote, 'statusNote');
  put('notice', accept(shape.notice, item.text('alert'), report, item.at('alert'), ref), item.at('alert'));
  const assured = item.text('assured_date');
  put(
    'lastReviewed',
    accept(
      shape.lastReviewed,
      assured && /^\d{4}-\d{2}-\d{2}T/.test(assured) ? assured.slice(0, 10) : assured,
      report,
      item.at('assured_date'),
      ref,
    ),
    item.at('assured_date'),
  );
  origins.set('lastReviewed', item.at('assured_date'));
  if (fieldValue(attributes, 'active-partner')?.value === 'true')
    put('activePartner', true, fieldValue(attributes, 'active-partner')!.path);
  putField(attributes, 'kind', shape.kind, 'kind');
  if (fieldValue(attributes, 'operator-not-confirmed')?.value === 'true')
    put('operatorConfirmed', false, fieldValue(attributes, 'operator-not-confirmed')!.path);
  putField(attributes, 'last-heard-of', shape.lastHeardOf, 'lastHeardOf');
  putField(attributes, 'confirmed-by-service', shape.confirmedByService, 'confirmedByService');
  const sources = (attributes.fields.get('source') ?? []).map((found) => parseJson(found, report, ref));
  put(
    'sources',
    acceptEach(
      shape.sources,
      sources.filter((s) => s !== undefined),
      20,
      'sources',
      report,
      ref,
    ),
    attributes.fields.get('source')?.[0]?.path ?? root,
  );

  function putField(read: ReadAttributes, name: FieldName, schema: Parameters<typeof accept>[0], field: string) {
    const found = fieldValue(read, name);
    if (found) put(field, accept(schema, found.value, report, found.path, ref), found.path);
  }
}
