// Every string a person reads comes from the message bundles in ./messages: English (loaded with the page) and
// German (loaded on demand when the user's locale asks for it). A message is a string with {name} placeholders,
// or, when it depends on a count, an object with one form per plural category (Intl.PluralRules) and `other`.
// Dates and numbers are formatted with Intl for the same locale.
import en from './messages/en.json';

export type MessageKey = keyof typeof en;
export type Message = string | { [category: string]: string; other: string };
export type Bundle = Record<string, Message>;
export type Language = 'en' | 'de';
export type Params = Record<string, string | number>;

export const LANGUAGES: readonly Language[] = ['en', 'de'];

const loaders: Record<Language, () => Promise<Bundle>> = {
  en: () => Promise.resolve(en as Bundle),
  de: () => import('./messages/de.json').then((m) => m.default as Bundle),
};

let language: Language = 'en';
let tag = 'en-US';
let bundle: Bundle = en;

/** The language a locale tag names ("de-DE", "de_AT", "de"), or English for any language we have no bundle for. */
export function languageOf(locale: string | null | undefined): Language {
  const primary = (locale ?? '').replace('_', '-').split('-')[0]?.toLowerCase();
  return LANGUAGES.includes(primary as Language) ? (primary as Language) : 'en';
}

/** The BCP 47 tag ("de-DE") of a host's locale ("de_DE"), for Intl and Accept-Language; en-US when it names none. */
export function tagOf(locale: string | null | undefined): string {
  const candidate = (locale ?? '').replace('_', '-');
  try {
    return candidate ? (Intl.getCanonicalLocales(candidate)[0] ?? 'en-US') : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** Switches every later t() and format call to the user's locale, loading its bundle first. */
export async function useLocale(locale: string | null | undefined): Promise<void> {
  // Without its bundle (a chunk the network lost), the page speaks English rather than not at all.
  const loaded = await loaders[languageOf(locale)]().catch(() => null);
  const wanted = loaded ? languageOf(locale) : 'en';
  bundle = loaded ?? en;
  language = wanted;
  const asked = tagOf(locale);
  tag = asked.split('-')[0]?.toLowerCase() === wanted ? asked : 'en-US';
  document.documentElement.lang = tag;
}

/** The language the page speaks now. */
export const currentLanguage = (): Language => language;

/** The locale tag the page formats with now ("de-DE"). */
export const currentLocale = (): string => tag;

/** A message in the page's language with its placeholders filled; English when the bundle lacks it. */
export function t(key: MessageKey, params: Params = {}): string {
  const message = bundle[key] ?? (en as Bundle)[key] ?? key;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = typeof params.count === 'number' ? params.count : Number(params.count ?? 0);
    text = message[new Intl.PluralRules(tag).select(count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * A message as parts, for a sentence with elements in it (a <time>, a <code>): placeholders named by a Node
 * become that node, the others are filled as by t().
 */
export function tParts(key: MessageKey, params: Record<string, string | number | Node>): (string | Node)[] {
  const values: Params = {};
  const nodes: Record<string, Node> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    else nodes[name] = value;
  }
  return t(key, values)
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/.test(part) ? (nodes[part.slice(1, -1)] ?? part) : part));
}

/**
 * A module's constant texts, one per key, each read in the page's language when it is read: a module's
 * constants are made when it loads, before the page has asked for the user's locale.
 */
export function texts<K extends string>(keys: readonly K[], message: (key: K) => string): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { get: () => message(key), enumerable: true });
  return record;
}

/** As texts(), a list: the n-th text read in the page's language when it is read. */
export function textList(count: number, message: (index: number) => string): readonly string[] {
  const list: string[] = [];
  for (let index = 0; index < count; index++) Object.defineProperty(list, index, { get: () => message(index), enumerable: true });
  return list;
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(tag, options).format(value);
}

/** A number with a fixed count of decimals for the locale: "4.2", "4,2". */
export function formatDecimal(value: number, digits = 1): string {
  return formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A share (0.42) as a percentage for the locale: "42%", "42 %". */
export function formatPercent(share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: fractionDigits }).format(share);
}

/** A date or time (ISO text or Date) for the locale; medium date by default. */
export function formatDate(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(tag, options).format(date);
}

/** A quarter ("2026-Q3") as the locale writes it. */
export function formatQuarter(quarter: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return match ? t('common.quarter', { year: match[1] ?? '', quarter: match[2] ?? '' }) : quarter;
}
