import { afterAll, beforeAll, it } from 'vitest';
import { describeInChromium } from '../support';
import { MatrixCase } from './case';
import { startEnvironment, surfaceTitles, type MatrixEnvironment, type SurfaceName } from './environment';
import { fingerprint, normalize, recordSurfaceRun, type CaseResult } from './report';
import { scenarios } from './scenarios';

/**
 * Runs every scenario of the shared table against one surface, in one Chromium with one reused page
 * (replaced only after a failed case), and hands the results to the report at the end.
 */
export function runMatrix(surface: SurfaceName): void {
  describeInChromium(`fault, security and accessibility matrix: ${surfaceTitles[surface]}`, () => {
    let environment: MatrixEnvironment | undefined;
    const results: CaseResult[] = [];

    beforeAll(async () => {
      environment = await startEnvironment(surface);
    }, 120_000);

    afterAll(async () => {
      const browser = environment ? `Chromium ${environment.browser.version()}` : 'Chromium';
      await environment?.close();
      if (results.length > 0) await recordSurfaceRun({ surface, fingerprint: fingerprint(), browser, results }, scenarios);
    });

    for (const scenario of scenarios) {
      it(`${scenario.group}: ${scenario.title}`, async () => {
        const env = environment!;
        const replacements = { [env.server.url]: '', [new URL(env.refusedEndpoint).origin]: '{closed port}' };
        const current = new MatrixCase(env);
        try {
          await scenario.run(current);
          results.push({ id: scenario.id, surface, passed: true, observed: normalize(current.observed.join('; '), replacements) });
        } catch (error) {
          const reason = String((error as Error).message ?? error).split('\n')[0];
          results.push({ id: scenario.id, surface, passed: false, observed: normalize([...current.observed, `FAILED: ${reason}`].join('; '), replacements) });
          await env.replacePage();
          throw error;
        }
      });
    }
  });
}
