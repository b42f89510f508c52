import { Document, isScalar, visit } from 'yaml';

/**
 * A service as a YAML source file, written for people: short lists on one line, long text as a
 * block. Strings that an older YAML reader would take for something else (times like 18:00,
 * dates, yes/no) are quoted, so the file means the same in every tool.
 */
export function serviceToYaml(service: Record<string, unknown>): string {
  const doc = new Document(service, { version: '1.1' });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
