// A tiny translator: the two dictionaries, `{name}` interpolation and locale-aware numbers.
// English loads on demand, keeping the shell that every tablet opens small.
import { vi, type MessageKey } from './vi';

export type Lang = 'vi' | 'en';
export type { MessageKey };

type Dictionary = Record<MessageKey, string>;
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

export async function loadTranslator(lang: Lang): Promise<Translate> {
  const dict: Dictionary = lang === 'en' ? (await import('./en')).en : vi;
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return (key, params) =>
    dict[key].replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params?.[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
}
