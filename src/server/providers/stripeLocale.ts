// The locales Stripe Checkout speaks (Stripe API reference, checkout.sessions.create `locale`).
const STRIPE_LOCALES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW'] as const;
export type StripeLocale = (typeof STRIPE_LOCALES)[number] | 'auto';

const byLowerCase = new Map<string, StripeLocale>(STRIPE_LOCALES.map((locale) => [locale.toLowerCase(), locale]));
// Tags Stripe knows under another name: Norwegian as Bokmål, Latin American Spanish by region.
const ALIASES: Record<string, StripeLocale> = { no: 'nb', nn: 'nb', tl: 'fil', 'zh-hant': 'zh-TW', 'zh-hans': 'zh', 'zh-mo': 'zh-HK', 'pt-pt': 'pt' };
const LATIN_AMERICA = /^es-(mx|ar|co|cl|pe|ve|ec|gt|cu|bo|do|hn|py|sv|ni|cr|pa|uy|pr|us)$/;

/** The Stripe locale for one BCP 47 tag (`de-AT` → `de`, `es-MX` → `es-419`), or undefined. */
export function toStripeLocale(tag: string): StripeLocale | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(lower)) return undefined;
  const exact = byLowerCase.get(lower) ?? ALIASES[lower];
  if (exact) return exact;
  if (LATIN_AMERICA.test(lower)) return 'es-419';
  const [language, script] = lower.split('-');
  return ALIASES[`${language}-${script}`] ?? byLowerCase.get(language!) ?? ALIASES[language!];
}

/** The best Stripe locale for an `Accept-Language` header, by q-value; `auto` (Stripe decides) when none fits. */
export function localeFromAcceptLanguage(header: string | null): StripeLocale {
  if (!header) return 'auto';
  const ranked = header
    .slice(0, 500)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = Number(params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean) ?? 1);
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = toStripeLocale(tag);
    if (locale) return locale;
  }
  return 'auto';
}
