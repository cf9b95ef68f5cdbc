// Voiding a record made by mistake: a reason from a short list, words required for
// "other". Nothing is deleted: a void correction is added, checked first by the server's rules.
import { useId, useState } from 'preact/hooks';
import type { CorrectedRecord } from '../../../domain/corrections';
import type { VoidReason } from '../../../domain/records';
import { VOID_REASONS } from '../../../domain/voids';
import { useApp } from '../../context';
import { CorrectionFooter, useCorrectionSave } from './correction-save';

export interface VoidFormProps {
  entry: CorrectedRecord;
  onSaved(): void;
  onCancel(): void;
}

export function VoidForm({ entry, onSaved, onCancel }: VoidFormProps) {
  const { t } = useApp();
  const { record } = entry;
  const id = useId();
  const [reason, setReason] = useState<VoidReason | null>(null);
  const [note, setNote] = useState('');
  const { errors, setErrors, busy, save: saveCorrection } = useCorrectionSave(entry, onSaved);

  function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const words = note.trim();
    const found = [
      ...(reason === null ? [t('void.reasonMissing')] : []),
      ...(reason === 'other' && words === '' ? [t('void.noteMissing')] : []),
    ];
    setErrors(found);
    if (found.length > 0 || reason === null) return;
    void saveCorrection({ changes: {}, reason: words || t(`void.reason.${reason}`), void: reason });
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
      <CorrectionFooter
        label={reason === 'other' ? t('void.noteRequired') : t('void.note')}
        words={note}
        onWords={setNote}
        errors={errors}
        busy={busy}
        saveText={t('void.save')}
        cancelText={t('void.cancel')}
        danger
        onCancel={onCancel}
      />
    </form>
  );
}
