// The app's only contact with its service worker's lifecycle: a new version is announced to the
// UI, which applies it when the person asks (never while a form or a push is in progress).
import type { UpdateService } from '../../services/contracts';

export function createUpdateBridge(): UpdateService {
  const listeners: ((apply: () => void) => void)[] = [];
  let pending: (() => void) | null = null;

  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    // Loaded after the first render: registration is not needed to show the app, and the shell's
    // initial script stays within its byte budget.
    void import('workbox-window').then(({ Workbox }) => {
      const wb = new Workbox('/sw.js');
      wb.addEventListener('waiting', () => {
        pending = () => {
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        };
        for (const listener of listeners) listener(pending);
      });
      return wb.register();
    });
  }

  return {
    onUpdateReady(listener) {
      listeners.push(listener);
      if (pending) listener(pending);
    },
  };
}
