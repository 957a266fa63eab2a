import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/i18n/locales');

function namespaces(language: string): string[] {
  return readdirSync(path.join(localesDir, language))
    .filter((file) => file.endsWith('.json'))
    .sort();
}

function load(language: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(localesDir, language, file), 'utf8'));
}

/** "a.b.c" → the string, for every leaf. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [leaf, text] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(leaf, text);
    }
  } else {
    out.set(prefix, `<${typeof value}>`);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  it('Vietnamese and English have the same namespace files', () => {
    expect(namespaces('vi').length).toBeGreaterThanOrEqual(2);
    expect(namespaces('en')).toEqual(namespaces('vi'));
  });

  for (const file of namespaces('vi')) {
    describe(file, () => {
      const vi = leaves(load('vi', file));
      const en = leaves(load('en', file));

      it('has the same keys in both languages', () => {
        expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
      });

      it('every message is a non-empty string with the same placeholders in both languages', () => {
        for (const [key, text] of vi) {
          expect(text, `vi ${key}`).toMatch(/\S/);
          expect(en.get(key), `en ${key}`).toMatch(/\S/);
          expect(placeholders(en.get(key) ?? ''), `placeholders of ${key}`).toEqual(placeholders(text));
        }
      });

      it('Vietnamese text is NFC', () => {
        for (const [key, text] of vi) expect(text.normalize('NFC'), key).toBe(text);
      });
    });
  }
});

describe('error messages', () => {
  const codes = Object.keys(load('vi', 'errors.json') as Record<string, string>);
  it('translate every code the host and the editor report', () => {
    const expected = [
      'not-found', 'outside-documents', 'bad-request', 'disk-full', 'permission-denied', 'not-json', 'not-vanban',
      'newer-version', 'invalid', 'invalid-document', 'unsupported', 'network', 'paste-too-large', 'unknown',
      'wrong-extension', 'invalid-name', 'too-large', 'file-busy', 'io-error', 'bad-version', 'unknown-kind', 'damaged-version', 'internal',
    ];
    expect(codes).toEqual(expect.arrayContaining(expected));
  });
});
