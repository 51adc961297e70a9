import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillLabel } from '../../src/core/labels';
import { loadLocale, matchLocale, registerLocale, resolveLocale, setLocaleLoader, subscribeLocales } from '../../src/i18n/registry';

afterEach(() => {
  setLocaleLoader(undefined);
  vi.restoreAllMocks();
});

describe('locale matching', () => {
  it.each([
    ['de-CH', 'de'],
    ['de_AT', 'de'],
    ['es-MX', 'es-419'],
    ['es-ES', 'es'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['zh-Hant-TW', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh-CN', 'zh'],
    ['en-AU', 'en-GB'],
    ['en-US', 'en'],
    ['fr-CA', 'fr-CA'],
    ['fr-BE', 'fr'],
    ['no', 'nb'],
    ['iw', 'he'],
    ['tl', 'fil'],
  ])('%s → %s', (requested, expected) => {
    expect(matchLocale(requested)).toBe(expected);
  });

  it('matches nothing for a language it does not ship', () => {
    expect(matchLocale('sw-KE')).toBeUndefined();
    expect(resolveLocale('sw-KE')).toMatchObject({ code: 'en', lang: 'en', dir: 'ltr' });
  });
});

describe('loading', () => {
  it('shows English with lang="en" until the file arrives, then the locale, with its direction', async () => {
    expect(resolveLocale('ar-EG')).toMatchObject({ code: 'en', lang: 'en', dir: 'ltr', loading: 'ar' });
    const listener = vi.fn();
    const unsubscribe = subscribeLocales(listener);
    const labels = await loadLocale('ar-EG');
    unsubscribe();
    expect(labels.pay).toBe('المتابعة إلى الدفع');
    expect(listener).toHaveBeenCalled();
    expect(resolveLocale('ar-EG')).toMatchObject({ code: 'ar', lang: 'ar-EG', dir: 'rtl', loading: undefined });
  });

  it('loads through a plugged-in loader (the script tag’s), once per locale however often asked', async () => {
    const loader = vi.fn(async (code: string) => ({ default: { pay: `pay in ${code}` } }));
    setLocaleLoader(loader);
    const [first, second] = await Promise.all([loadLocale('lv'), loadLocale('lv-LV')]);
    expect(first.pay).toBe('pay in lv');
    expect(second.pay).toBe('pay in lv');
    expect(first.checkout).toBe('Checkout'); // texts the file lacks fall back to English
    expect(loader).toHaveBeenCalledTimes(1);
    expect(loader).toHaveBeenCalledWith('lv');
  });

  it('keeps English when a file fails to load, warns in development, rejects, and can try again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setLocaleLoader(() => Promise.reject(new Error('404 locales/mt.js')));
    await expect(loadLocale('mt')).rejects.toThrow('404 locales/mt.js');
    expect(resolveLocale('mt')).toMatchObject({ code: 'en', lang: 'en', loading: undefined });
    expect(warn).toHaveBeenCalledWith('[checkout-widget] checkout-widget could not load the "mt" texts, so English is shown: Error: 404 locales/mt.js');
    setLocaleLoader(undefined);
    expect((await loadLocale('mt')).pay).toBe('Kompli għall-ħlas');
  });
});

describe('registerLocale', () => {
  it('adds a language a shop needs, with its direction', () => {
    registerLocale('fa', { pay: 'ادامه به پرداخت' });
    expect(resolveLocale('fa-IR')).toMatchObject({ code: 'fa', lang: 'fa-IR', dir: 'rtl' });
    expect(resolveLocale('fa').labels.pay).toBe('ادامه به پرداخت');
    expect(resolveLocale('fa').labels.checkout).toBe('Checkout');
    registerLocale('tlh', { pay: 'Qapla’' });
    expect(resolveLocale('tlh').dir).toBe('ltr');
    registerLocale('ur', { pay: 'ادائیگی جاری رکھیں' }, { dir: 'ltr' }); // the shop's choice wins
    expect(resolveLocale('ur').dir).toBe('ltr');
  });

  it('overrides single texts of a shipped locale and of the English fallback', async () => {
    registerLocale('sv', { pay: 'Betala nu' });
    await loadLocale('sv');
    expect(resolveLocale('sv').labels.pay).toBe('Betala nu');
    expect(resolveLocale('sv').labels.checkout).toBe('Till kassan');
    registerLocale('en', { emptyCart: 'Nothing in the basket.' });
    expect(resolveLocale('sw').labels.emptyCart).toBe('Nothing in the basket.');
    registerLocale('en', { emptyCart: 'Your cart is empty.' });
  });

  it('refuses a malformed code or messages with a message that says the fix, and ignores texts that are not strings', () => {
    expect(() => registerLocale('', {})).toThrow('registerLocale: the code must be a BCP 47 tag such as "it" or "pt-BR", got ""');
    expect(() => registerLocale('it', null as never)).toThrow('registerLocale("it"): messages must be an object of texts such as { pay: "Paga ora" }');
    registerLocale('ga', { pay: 'Ar aghaidh chuig íocaíocht', checkout: 42 } as never);
    expect(resolveLocale('ga').labels.pay).toBe('Ar aghaidh chuig íocaíocht');
    expect(resolveLocale('ga').labels.checkout).toBe('Checkout');
  });
});

describe('fillLabel', () => {
  it('fills placeholders and ICU plurals with the locale’s rules and digits', () => {
    const template = '{count, plural, =0 {none} one {# item for {name}} other {# items for {name}}}';
    expect(fillLabel(template, { count: 0, name: 'Ada' }, 'en')).toBe('none');
    expect(fillLabel(template, { count: 1, name: 'Ada' }, 'en')).toBe('1 item for Ada');
    expect(fillLabel(template, { count: 1200, name: 'Ada' }, 'de')).toBe('1.200 items for Ada');
    expect(fillLabel('{n} and {missing}', { n: 3 })).toBe('3 and {missing}');
    expect(fillLabel('unclosed {n', { n: 3 })).toBe('unclosed {n');
  });
});
