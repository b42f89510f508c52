import type { LocatedProblem } from './types.js';

/**
 * A source file's bytes as text: UTF-8 (a byte order mark, as Excel writes, is dropped). Bytes
 * that are not UTF-8 are never turned into "�" in silence.
 */
export function decodeSource(file: string, bytes: Uint8Array): { text: string | undefined; problems: LocatedProblem[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), problems: [] };
  } catch {
    return {
      text: undefined,
      problems: [
        {
          severity: 'error',
          code: 'not_utf8',
          path: '',
          where: 'file',
          file,
          message: 'is not saved as UTF-8, so its accents, £ signs and curly quotes would be damaged; save it again as "CSV UTF-8" (Excel) or with UTF-8 encoding.',
        },
      ],
    };
  }
}
