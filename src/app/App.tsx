// Top level: which screen is showing, the header with the always-visible sync status, and the
// offer of a new version.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { loadStationMessages, loadTranslator, type Lang, type Translate } from '../i18n/i18n';
import { AppContext } from './context';
import { Header } from './components/Header';
import { UpdateBanner } from './components/UpdateBanner';
import { AttentionScreen } from './screens/AttentionScreen';
import { Lazy } from './components/Lazy';
import { EnrollScreen } from './screens/EnrollScreen';
import { PrepareScreen } from './screens/PrepareScreen';
import type { AppServices, DeviceInfo } from '../services/contracts';

type Screen = 'loading' | 'enroll' | 'prepare' | 'work' | 'attention';

export interface AppProps {
  services: AppServices;
  initialLang: Lang;
  /** The translator of `initialLang`, loaded before the first render. */
  initialT: Translate;
  onLangChange(lang: Lang): void;
  storagePersisted: boolean;
}

export function App({ services, initialLang, initialT, onLangChange, storagePersisted }: AppProps) {
  const [{ lang, t }, setLanguage] = useState({ lang: initialLang, t: initialT });
  const [screen, setScreen] = useState<Screen>('loading');
  const [device, setDevice] = useState<DeviceInfo | null>(null);
  const [formDirty, setFormDirty] = useState(false);

  const context = useMemo(
    () => ({
      services,
      lang,
      t,
      setLang(next: Lang) {
        void loadTranslator(next).then((nextT) => {
          setLanguage({ lang: next, t: nextT });
          onLangChange(next);
        });
      },
    }),
    [services, lang, t, onLangChange],
  );

  // The work screens and their messages load together; a new `lang` only re-runs the load (both
  // are cached) to make sure that language's station messages are there.
  const loadWork = useCallback(
    () =>
      Promise.all([import('./screens/WorkScreen'), loadStationMessages(lang)]).then(
        ([m]) => m.WorkScreen,
      ),
    [lang],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = context.t('app.title');
  }, [lang, context]);

  useEffect(() => {
    void (async () => {
      const current = await services.enrollment.current();
      setDevice(current);
      if (current === null) return setScreen('enroll');
      // Enrolled but never got staff: the first pull did not finish yet.
      setScreen((await services.reference.staff()).length > 0 ? 'work' : 'prepare');
    })();
  }, [services]);

  // Any touch or key keeps the signed-in person's session from locking for inactivity.
  useEffect(() => {
    const active = () => services.session.activity();
    document.addEventListener('pointerdown', active, { passive: true });
    document.addEventListener('keydown', active);
    return () => {
      document.removeEventListener('pointerdown', active);
      document.removeEventListener('keydown', active);
    };
  }, [services]);

  return (
    <AppContext.Provider value={context}>
      <Header
        site={device?.site ?? null}
        sync={
          device
            ? {
                onAttention: () => setScreen('attention'),
                onReenroll: screen === 'enroll' ? undefined : () => setScreen('enroll'),
              }
            : undefined
        }
      />
      <UpdateBanner formDirty={formDirty} />
      <main id="main">
        {screen === 'enroll' && (
          <EnrollScreen
            current={device}
            onEnrolled={(d) => {
              setDevice(d);
              setScreen('prepare');
            }}
            onCancel={() => setScreen('work')}
          />
        )}
        {screen === 'prepare' && <PrepareScreen onReady={() => setScreen('work')} />}
        {screen === 'work' && device && (
          <Lazy load={loadWork} props={{ device, onDirtyChange: setFormDirty }} />
        )}
        {screen === 'attention' && <AttentionScreen onBack={() => setScreen('work')} />}
      </main>
      <footer class="footer">
        {[
          device &&
            `${device.site.name} · ${context.t('footer.device')} ${device.deviceId.slice(-8)}`,
          !storagePersisted && context.t('footer.notPersisted'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </footer>
    </AppContext.Provider>
  );
}
