// Vitest's order (failed first, then longest first from its cache) with one addition: the suites that
// install and build a whole consumer app start first in their group, cache or not. On a fresh CI
// machine there is no duration cache, and a 3-minute Next.js build scheduled last would leave the
// other worker idle at the end of the run. Plain .mjs: vite.config.ts imports it with its extension.
import { BaseSequencer } from 'vitest/node';

/** Slowest first: `npm ci` + `next build` + `next start`; two Vite apps from the tarball. */
const HEAVY_FIRST = ['e2e/nextjs.test.ts', 'e2e/packed-app.test.ts'];

export class HeavyFirstSequencer extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const sorted = await super.sort(files);
    /** @param {import('vitest/node').TestSpecification} file */
    const rank = (file) => {
      const index = HEAVY_FIRST.findIndex((suffix) => file.moduleId.endsWith(suffix));
      return index < 0 ? HEAVY_FIRST.length : index;
    };
    // Stable within each project: only the heavy suites move, to the front of their own group.
    const result = sorted
      .map((file, position) => ({ file, position }))
      .sort((a, b) => {
        const group = a.file.project.config.sequence.groupOrder - b.file.project.config.sequence.groupOrder;
        if (group !== 0 || a.file.project.name !== b.file.project.name) return a.position - b.position;
        return rank(a.file) - rank(b.file) || a.position - b.position;
      })
      .map(({ file }) => file);
    return result;
  }
}
