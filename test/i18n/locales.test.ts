import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillLabel, supportedLocales, type CheckoutLabels } from '../../src/core/labels';
import { importLocaleFile } from '../../src/i18n/localeFiles';
import en from '../../src/i18n/locales/en';

const keys = Object.keys(en) as (keyof CheckoutLabels)[];
const load = async (code: string): Promise<CheckoutLabels> => (code === 'en' ? en : ((await importLocaleFile(code)).default as CheckoutLabels));

/** The `{name}` placeholders of a template: a plural's selector, and those inside its branches. */
function placeholders(template: string): string[] {
  const plural = /^\{(\w+),\s*plural,/.exec(template);
  const names = plural ? [plural[1]!, ...[...branches(template).values()].flatMap(placeholders)] : [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}

/** The plural branches of `{x, plural, …}`: selector → text. */
function branches(template: string): Map<string, string> {
  const body = /\{\w+,\s*plural,([\s\S]*)\}$/.exec(template)?.[1] ?? '';
  return new Map([...body.matchAll(/(=?\w+)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g)].map((match) => [match[1]!, match[2]!]));
}

describe('the shipped locales', () => {
  it('are 42, one file each under src/i18n/locales', () => {
    const files = readdirSync(new URL('../../src/i18n/locales/', import.meta.url)).map((name) => name.replace(/\.ts$/, ''));
    expect(supportedLocales).toHaveLength(42);
    expect([...files].sort()).toEqual([...supportedLocales].sort());
  });

  it.each([...supportedLocales])('%s: every text, with the same placeholders as English', async (code) => {
    const messages = await load(code);
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(typeof messages[key], key).toBe('string');
      expect(messages[key].trim(), key).not.toBe('');
      expect(placeholders(messages[key]), `${code}.${key}`).toEqual(placeholders(en[key]));
    }
  });

  it.each([...supportedLocales])('%s: plural texts cover every form the language uses for 1 to 1000', async (code) => {
    const messages = await load(code);
    const rules = new Intl.PluralRules(code);
    for (const key of ['trial', 'everyDays', 'everyWeeks', 'everyMonths', 'everyYears'] as const) {
      const forms = branches(messages[key]);
      expect(forms.has('other'), `${code}.${key} needs "other"`).toBe(true);
      for (let n = 1; n <= 1000; n++) {
        const category = rules.select(n);
        expect(forms.has(category) || forms.has(`=${n}`) || category === 'other' || sameAsOther(code, category), `${code}.${key}: no "${category}" form (for ${n})`).toBe(true);
      }
      const filled = fillLabel(messages[key], { days: 5, count: 5 }, code);
      expect(filled, `${code}.${key}`).not.toMatch(/[{}#]/);
    }
  });
});

// French, Spanish, Italian and Portuguese use "many" only for millions ("1 000 000 de jours"); their
// "other" text is right for every count a checkout shows.
function sameAsOther(code: string, category: string): boolean {
  return category === 'many' && /^(fr|es|it|pt|ca)/.test(code);
}
