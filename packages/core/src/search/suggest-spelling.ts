import { editDistances } from './edit-distance.js';
import type { TextIndex } from './text-index.js';

/**
 * The word of the directory a typed word that matched nothing most likely meant, for "Did you
 * mean …?": the nearest indexed word with services, a little further than search's own typo
 * tolerance reaches (three edits for long words), preferring the word more services have. Only
 * asked for after a search found nothing, so one pass over the dictionary is fine.
 */
export function nearestWord(index: TextIndex, token: string): string | undefined {
  if (token.length < 4) return undefined;
  const max = token.length >= 9 ? 3 : 2;
  const { words, lengths } = index;
  let best: { word: string; distance: number; services: number } | undefined;
  for (let w = 0; w < lengths.length; w++) {
    if (Math.abs(lengths[w]! - token.length) > max) continue;
    const word = words[w]!;
    const [distance] = editDistances(token, word, max);
    if (distance > max || (best && distance > best.distance)) continue;
    const services = index.hitsOf(w, 3).services.length;
    if (services === 0) continue;
    if (!best || distance < best.distance || services > best.services) best = { word, distance, services };
  }
  return best?.word;
}
