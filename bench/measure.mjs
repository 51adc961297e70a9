// Repeats one measurement, keeps per-metric samples, and turns failures into a reason string
// instead of an exception, so one broken row never takes the whole report down.
import { MAX_CONSECUTIVE_FAILURES, WARMUP_RUNS } from './config.mjs';

/**
 * @param {{ runs: number, warmup?: number, log?: string }} options
 * @param {(runIndex: number) => Promise<Record<string, number | string>>} runOnce
 *   returns metric name → milliseconds/bytes, or → a string saying why that metric is missing
 * @returns {Promise<{ samples: Record<string, number[]>, missing: Record<string, string>,
 *                     failures: string[] }>}
 */
export async function repeat({ runs, warmup = WARMUP_RUNS, log }, runOnce) {
  const samples = {};
  const missing = {};
  const failures = [];
  let consecutiveFailures = 0;

  for (let i = 0; i < warmup + runs; i += 1) {
    const counted = i >= warmup;
    try {
      const result = await runOnce(i);
      consecutiveFailures = 0;
      if (!counted) continue;
      for (const [metric, value] of Object.entries(result)) {
        if (typeof value === 'number' && Number.isFinite(value)) (samples[metric] ??= []).push(value);
        else missing[metric] ??= String(value);
      }
    } catch (error) {
      failures.push(error.message);
      consecutiveFailures += 1;
      // Warm-up failures count too: a widget that fails twice in a row will keep failing,
      // and each failure may cost a full timeout.
      if (consecutiveFailures >= MAX_CONSECUTIVE_FAILURES) {
        if (log) process.stderr.write(`bench: ${log}: giving up after ${consecutiveFailures} failures\n`);
        break;
      }
    }
  }
  return { samples, missing, failures };
}

export function stats(values) {
  if (!values?.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { n: sorted.length, min: sorted[0], median, max: sorted[sorted.length - 1] };
}

/**
 * One report row from a repeat() result.
 * @param {string} label
 * @param {Awaited<ReturnType<typeof repeat>>} result
 * @param {string} metric
 * @param {{ runs: number, unit?: 'ms' | 'MB' }} options  runs = how many were asked for
 */
export function toRow(label, result, metric, { runs, unit = 'ms' }) {
  const s = stats(result.samples[metric]);
  const reason = result.missing[metric] ?? result.failures[0];
  if (!s) return { label, unit, runs, n: 0, reason: reason ?? 'no samples' };
  // A partial row keeps its numbers but says why some runs are missing.
  return { label, unit, runs, ...s, reason: s.n < runs ? reason : undefined };
}

/** A row for a measurement that could not even start (e.g. the IIFE is not built). */
export function skippedRow(label, reason, unit = 'ms') {
  return { label, unit, runs: 0, n: 0, reason };
}
