import { afterEach, describe, expect, it } from 'vitest';
import en from './messages/en.json';
import de from './messages/de.json';
import { formatDate, formatDecimal, formatNumber, formatPercent, formatQuarter, languageOf, t, tagOf, textList, texts, tParts, useLocale } from './index';

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

  it('formats decimals, percentages, dates and quarters for the locale, and picks plural forms', async () => {
    expect(formatDecimal(4.25)).toBe('4.3');
    expect(formatPercent(0.63)).toBe('63%');
    expect(t('import.departments-created', { count: 1 })).toBe('1 department created');
    expect(t('import.departments-created', { count: 1200 })).toBe('1,200 departments created');
    await useLocale('de-DE');
    expect(formatDecimal(4.25)).toBe('4,3');
    expect(formatPercent(0.63)).toBe('63\u00a0%');
    expect(formatDate('2026-11-23T10:00:00Z', { dateStyle: 'medium', timeZone: 'UTC' })).toBe('23.11.2026');
    expect(formatQuarter('2026-Q4')).toBe('Q4 2026');
    expect(t('import.departments-created', { count: 1 })).toBe('1 Abteilung angelegt');
    expect(t('import.departments-created', { count: 3 })).toBe('3 Abteilungen angelegt');
  });

  it('puts elements into a sentence where its placeholders are, in the language’s word order', async () => {
    const date = document.createElement('time');
    date.textContent = '23.11.2026';
    await useLocale('de-DE');
    const parts = tParts('check.reminder-due', { date });
    expect(parts[1]).toBe(date);
    expect(parts.map((part) => (typeof part === 'string' ? part : part.textContent)).join('')).toBe('Eine Erinnerung wird am 23.11.2026 verschickt.');
  });

  it('reads a module’s constant texts in the language of the moment they are read', async () => {
    const words = texts(['yes', 'no'] as const, (key) => t(`check.met.${key}`));
    const scale = textList(2, (i) => t(i === 0 ? 'check.rating.1' : 'check.rating.5'));
    expect([words.yes, scale[1]]).toEqual(['Yes', 'very satisfied']);
    await useLocale('de-DE');
    expect([words.yes, scale[1], scale.length]).toEqual(['Ja', 'sehr zufrieden', 2]);
    expect(Object.keys(words)).toEqual(['yes', 'no']);
  });
});
