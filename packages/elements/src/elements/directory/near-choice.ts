import type { Directory } from '@peer-support-kit/core';
import type { NearChoice, ViewState } from '../../controllers/view-state.js';
import { canMeasure, placesOf } from './near-places.js';

/** What the person is told about "near me" beside the box, other than the results. */
export type NearNote =
  | { readonly kind: 'unknown'; readonly typed: string }
  | { readonly kind: 'closest'; readonly typed: string; readonly place: string }
  | {
      readonly kind: 'loading' | 'places-failed' | 'locating' | 'denied' | 'timeout' | 'unavailable' | 'unsupported' | 'cannot-measure';
    };

/** How long the browser may take to say where the person is before they are told it took too long. */
export const LOCATE_TIMEOUT_MS = 15_000;
/** A places file that takes longer than this to come is said to be loading. */
const SAY_LOADING_AFTER_MS = 150;

/** The directory with its places, searchable (at once, unless a browse form's places file is to come). */
export type WithPlaces = () => Promise<Directory>;

/**
 * "Near me": a place typed and matched against the directory's own places on the device, or the
 * person's position, asked of the browser only when they press "Use my location", used for this
 * view and never stored or sent. Each way out (an unknown place, a refusal, a timeout, places
 * that cannot be loaded) leaves the list as it was and says what to do instead.
 */
export class NearHandlers {
  note: NearNote | undefined;
  #open = false;
  /** The latest press: an answer to an older one, arriving late, is ignored. */
  #asked = 0;

  constructor(
    private readonly options: {
      readonly current: () => ViewState;
      readonly step: (next: Partial<ViewState>) => void;
      readonly requestUpdate: () => void;
      /** Tells a screen reader what the note beside the box now says. */
      readonly say: (note: NearNote, directory: Directory | undefined) => void;
    },
  ) {}

  /** The group is open: the person opened it, or a place is chosen. */
  isOpen(): boolean {
    return this.#open || !!this.options.current().near;
  }

  opened(open: boolean): void {
    if (open === this.isOpen()) return;
    this.#open = open;
    this.options.requestUpdate();
  }

  /** The person typed a place and pressed Find. */
  async find(places: WithPlaces, typed: string): Promise<void> {
    const asked = ++this.#asked;
    if (!typed.trim()) return this.#tell(undefined);
    const directory = await this.#places(places, asked);
    if (!directory) return;
    const [best] = placesOf(directory).find(typed, 1);
    if (!best) return this.#tell({ kind: 'unknown', typed }, directory);
    this.#choose({ place: best.place.name }, best.exact ? undefined : { kind: 'closest', typed, place: best.place.name });
  }

  /** "Use my location": asks the browser now (it asks the person), once. */
  async locate(places: WithPlaces): Promise<void> {
    const asked = ++this.#asked;
    const directory = await this.#places(places, asked);
    if (!directory) return;
    if (!canMeasure(directory)) return this.#tell({ kind: 'cannot-measure' }, directory);
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation) return this.#tell({ kind: 'unsupported' }, directory);
    this.#tell({ kind: 'locating' }, directory);
    geolocation.getCurrentPosition(
      ({ coords }) => {
        if (asked === this.#asked) this.#choose({ position: { lat: coords.latitude, lng: coords.longitude } });
      },
      (error) => {
        if (asked !== this.#asked) return;
        const kind = error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable';
        this.#tell({ kind }, directory);
      },
      // Roughly is enough to sort by distance, and quicker; never a remembered answer.
      { enableHighAccuracy: false, timeout: LOCATE_TIMEOUT_MS, maximumAge: 0 },
    );
  }

  radius(km: number | undefined): void {
    const near = this.options.current().near;
    if (near) this.options.step({ near: { ...near, radiusKm: km } });
  }

  order(nearestFirst: boolean): void {
    const near = this.options.current().near;
    if (near) this.options.step({ near: { ...near, nearestFirst } });
  }

  clear(): void {
    this.#asked++;
    this.#open = true;
    this.note = undefined;
    this.options.step({ near: undefined });
  }

  /** The directory with its places; undefined (and the person told) if they cannot be loaded, or a newer press came. */
  async #places(places: WithPlaces, asked: number): Promise<Directory | undefined> {
    const slow = setTimeout(() => asked === this.#asked && this.#tell({ kind: 'loading' }), SAY_LOADING_AFTER_MS);
    try {
      const directory = await places();
      return asked === this.#asked ? directory : undefined;
    } catch {
      if (asked === this.#asked) this.#tell({ kind: 'places-failed' });
      return undefined;
    } finally {
      clearTimeout(slow);
    }
  }

  #choose(next: Omit<NearChoice, 'nearestFirst'>, note?: NearNote) {
    this.note = note;
    const before = this.options.current().near;
    this.options.step({ near: { radiusKm: before?.radiusKm, nearestFirst: before?.nearestFirst ?? true, ...next } });
  }

  #tell(note: NearNote | undefined, directory?: Directory) {
    this.note = note;
    this.options.requestUpdate();
    if (note) this.options.say(note, directory);
  }
}
