// A tiny translator: the dictionaries, `{name}` interpolation and locale-aware numbers.
// English loads on demand, and so do the station screens' messages (vi-stations.ts,
// en-stations.ts) in either language, keeping the shell that every tablet opens small.
import { vi, type ShellMessageKey } from './vi';
import type { StationMessageKey } from './vi-stations';

export type Lang = 'vi' | 'en';
/** Every message key: the shell's and the station screens'. */
export type MessageKey = ShellMessageKey | StationMessageKey;

type Messages = Partial<Record<MessageKey, string>>;
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Per language, the messages loaded so far; a translator reads them as they are merged in. */
const messages: Partial<Record<Lang, Messages>> = {};
const shellLoads: Partial<Record<Lang, Promise<void>>> = {};
const stationLoads: Partial<Record<Lang, Promise<void>>> = {};
/** The station keys, once the station messages of some language have loaded. */
let stationKeys: Readonly<Record<StationMessageKey, string>> | undefined;
/** Set once a station screen asked for its messages: every language loaded from then on has them. */
let stationsWanted = false;

function messagesOf(lang: Lang): Messages {
  return (messages[lang] ??= {});
}

/** Loads once per language; a failed load is forgotten, so the next request tries again. */
function loadOnce(
  loads: Partial<Record<Lang, Promise<void>>>,
  lang: Lang,
  load: () => Promise<void>,
): Promise<void> {
  return (loads[lang] ??= load().catch((error: unknown) => {
    delete loads[lang];
    throw error;
  }));
}

function loadShellMessages(lang: Lang): Promise<void> {
  return loadOnce(shellLoads, lang, async () => {
    Object.assign(messagesOf(lang), lang === 'en' ? (await import('./en')).en : vi);
  });
}

/** Loads the station screens' messages of `lang` into the dictionary its translator reads. */
export function loadStationMessages(lang: Lang): Promise<void> {
  stationsWanted = true;
  return loadOnce(stationLoads, lang, async () => {
    const dict =
      lang === 'en'
        ? (await import('./en-stations')).enStations
        : (await import('./vi-stations')).viStations;
    Object.assign(messagesOf(lang), dict);
    stationKeys ??= dict;
  });
}

/** Whether `key` names a message of the shell, or of the stations once their messages loaded. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key) || (stationKeys !== undefined && Object.hasOwn(stationKeys, key));
}

export async function loadTranslator(lang: Lang): Promise<Translate> {
  await Promise.all([loadShellMessages(lang), stationsWanted && loadStationMessages(lang)]);
  // Station messages may have been asked for while the shell's were loading.
  if (stationsWanted) await loadStationMessages(lang);
  const dict = messagesOf(lang);
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return (key, params) =>
    (dict[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params?.[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
}
