import type { PathSegment } from '@peer-support-kit/core';

/**
 * `services[3].contact["odd key"]` → `['services', 3, 'contact', 'odd key']`: the reverse of
 * core's formatPath, so a problem's path can be followed back into the file it came from.
 */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(path);
    if (!match) break; // a path core never writes: keep what was read so far
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
    at = pattern.lastIndex;
  }
  return segments;
}
