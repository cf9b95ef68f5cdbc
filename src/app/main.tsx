// The one wiring point: real storage and sync services, the update bridge, the saved language.
// The app-wide base styles come first, so every component's own styles follow them.
import './styles.css';
import { render } from 'preact';
import { createAppServices } from '../services/create-app-services';
import { LANGS, loadTranslator, type Lang } from '../i18n/i18n';
import { App } from './App';
import type { AppServices } from '../services/contracts';
import { requestPersistentStorage } from './pwa/persist';
import { createUpdateBridge } from './pwa/update-bridge';

const LANG_KEY = 'vax-lang';

function savedLang(): Lang {
  const value = localStorage.getItem(LANG_KEY);
  return LANGS.find((l) => l === value) ?? 'vi';
}

async function start(): Promise<void> {
  const services = {
    ...(await createAppServices()),
    updates: createUpdateBridge(),
    // The scanner (camera, decoder worker, wasm) loads only when the check-in desk opens.
    scanner: { start: async (options) => (await import('../scanner')).startScanner(options) },
  } satisfies AppServices;
  const [persisted, initialT] = await Promise.all([
    requestPersistentStorage(),
    loadTranslator(savedLang()),
  ]);
  render(
    <App
      services={services}
      initialLang={savedLang()}
      initialT={initialT}
      onLangChange={(lang) => localStorage.setItem(LANG_KEY, lang)}
      storagePersisted={persisted}
    />,
    document.getElementById('app')!,
  );
}

void start();
