// The services and the translator, handed to every component through context.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, Translate } from '../i18n/i18n';
import type { AppServices } from '../services/contracts';

export interface AppContextValue {
  services: AppServices;
  t: Translate;
  lang: Lang;
  setLang(lang: Lang): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}
