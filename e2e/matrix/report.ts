import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../support';
import { surfaceNames, surfaceTitles, type SurfaceName } from './environment';
import type { Scenario } from './scenarios';

export interface CaseResult {
  id: string;
  surface: SurfaceName;
  passed: boolean;
  observed: string;
}

interface SurfaceRun {
  surface: SurfaceName;
  /** Hash of the built artefacts and the matrix code: results of another build or another matrix are not mixed in. */
  fingerprint: string;
  browser: string;
  results: CaseResult[];
}

// Each surface runs in its own test file (its own worker); each leaves its results here and the last
// one to finish writes the whole report. Not committed: node_modules/.cache is the usual scratch space.
const RUNS_DIR = join(REPO_ROOT, 'node_modules/.cache/checkout-widget-fault-matrix');
/**
 * Where the report goes: the scratch folder in a test run (`npm test` never rewrites tracked files);
 * `npm run report:matrix` (scripts/report-matrix.mjs) sets FAULT_MATRIX_REPORT to test/reports/fault-matrix.md.
 */
export const REPORT_PATH = process.env.FAULT_MATRIX_REPORT ? join(REPO_ROOT, process.env.FAULT_MATRIX_REPORT) : join(RUNS_DIR, 'fault-matrix.md');
const LOCK_DIR = join(RUNS_DIR, 'lock');

export function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of ['dist/index.js', 'dist/checkout-widget.iife.js']) hash.update(readFileSync(join(REPO_ROOT, file)));
  const matrixDir = join(REPO_ROOT, 'e2e/matrix');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)]));
  for (const file of sources(matrixDir)) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Stores this surface's results and rewrites test/reports/fault-matrix.md from every surface of the same build. */
export async function recordSurfaceRun(run: SurfaceRun, scenarios: readonly Scenario[]): Promise<void> {
  mkdirSync(RUNS_DIR, { recursive: true });
  await withLock(() => {
    writeAtomically(join(RUNS_DIR, `${run.surface}.json`), JSON.stringify(run, null, 2));
    const runs = surfaceNames
      .map((surface) => join(RUNS_DIR, `${surface}.json`))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as SurfaceRun)
      .filter((other) => other.fingerprint === run.fingerprint);
    mkdirSync(dirname(REPORT_PATH), { recursive: true });
    writeAtomically(REPORT_PATH, renderReport(runs, scenarios, run.browser));
  });
}

function renderReport(runs: SurfaceRun[], scenarios: readonly Scenario[], browser: string): string {
  const bySurface = new Map(runs.map((run) => [run.surface, new Map(run.results.map((result) => [result.id, result]))]));
  const rows: string[] = [];
  let passed = 0;
  let failed = 0;
  let notRun = 0;
  scenarios.forEach((scenario, index) => {
    for (const surface of surfaceNames) {
      const result = bySurface.get(surface)?.get(scenario.id);
      if (!result) notRun++;
      else if (result.passed) passed++;
      else failed++;
      const verdict = !result ? 'not run' : result.passed ? 'pass' : '**FAIL**';
      rows.push(`| ${index + 1} | ${cell(`${scenario.group}: ${scenario.title}`)} | ${surface} | ${cell(scenario.expected)} | ${cell(result?.observed ?? '')} | ${verdict} |`);
    }
  });
  const total = scenarios.length * surfaceNames.length;
  const groups = [...new Set(scenarios.map((scenario) => scenario.group))];
  return [
    '# Fault, security and accessibility matrix',
    '',
    'Written by `npm run report:matrix` (the browser tests in `e2e/matrix/`, which also run in `npm test` without touching this file). Do not edit by hand.',
    '',
    `Real ${browser} (headless, back-forward cache on) against the mock backend on 127.0.0.1, every page served with a strict CSP (no \`unsafe-inline\`, no \`unsafe-eval\`). Hosts that must never be contacted use reserved \`.example\` / \`.invalid\` names.`,
    '',
    'Surfaces:',
    ...surfaceNames.map((surface) => `- **${surface}**: ${surfaceTitles[surface]}`),
    '',
    `**${scenarios.length} cases × ${surfaceNames.length} surfaces = ${total} runs: ${passed} passed, ${failed} failed${notRun ? `, ${notRun} not run` : ''}.**`,
    '',
    `Groups: ${groups.map((group) => `${group} (${scenarios.filter((scenario) => scenario.group === group).length})`).join(', ')}.`,
    '',
    '| # | Case | Surface | Expected | Observed | Result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Table cell text: no raw HTML (an injection payload must read as text here too), no pipes or newlines. */
function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

async function withLock(action: () => void): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      // Another surface is writing; a lock older than a run is left over from a killed process.
      if (attempt > 100) rmSync(LOCK_DIR, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    action();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/**
 * Makes an observation stable across runs: the random ports, session ids, request ids and
 * idempotency keys of one run become placeholders, so the report only changes with behaviour.
 */
export function normalize(text: string, replacements: Record<string, string>): string {
  let result = text;
  for (const [from, to] of Object.entries(replacements)) result = result.split(from).join(to);
  return result
    .replace(/cs_test_[a-z0-9]+/g, 'cs_test_…')
    .replace(/req_mock_\d+/g, 'req_mock_…')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{uuid}');
}
