import type { Directory } from '@peer-support-kit/core';
import { queryOf, type NearChoice, type ViewState } from '../../controllers/view-state.js';
import { nearOf } from './near-places.js';

/**
 * The search a view of the directory asks for. What matters to the person and a place count only
 * where the page shows them (`groups`), so a shared link cannot order or narrow a page that gives
 * no way to see or undo it; a place is resolved against the directory's own places.
 */
export function directoryQuery(view: ViewState, now: Date, groupNames: readonly string[], directory: Directory | undefined) {
  const near = directory && groupNames.includes('near') ? (choice: NearChoice) => nearOf(directory, choice) : undefined;
  return queryOf(view, now, groupNames.includes('preferences'), near);
}
