/**
 * UI strings of the main process (native menus, file dialogs, the unsaved-changes prompt), read
 * from the renderer's `menu` namespace so both sides share one translation. The JSON files are
 * bundled into main.cjs by esbuild.
 */
import vi from '../../renderer/i18n/locales/vi/menu.json';
import en from '../../renderer/i18n/locales/en/menu.json';

export type Language = 'vi' | 'en';
export type MenuStrings = typeof vi;

const STRINGS: Record<Language, MenuStrings> = { vi, en };

/** A translator for dotted keys ("menu.save") with i18next-style {{name}} interpolation. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

function lookup(strings: unknown, key: string): string | undefined {
  let node = strings;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Vietnamese first; English fills a key missing in Vietnamese; the key itself as a last resort. */
export function translator(language: Language): Translate {
  return (key, params = {}) => {
    const text = lookup(STRINGS[language], key) ?? lookup(STRINGS.en, key) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
