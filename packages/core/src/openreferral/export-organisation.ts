import type { Organisation } from '../directory/schema.js';
import { organisationKinds } from '../directory/vocabularies.js';
import { compact, type DatasetWriter } from './export-writer.js';
import { organisationDescription } from './wording.js';

/**
 * The organisations of an export. One record per organisation. Services name their
 * organisation each time; if two entries of the same organisation differ, each version gets its
 * own record so nothing is lost.
 */
export class OrganisationRecords {
  private readonly written = new Map<string, { id: string; json: string }>();

  constructor(private readonly writer: DatasetWriter) {}

  /** The id of the organisation's record, written (with its phone and charity number) the first time. */
  write(organisation: Organisation): string {
    const { data, id } = this.writer;
    const key = organisation.id ?? `name:${organisation.name}`;
    const json = JSON.stringify(organisation);
    const first = this.written.get(key);
    const mapKey = !first || first.json === json ? key : `${key}#${json}`;
    const seen = this.written.get(mapKey);
    if (seen) return seen.id;
    const orgId = id(`organization:${mapKey}`);
    this.written.set(mapKey, { id: orgId, json });
    data.organization.push(
      compact({
        id: orgId,
        name: organisation.name,
        description: organisationDescription(organisation.kind),
        email: organisation.email,
        website: organisation.website,
      }),
    );
    if (organisation.id) this.writer.field('organization', orgId, mapKey, 'id', organisation.id);
    this.writer.attribute('organization', orgId, mapKey, organisationKinds.id, organisation.kind);
    if (organisation.phone) {
      data.phone.push({
        id: id(`phone:organization:${mapKey}`),
        organization_id: orgId,
        number: organisation.phone,
        type: 'voice',
      });
    }
    if (organisation.charityNumber) {
      data.organization_identifier.push({
        id: id(`organization_identifier:${mapKey}/charity`),
        organization_id: orgId,
        identifier_type: 'Charity number',
        identifier: organisation.charityNumber,
      });
    }
    return orgId;
  }
}
