import type { Area } from '../directory/schema.js';
import type { Report } from './input.js';
import { idFromName, uniqueId } from './validate.js';

/** The areas a directory ends up with: its own (from our header), or made from service areas. */
export class AreaBook {
  readonly made: Area[] = [];
  private readonly ids: Set<string>;

  constructor(private readonly known: readonly Area[]) {
    this.ids = new Set(known.map((area) => area.id));
  }

  /** The id of the area with this name, making one when the data has no areas of ours. */
  idFor(name: string): string {
    const wanted = name.trim().toLowerCase();
    const found = [...this.known, ...this.made].find((area) => area.name.trim().toLowerCase() === wanted);
    if (found) return found.id;
    const id = uniqueId(idFromName(name, 'area'), this.ids);
    this.made.push({ id, name: name.trim() });
    return id;
  }
}

export interface ImportContext {
  readonly report: Report;
  /** The data carries our header: the ids are ours, so none are made up. */
  readonly ours: boolean;
  readonly areas: AreaBook;
  readonly serviceIds: Set<string>;
}
