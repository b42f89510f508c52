import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** How two screenshots differ: the share of pixels that differ, and an image that marks them. */
export function compareImages(a: Buffer, b: Buffer): { sameSize: boolean; differing: number; share: number; diff?: Buffer } {
  const left = PNG.sync.read(a);
  const right = PNG.sync.read(b);
  if (left.width !== right.width || left.height !== right.height) {
    return { sameSize: false, differing: Infinity, share: 1 };
  }
  const diff = new PNG({ width: left.width, height: left.height });
  const differing = pixelmatch(left.data, right.data, diff.data, left.width, left.height, { threshold: 0.1 });
  return { sameSize: true, differing, share: differing / (left.width * left.height), diff: PNG.sync.write(diff) };
}
