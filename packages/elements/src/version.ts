// Kept equal to package.json's version by scripts/sync-versions.js (run by `pnpm version-packages`);
// a test fails when they differ. Registration uses it to tell two copies on one page apart.
export const VERSION = '0.0.0';
