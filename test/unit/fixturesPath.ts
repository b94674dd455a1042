import path from 'node:path';

/** Root of the repository (this file lives in test/unit/). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** The shared, read-only public fixtures (`../shared/fixtures/public` from the repo root). Never modify them. */
export const fixturesDir = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'public');

/** Absolute path of a file or folder inside the public fixtures. */
export function fixturePath(...parts: string[]): string {
  return path.join(fixturesDir, ...parts);
}
