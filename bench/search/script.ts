import type { Directory, Service } from '../../packages/core/src/directory/schema.js';
import { landmarks } from '../data/landmarks.js';
import { random } from '../generate-directory.js';

/**
 * What a person types, query by query, typos included; `⌫` is a backspace. Each keystroke is
 * one search, of the text as it then stands.
 */
const TYPED = [
  'herring voices hastings',
  'capitol project',
  'eatting disorder',
  'lgbt youth bristol',
  'homeless',
  'crisis cafe open late',
  'stepping stons',
  'suicdal feelings',
  'womens group worthing',
  'peer suport for carers',
  'young peoples mental helth',
  'psychosis',
  'self harm text',
  'drop in brighton',
  'anxeity⌫⌫⌫⌫iety group',
];

/** Every keystroke of the typing script, as the text after it. */
export function keystrokes(): string[] {
  const states: string[] = [];
  for (const query of TYPED) {
    let text = '';
    for (const key of query) {
      text = key === '⌫' ? text.slice(0, -1) : text + key;
      states.push(text);
    }
  }
  return states;
}

export interface Labelled {
  readonly query: string;
  /** The id of the service that should be in the top 5. */
  readonly expected: string;
}

/** One typo in a word: a letter dropped, doubled, swapped with the next, or a vowel changed. */
function typo(word: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default: {
      const vowels = 'aeiou'.replace(word[i]!, '');
      return word.slice(0, i) + vowels[Math.floor(rand() * vowels.length)] + word.slice(i + 1);
    }
  }
}

/**
 * The labelled queries: the landmarks' (hand-written, with typos and synonyms) and, per
 * directory, ten of its running services' names with a typo in the longest word. A name that
 * other services share is asked with its town ("hearing voices grop leeds"), as a person would
 * tell it apart; a service that its name and town do not single out is not asked for.
 */
export function labelledQueries(directory: Directory, seed = 7): Labelled[] {
  const rand = random(seed);
  const labelled: Labelled[] = landmarks.map((landmark) => ({ query: landmark.query, expected: landmark.id }));
  const landmarkIds = new Set(landmarks.map((landmark) => landmark.id));
  const running = directory.services.filter((s) => s.status !== 'closed' && !landmarkIds.has(s.id));
  const areaNames = new Map(directory.areas.map((area) => [area.id, area.name]));
  const townOf = (service: Service) => service.locations[0]?.town ?? areaNames.get(service.areas[0] ?? '') ?? '';
  const count = (keys: string[]) => keys.reduce((counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1), new Map<string, number>());
  const byName = count(running.map((service) => service.name.toLowerCase()));
  const byNameAndTown = count(running.map((service) => `${service.name} ${townOf(service)}`.toLowerCase()));
  for (let tries = 0; labelled.length < landmarks.length + 10 && tries < 10_000; tries++) {
    const service = running[Math.floor(rand() * running.length)]!;
    const shared = byName.get(service.name.toLowerCase())! > 1;
    const asked = shared ? `${service.name} ${townOf(service)}` : service.name;
    if (shared && byNameAndTown.get(asked.toLowerCase())! > 1) continue;
    const words = asked
      .toLowerCase()
      .split(/[^a-z0-9']+/)
      .filter(Boolean);
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 5) continue;
    labelled.push({ query: words.map((w) => (w === longest ? typo(w, rand) : w)).join(' '), expected: service.id });
  }
  return labelled;
}
