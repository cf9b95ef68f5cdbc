// One way every station form saves: the record built for whoever is signed in, the visit
// service's refusal or a crash turned into words, and the button kept disabled meanwhile.
import { useState } from 'preact/hooks';
import type { Staff } from '../../../domain/protocol';
import type { VaxRecord } from '../../../domain/records';
import { useApp } from '../../context';
import { saveErrorText } from './save-text';

export function useSave(onError: (text: string) => void) {
  const { t, services } = useApp();
  const [busy, setBusy] = useState(false);

  /** Saves what `build` makes for the signed-in person, then calls `onSaved`. */
  async function save(build: (staff: Staff) => VaxRecord, onSaved: () => void): Promise<void> {
    const staff = services.session.current();
    if (staff === null) return onError(t('station.signedOut'));
    setBusy(true);
    try {
      const saved = await services.visits.save(build(staff));
      if (!saved.ok) return onError(saveErrorText(saved.errors, t));
      onSaved();
    } catch {
      onError(t('station.saveCrashed'));
    } finally {
      setBusy(false);
    }
  }

  return { busy, save };
}
