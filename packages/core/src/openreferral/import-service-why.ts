// Why each field of an HSDS service that the directory has no place for was left out.

export const SERVICE_WHY: Record<string, string> = {
  alternate_name: 'is another name for the service, which the directory does not keep',
  interpretation_services:
    'is free text about interpreting; the directory records the "interpreters" accessibility feature and languages instead',
  application_process:
    'is free text about how to get the service; the directory records referral routes instead (self-referral, professional …)',
  wait_time: 'is a waiting time, which the directory does not keep',
  fees: 'is the deprecated fees field, beside fees_description, which was kept',
  accreditations: 'are accreditations, which the directory does not keep',
  assurer_email: 'is who checked the entry, which the directory does not keep (it keeps when: assured_date)',
  licenses: 'are licences, which the directory does not keep',
  last_modified: 'is when the record changed; the directory keeps when it was last checked (assured_date) instead',
  program: 'is a program (a group of services), which the directory does not keep',
  funding: 'is funding, which the directory does not keep',
  required_documents: 'are documents a person must bring, which the directory does not keep',
  metadata: 'is change history, which the directory does not keep',
};
