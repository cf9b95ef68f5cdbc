// Voiding a record made by mistake (issue 17): a reason from a short list, words required for
// "other". Nothing is deleted: a void correction is added, checked first by the server's rules.
import { useId, useState } from 'preact/hooks';
import type { CorrectedRecord } from '../../domain/corrections';
import type { VoidReason } from '../../domain/records';
import { VOID_REASONS } from '../../domain/voids';
import { useApp } from '../context';
import { buildCorrection } from './build-records';
import { ProblemList } from './ProblemList';
import { saveErrorText } from './save-text';

export interface VoidFormProps {
  entry: CorrectedRecord;
  onSaved(): void;
  onCancel(): void;
}

export function VoidForm({ entry, onSaved, onCancel }: VoidFormProps) {
  const { t, services } = useApp();
  const { record } = entry;
  const id = useId();
  const [reason, setReason] = useState<VoidReason | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const words = note.trim();
    const found = [
      ...(reason === null ? [t('void.reasonMissing')] : []),
      ...(reason === 'other' && words === '' ? [t('void.noteMissing')] : []),
    ];
    setErrors(found);
    if (found.length > 0 || reason === null) return;
    const staff = services.session.current();
    if (staff === null) return setErrors([t('station.signedOut')]);
    setBusy(true);
    try {
      const correction = buildCorrection({
        siteId: record.siteId,
        staffId: staff.id,
        visitKey: record.visitKey,
        now: new Date(),
        targetId: entry.original.id,
        changes: {},
        reason: words || t(`void.reason.${reason}`),
        void: reason,
      });
      const saved = await services.visits.save(correction);
      if (!saved.ok) return setErrors([saveErrorText(saved.errors, t)]);
      onSaved();
    } catch {
      setErrors([t('station.saveCrashed')]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="correction void-form" onSubmit={save} noValidate aria-labelledby={id}>
      <h4 id={id}>{t('void.heading', { type: t(`type.${record.type}`) })}</h4>
      <p class="muted">{t('void.explain')}</p>
      <fieldset class="field">
        <legend>{t('void.reason')}</legend>
        {VOID_REASONS.map((code) => (
          <label key={code} class="radio void-reason">
            <input
              type="radio"
              name={`${id}-reason`}
              value={code}
              checked={reason === code}
              onChange={() => {
                setReason(code);
                setErrors([]);
              }}
            />
            {t(`void.reason.${code}`)}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{reason === 'other' ? t('void.noteRequired') : t('void.note')}</span>
        <textarea
          class="input"
          rows={2}
          maxLength={500}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <ProblemList items={errors} />
      <div class="actions">
        <button class="button primary is-danger" type="submit" disabled={busy}>
          {t('void.save')}
        </button>
        <button class="button" type="button" onClick={onCancel}>
          {t('void.cancel')}
        </button>
      </div>
    </form>
  );
}
