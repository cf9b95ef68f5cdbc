// Correcting a check-in (name, date of birth, sex, phone, ID) or an injection (lot, dose number,
// arm). Nothing is edited: a correction record with a reason is added, checked first by the same
// rules the server applies.
import { useEffect, useId, useState } from 'preact/hooks';
import { checkCorrection, type CorrectedRecord } from '../../../domain/corrections';
import type { FieldError } from '../../../domain/records';
import type { Translate } from '../../../i18n/i18n';
import { useApp } from '../../context';
import { fieldErrorText } from '../../field-error-text';
import type { LotView } from '../../../services/contracts';
import { changesFrom, draftOf, type CorrectionDraft } from './correction-draft';
import { CorrectionFields } from './CorrectionFields';
import { CorrectionFooter, useCorrectionSave } from './correction-save';

export interface CorrectionFormProps {
  entry: CorrectedRecord;
  onSaved(): void;
  onCancel(): void;
}

const checkText = (e: FieldError, t: Translate) =>
  e.code === 'required' && e.field === 'data.changes'
    ? t('correction.nothing')
    : fieldErrorText(e, t);

export function CorrectionForm({ entry, onSaved, onCancel }: CorrectionFormProps) {
  const { t, services } = useApp();
  const { record } = entry;
  const id = useId();
  const [draft, setDraft] = useState<CorrectionDraft>(() => draftOf(record));
  const [reason, setReason] = useState('');
  const [lots, setLots] = useState<LotView[]>([]);
  const { errors, setErrors, busy, save: saveCorrection } = useCorrectionSave(entry, onSaved);

  useEffect(() => {
    if (record.type !== 'injection') return;
    void services.stock
      .lots()
      .then(setLots)
      .catch(() => setLots([]));
  }, [services, record.type]);

  function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const { changes, problems } = changesFrom(record, draft, lots);
    const found = [
      ...problems.map((p) => t(p.key, p.params)),
      ...(problems.length === 0
        ? checkCorrection(record, changes).map((e) => checkText(e, t))
        : []),
      ...(reason.trim() === '' ? [t('correction.reasonMissing')] : []),
    ];
    setErrors([...new Set(found)]);
    if (found.length > 0) return;
    void saveCorrection({ changes, reason });
  }

  return (
    <form class="correction" onSubmit={save} noValidate aria-labelledby={id}>
      <h4 id={id}>{t('correction.heading', { type: t(`type.${record.type}`) })}</h4>
      <CorrectionFields
        record={record}
        draft={draft}
        lots={lots}
        onChange={(path, value) => setDraft({ ...draft, [path]: value })}
      />
      <CorrectionFooter
        label={t('correction.reason')}
        words={reason}
        onWords={setReason}
        errors={errors}
        busy={busy}
        saveText={t('correction.save')}
        cancelText={t('checkin.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
