import type { Site } from '../../domain/protocol';
import { useApp } from '../context';
import { LanguageSwitch } from './LanguageSwitch';
import { SyncStatusBar, type SyncStatusBarProps } from './SyncStatusBar';
import './Header.css';

export interface HeaderProps {
  site: Site | null;
  /** Both set once the tablet is enrolled (they show the sync status bar). */
  sync?: SyncStatusBarProps;
}

export function Header({ site, sync }: HeaderProps) {
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
      {sync && <SyncStatusBar {...sync} />}
    </header>
  );
}
