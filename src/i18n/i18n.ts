// A tiny translator: the dictionaries, `{name}` interpolation and locale-aware numbers.
// English loads on demand, and so do the station screens' messages (vi-stations.ts,
// en-stations.ts) and the certificate verifier's (vi-dcc.ts, en-dcc.ts) in either language,
// keeping the shell that every tablet opens small.
import { vi, type ShellMessageKey } from './vi';
import type { DccMessageKey } from './vi-dcc';
import type { StationMessageKey } from './vi-stations';

export type Lang = 'vi' | 'en';
/** Every message key: the shell's, the station screens' and the certificate verifier's. */
export type MessageKey = ShellMessageKey | StationMessageKey | DccMessageKey;

type Messages = Partial<Record<MessageKey, string>>;
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Per language, the messages loaded so far; a translator reads them as they are merged in. */
const messages: Partial<Record<Lang, Messages>> = {};
const shellLoads: Partial<Record<Lang, Promise<void>>> = {};

/** The dictionaries loaded on demand, each in its own chunk per language. */
const PARTS = {
  stations: {
    vi: async () => (await import('./vi-stations')).viStations,
    en: async () => (await import('./en-stations')).enStations,
  },
  dcc: {
    vi: async () => (await import('./vi-dcc')).viDcc,
    en: async () => (await import('./en-dcc')).enDcc,
  },
} satisfies Record<string, Record<Lang, () => Promise<Messages>>>;
type Part = keyof typeof PARTS;
const partLoads: Record<Part, Partial<Record<Lang, Promise<void>>>> = { stations: {}, dcc: {} };
/** The keys of each part, once it has loaded in some language. */
const partKeys: Partial<Record<Part, Messages>> = {};
/** The parts a screen asked for: every language loaded from then on has them too. */
const wanted = new Set<Part>();

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

/** Loads a part's messages of `lang` into the dictionary its translator reads. */
function loadPart(part: Part, lang: Lang): Promise<void> {
  wanted.add(part);
  return loadOnce(partLoads[part], lang, async () => {
    const dict = await PARTS[part][lang]();
    Object.assign(messagesOf(lang), dict);
    partKeys[part] ??= dict;
  });
}

/** The station screens' messages, loaded with the work screens. */
export const loadStationMessages = (lang: Lang): Promise<void> => loadPart('stations', lang);
/** The certificate verifier's messages, loaded with the verifier on the first HC1 scan. */
export const loadDccMessages = (lang: Lang): Promise<void> => loadPart('dcc', lang);

/** Whether `key` names a message of the shell, or of a part once its messages loaded. */
export function isMessageKey(key: string): key is MessageKey {
  return (
    Object.hasOwn(vi, key) ||
    Object.values(partKeys).some((dict) => dict !== undefined && Object.hasOwn(dict, key))
  );
}

const loadWanted = (lang: Lang) => Promise.all([...wanted].map((part) => loadPart(part, lang)));

export async function loadTranslator(lang: Lang): Promise<Translate> {
  await Promise.all([loadShellMessages(lang), loadWanted(lang)]);
  // A part may have been asked for while the shell's messages were loading.
  await loadWanted(lang);
  const dict = messagesOf(lang);
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return (key, params) =>
    (dict[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params?.[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
}
