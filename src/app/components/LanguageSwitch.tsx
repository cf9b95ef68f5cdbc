import { LANGS } from '../../i18n/i18n';
import { useApp } from '../context';
import './LanguageSwitch.css';

export function LanguageSwitch() {
  const { t, lang, setLang } = useApp();
  return (
    <div class="lang" role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          class="lang-button"
          aria-pressed={l === lang}
          lang={l}
          onClick={() => setLang(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
