import { html, nothing, type TemplateResult } from 'lit';
import type { Directory, SearchResult } from '@peer-support-kit/core';
import type { NearChoice } from '../../controllers/view-state.js';
import { listOf } from '../../shared/bidi.js';
import { format } from '../../shared/fill.js';
import { plural } from '../../shared/i18n.js';
import type { DirectoryStrings } from './directory.strings.js';
import type { NearHandlers, NearNote, WithPlaces } from './near-choice.js';
import { nearOf, placesOf } from './near-places.js';

/** The distances a person can limit the list to, in kilometres. */
const RADII = [1, 2, 5, 10, 25, 50];

/**
 * "Near you": a place to type (matched on the device against the directory's own places), "Use
 * my location", and once one is chosen, how far and in what order, with how the results were
 * placed and what could not be.
 */
export function renderNear(
  /** The directory as searched (with its places, once a browse form's have come). */
  directory: Directory,
  places: WithPlaces,
  near: NearChoice | undefined,
  placed: SearchResult['near'],
  strings: DirectoryStrings,
  on: NearHandlers,
  locale: string,
): TemplateResult {
  const measured = near && nearOf(directory, near);
  const hasPoint = measured?.lat !== undefined;
  const note = on.note && noteText(on.note, directory, strings);
  const open = on.isOpen();
  const label = near ? format(strings.groupChosen, { label: strings.nearHeading, count: 1 }) : strings.nearHeading;
  return html`<details class="group near" .open=${open} @toggle=${(e: Event) => on.opened((e.target as HTMLDetailsElement).open)}>
    <summary>${label}</summary>
    ${
      open
        ? html`<div class="near-body">
          <p id="near-hint" class="hint">${strings.nearHint}</p>
          <form
            class="near-form"
            @submit=${(e: Event) => {
              e.preventDefault();
              void on.find(places, (e.target as HTMLFormElement).querySelector('input')!.value);
            }}
          >
            <label for="near-place">${strings.nearPlaceLabel}</label>
            <div class="near-row">
              <input id="near-place" type="text" autocomplete="off" aria-describedby="near-hint near-note" value=${near?.place ?? ''} />
              <button type="submit" class="secondary">${strings.nearFind}</button>
            </div>
          </form>
          <button type="button" class="secondary" @click=${() => void on.locate(places)}>${strings.nearUseLocation}</button>
          <p id="near-note" class="near-note">${note ?? nothing}</p>
          ${near && measured ? chosen(near, hasPoint, placed, strings, on, locale) : nothing}
        </div>`
        : nothing
    }
  </details>`;
}

function chosen(
  near: NearChoice,
  hasPoint: boolean,
  placed: SearchResult['near'],
  strings: DirectoryStrings,
  on: NearHandlers,
  locale: string,
): TemplateResult {
  const where = near.place ? format(strings.nearPlace, { place: near.place }) : strings.nearPosition;
  return html`<p class="near-current"><strong>${where}</strong>${hasPoint ? nothing : html` ${strings.nearNoDistances}`}</p>
    ${
      hasPoint
        ? html`<div class="near-options">
          <label for="near-radius">${strings.nearRadiusLabel}</label>
          <select id="near-radius" @change=${(e: Event) => on.radius(Number((e.target as HTMLSelectElement).value) || undefined)}>
            <option value="" ?selected=${near.radiusKm === undefined}>${strings.nearAnyDistance}</option>
            ${RADII.map((km) => html`<option value=${km} ?selected=${near.radiusKm === km}>${format(strings.nearWithin, { km })}</option>`)}
          </select>
          <label for="near-order">${strings.nearOrderLabel}</label>
          <select id="near-order" @change=${(e: Event) => on.order((e.target as HTMLSelectElement).value === 'nearest')}>
            <option value="nearest" ?selected=${near.nearestFirst}>${strings.nearNearestFirst}</option>
            <option value="best" ?selected=${!near.nearestFirst}>${strings.nearBestFirst}</option>
          </select>
        </div>`
        : nothing
    }
    ${placed ? html`<p class="near-summary">${placedText(placed, strings, locale)}</p>` : nothing}
    ${placed?.unplaced ? html`<p class="near-summary">${plural(strings.nearUnplaced, placed.unplaced, locale)}</p>` : nothing}
    <button type="button" class="secondary" @click=${() => on.clear()}>${strings.nearClear}</button>`;
}

/** "Found: 3 with their distance, 22 online, by phone or text." (each kind only when there are some). */
function placedText(placed: NonNullable<SearchResult['near']>, strings: DirectoryStrings, locale: string): string {
  const kinds = [
    [placed.distance, strings.nearCountDistance],
    [placed.area, strings.nearCountArea],
    [placed.online, strings.nearCountOnline],
  ] as const;
  const list = kinds.filter(([count]) => count > 0).map(([count, forms]) => plural(forms, count, locale));
  return list.length ? strings.nearPlaced.replace('%{list}', list.join(', ')) : '';
}

export function noteText(note: NearNote, directory: Directory | undefined, strings: DirectoryStrings): string {
  switch (note.kind) {
    case 'unknown': {
      const places = directory ? placesOf(directory).places : [];
      const examples = places
        .filter((place) => place.kind === 'area')
        .slice(0, 3)
        .map((place) => place.name);
      return format(strings.nearUnknown, { typed: note.typed, examples: listOf(examples) });
    }
    case 'closest':
      return format(strings.nearClosest, { typed: note.typed, place: note.place });
    default:
      return strings.nearNotes[note.kind];
  }
}
