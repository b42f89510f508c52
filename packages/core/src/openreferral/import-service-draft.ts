/**
 * A service as it is read, before `parseDirectory` checks it: our fields so far, and where in
 * the input each came from.
 */
export class ServiceDraft {
  readonly fields: Record<string, unknown> = {};
  /** Our field path (`contact.website`) → where its value came from (`contents[0].url`). */
  readonly origins = new Map<string, string>();

  /** Sets one of our fields (unless there is nothing to set) and where it came from. */
  readonly put = (field: string, value: unknown, from: string): void => {
    if (value === undefined) return;
    this.fields[field] = value;
    this.origins.set(field, from);
  };
}
