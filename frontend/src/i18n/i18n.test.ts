import { afterEach, describe, expect, it } from 'vitest';
import en from './messages/en.json';
import de from './messages/de.json';
import { formatNumber, formatQuarter, languageOf, t, tagOf, useLocale } from './index';

/** The texts of a message: itself, or each of its plural forms. */
function textsOf(message: unknown): string[] {
  return typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
}

/** Every {placeholder} a message uses, in any of its plural forms. */
function placeholders(message: unknown): string[] {
  const texts = textsOf(message);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')))].sort();
}

describe('message bundles', () => {
  afterEach(() => useLocale('en-US'));

  it('have the same keys in English and German, and the same placeholders in each message', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('have no empty message and a German message for every English one', () => {
    for (const [key, message] of Object.entries(de)) {
      for (const text of textsOf(message)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('speak the user locale: German for de-DE and de_AT, English for anything else', async () => {
    expect(languageOf('de_AT')).toBe('de');
    expect(languageOf('fr-FR')).toBe('en');
    expect(tagOf('de_DE')).toBe('de-DE');
    expect(tagOf('not a locale!')).toBe('en-US');
    await useLocale('de-DE');
    expect(t('common.former-user')).toBe('Ehemaliger Benutzer');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(document.documentElement.lang).toBe('de-DE');
    await useLocale('fr-FR');
    expect(t('common.former-user')).toBe('Former user');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });

  it('fills placeholders and formats quarters', () => {
    expect(formatQuarter('2026-Q3')).toBe('Q3 2026');
    expect(formatQuarter('nonsense')).toBe('nonsense');
  });
});
