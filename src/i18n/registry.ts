// Which texts the widget shows for a locale. English is bundled; the shipped locales load on demand
// through a pluggable loader (a dynamic import() per file by default, so bundlers split them; the
// script tag plugs in files beside the IIFE); a shop adds or overrides a locale with registerLocale.
import { warnOnce } from '../core/dev';
import { languageOf, supportedLocales, type CheckoutCommonLabels, type CheckoutLabels } from '../core/labels';
import { importLocaleFile } from './localeFiles';
import { englishCommon } from './locales/en';

/** A locale's texts: any subset of the labels (the rest fall back to English). */
export type LocaleMessages = Partial<CheckoutLabels>;
export type LocaleDirection = 'ltr' | 'rtl';
/** Loads a shipped locale by code (`it`, `pt-BR`): its messages, or a module whose default export they are. */
export type LocaleLoader = (code: string) => Promise<LocaleMessages | { default: LocaleMessages }>;

/** A locale's texts as far as known: every common text, the form's where the locale has them (resolveLabels adds English for the rest). */
export type LocaleLabels = CheckoutCommonLabels & Partial<CheckoutLabels>;

/** The locale the widget shows for a requested one. */
export interface ResolvedLocale {
  /** The locale whose texts are shown: the best match, or `en` while it loads or when none matches. */
  code: string;
  /** For the `lang` attribute: the requested tag when its language is shown (`de-CH`), else `code`. */
  lang: string;
  dir: LocaleDirection;
  labels: LocaleLabels;
  /** The matching shipped locale still to load (English is shown meanwhile), else undefined. */
  loading?: string;
}

const loaded = new Map<string, LocaleMessages>([['en', englishCommon]]);
const custom = new Map<string, { messages: LocaleMessages; dir?: LocaleDirection }>();
const pending = new Map<string, Promise<void>>();
const failed = new Set<string>();
const listeners = new Set<() => void>();
const resolved = new Map<string, ResolvedLocale>();
let loader: LocaleLoader | undefined;
let version = 0;

const RTL_LANGUAGES = /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb)$/;
const LANGUAGE_ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', tl: 'fil', iw: 'he', in: 'id' };
const shipped = new Map<string, string>(supportedLocales.map((code) => [code.toLowerCase(), code]));

function notify(): void {
  version++;
  resolved.clear();
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever a locale is registered or loaded; returns the unsubscribe function. */
export function subscribeLocales(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes on every registration or load (a snapshot for useSyncExternalStore). */
export function localesVersion(): number {
  return version;
}

/** The shipped or registered locale that best serves `requested` (`de-CH` → `de`, `es-MX` → `es-419`), or undefined. */
export function matchLocale(requested: string): string | undefined {
  const tag = requested.replace(/_/g, '-');
  const [language = '', ...rest] = tag.toLowerCase().split('-');
  const has = (...subtags: string[]) => subtags.some((subtag) => rest.includes(subtag));
  const candidates = [tag];
  if (language === 'zh') candidates.push(has('hk', 'mo') ? 'zh-HK' : has('hant', 'tw') ? 'zh-TW' : 'zh');
  if (language === 'es' && rest.length > 0 && !has('es')) candidates.push('es-419');
  if (language === 'en' && has('gb', 'au', 'nz', 'ie', 'za', 'in')) candidates.push('en-GB');
  candidates.push(LANGUAGE_ALIASES[language] ?? language);
  for (const candidate of candidates) {
    const key = candidate.toLowerCase();
    for (const code of custom.keys()) if (code.toLowerCase() === key) return code;
    const found = shipped.get(key);
    if (found) return found;
  }
  return undefined;
}

/** The texts, direction and `lang` to show for a requested locale (English until its file is loaded). */
export function resolveLocale(requested = 'en'): ResolvedLocale {
  const cached = resolved.get(requested);
  if (cached) return cached;
  const match = matchLocale(requested) ?? 'en';
  const english: LocaleLabels = { ...englishCommon, ...custom.get('en')?.messages };
  const waiting = shipped.has(match.toLowerCase()) && !loaded.has(match);
  const code = waiting ? 'en' : match;
  const entry = custom.get(code);
  const result: ResolvedLocale = {
    code,
    lang: languageOf(requested) === languageOf(code) ? requested : code,
    dir: entry?.dir ?? (RTL_LANGUAGES.test(languageOf(code)) ? 'rtl' : 'ltr'),
    labels: code === 'en' ? english : { ...english, ...loaded.get(code), ...entry?.messages },
    loading: waiting && !failed.has(match) ? match : undefined,
  };
  resolved.set(requested, result);
  return result;
}

/**
 * Adds a locale, or overrides texts of a shipped one (`registerLocale('it', { pay: 'Paga ora' })`);
 * missing texts come from the shipped file, then English. Widgets showing it re-render.
 * @param options.dir Text direction. Default: `rtl` for Arabic, Hebrew, Persian, Urdu…, else `ltr`.
 */
export function registerLocale(code: string, messages: LocaleMessages, options: { dir?: LocaleDirection } = {}): void {
  if (typeof code !== 'string' || !/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(code)) throw new TypeError(`registerLocale: the code must be a BCP 47 tag such as "it" or "pt-BR", got ${JSON.stringify(code)}`);
  if (typeof messages !== 'object' || messages === null) throw new TypeError(`registerLocale("${code}"): messages must be an object of texts such as { pay: "Paga ora" }`);
  const texts = Object.fromEntries(Object.entries(messages).filter(([, text]) => typeof text === 'string'));
  const name = matchLocale(code)?.toLowerCase() === code.toLowerCase().replace(/_/g, '-') ? matchLocale(code)! : code.replace(/_/g, '-');
  const before = custom.get(name);
  custom.set(name, { messages: { ...before?.messages, ...texts }, dir: options.dir ?? before?.dir });
  notify();
}

/**
 * Replaces how shipped locales are loaded (the script tag loads files beside the IIFE); `undefined`
 * restores the default. Default: a dynamic `import()` of src/i18n/locales/<code>, split by bundlers.
 */
export function setLocaleLoader(next: LocaleLoader | undefined): void {
  loader = next;
  failed.clear();
}

/**
 * Loads the shipped locale matching `code` (once; later calls share it) and resolves with the labels
 * then shown for it. English when nothing matches; a failed load leaves English, warns in development
 * and rejects.
 */
export function loadLocale(code: string): Promise<LocaleLabels> {
  const match = matchLocale(code) ?? 'en';
  if (!shipped.has(match.toLowerCase()) || loaded.has(match)) return Promise.resolve(resolveLocale(code).labels);
  let promise = pending.get(match);
  if (!promise) {
    failed.delete(match);
    promise = (loader ?? importLocaleFile)(match).then(
      (module) => {
        const messages = 'default' in module && typeof module.default === 'object' ? module.default : (module as LocaleMessages);
        loaded.set(match, messages);
        pending.delete(match);
        notify();
      },
      (error: unknown) => {
        failed.add(match);
        pending.delete(match);
        warnOnce(`locale:${match}`, `checkout-widget could not load the "${match}" texts, so English is shown: ${String(error)}`);
        notify();
        throw error;
      },
    );
    pending.set(match, promise);
  }
  return promise.then(() => resolveLocale(code).labels);
}
