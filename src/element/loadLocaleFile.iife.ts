// The script-tag build's locale loader: vite.iife.config.ts puts this module where src/i18n/localeFiles.ts
// would be, so the shipped locales load as locales/<code>.js beside the IIFE through the same loader
// as the form (one mechanism: same-origin classic scripts, SRI hashes baked in, CSP unchanged).
import type { CheckoutLabels } from '../core/labels';
import { loadChunk } from './loadChunk';

/** Loads `locales/<code>.js` (as matched by matchLocale: `it`, `pt-BR`). */
export function importLocaleFile(code: string): Promise<{ default: Partial<CheckoutLabels> }> {
  return loadChunk(`locale/${code}`);
}
