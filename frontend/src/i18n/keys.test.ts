// Every key the source asks t() for is in the English bundle (tsc checks the same through MessageKey; this also
// covers keys built from a template, `metric.${key}`), and nothing gets past MessageKey with a cast.
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';

const sources = import.meta.glob<string>(['/src/**/*.ts', '!/src/**/*.test.ts', '!/src/**/*.d.ts', '!/src/forge/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const KEYS = Object.keys(en);

describe('Message keys in the source', () => {
  it('reads the source files', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });

  it('asks only for keys the bundles have', () => {
    const missing: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\b(?:t|tParts)\(\s*'([^']+)'/g)) {
        if (!KEYS.includes(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
      // A key built from a template: at least one key starts with its fixed beginning.
      for (const match of text.matchAll(/\b(?:t|tParts)\(\s*`([^`$]*)\$\{/g)) {
        if (!KEYS.some((key) => key.startsWith(match[1]!))) missing.push(`${file}: ${match[1]}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('never casts its way past MessageKey', () => {
    const casts = Object.entries(sources).filter(([, text]) => /as\s+(?:unknown\s+as\s+)?MessageKey\b/.test(text)).map(([file]) => file);
    expect(casts).toEqual([]);
  });
});
