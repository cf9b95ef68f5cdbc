import type { Site } from '../../domain/protocol';
import { useApp } from '../context';
import { LanguageSwitch } from './LanguageSwitch';
import { SyncStatusBar } from './SyncStatusBar';

export function Header({ site, onAttention }: { site: Site | null; onAttention?: () => void }) {
  const { t } = useApp();
  return (
    <header class="header">
      <div class="header-row">
        <div class="header-title">
          <h1>{t('app.title')}</h1>
          {site && <p class="site-name">{site.name}</p>}
        </div>
        <LanguageSwitch />
      </div>
      {onAttention && <SyncStatusBar onAttention={onAttention} />}
    </header>
  );
}
