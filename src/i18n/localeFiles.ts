// The default loader of the shipped locales for bundler users: one dynamic import() per file, so a
// shop's bundler splits each locale into its own chunk and a page downloads only the one it shows.
// (The script-tag build replaces this module with src/element/loadLocaleFile.iife.ts: the same chunk loader as the form.)
import type { CheckoutLabels } from '../core/labels';

type LocaleModule = Promise<{ default: Partial<CheckoutLabels> }>;

const files: Record<string, () => LocaleModule> = {
  ar: () => import('./locales/ar'),
  bg: () => import('./locales/bg'),
  cs: () => import('./locales/cs'),
  da: () => import('./locales/da'),
  de: () => import('./locales/de'),
  el: () => import('./locales/el'),
  'en-GB': () => import('./locales/en-GB'),
  es: () => import('./locales/es'),
  'es-419': () => import('./locales/es-419'),
  et: () => import('./locales/et'),
  fi: () => import('./locales/fi'),
  fil: () => import('./locales/fil'),
  fr: () => import('./locales/fr'),
  'fr-CA': () => import('./locales/fr-CA'),
  he: () => import('./locales/he'),
  hr: () => import('./locales/hr'),
  hu: () => import('./locales/hu'),
  id: () => import('./locales/id'),
  it: () => import('./locales/it'),
  ja: () => import('./locales/ja'),
  ko: () => import('./locales/ko'),
  lt: () => import('./locales/lt'),
  lv: () => import('./locales/lv'),
  ms: () => import('./locales/ms'),
  mt: () => import('./locales/mt'),
  nb: () => import('./locales/nb'),
  nl: () => import('./locales/nl'),
  pl: () => import('./locales/pl'),
  pt: () => import('./locales/pt'),
  'pt-BR': () => import('./locales/pt-BR'),
  ro: () => import('./locales/ro'),
  ru: () => import('./locales/ru'),
  sk: () => import('./locales/sk'),
  sl: () => import('./locales/sl'),
  sv: () => import('./locales/sv'),
  th: () => import('./locales/th'),
  tr: () => import('./locales/tr'),
  vi: () => import('./locales/vi'),
  zh: () => import('./locales/zh'),
  'zh-HK': () => import('./locales/zh-HK'),
  'zh-TW': () => import('./locales/zh-TW'),
};

/** Imports the shipped locale `code` (as matched by matchLocale: `it`, `pt-BR`). */
export function importLocaleFile(code: string): LocaleModule {
  const file = files[code];
  return file ? file() : Promise.reject(new Error(`no shipped locale "${code}"`));
}
