// What was done for one serious reaction (a list and free text) and when (HH:MM, now by default):
// asked as soon as anaphylaxis or a severe reaction is marked.
import { TREATMENTS, type ReactionCode, type TreatmentCode } from '../../../domain/observation';
import { useApp } from '../../context';
import type { TreatmentDraft } from './release-draft';
import './TreatmentFields.css';

export interface TreatmentFieldsProps {
  code: ReactionCode;
  value: TreatmentDraft;
  onChange(value: TreatmentDraft): void;
}

export function TreatmentFields({ code, value, onChange }: TreatmentFieldsProps) {
  const { t } = useApp();
  const toggle = (action: TreatmentCode, on: boolean) =>
    onChange({
      ...value,
      actions: on ? [...value.actions, action] : value.actions.filter((a) => a !== action),
    });
  return (
    <fieldset class="field treatment">
      <legend>{t('observation.treatment', { reaction: t(`reaction.${code}`) })}</legend>
      <div class="treatment-actions">
        {TREATMENTS.map((action) => (
          <label key={action} class="checkbox">
            <input
              type="checkbox"
              checked={value.actions.includes(action)}
              onChange={(e) => toggle(action, e.currentTarget.checked)}
            />
            <span>{t(`treatment.${action}`)}</span>
          </label>
        ))}
      </div>
      <div class="treatment-more">
        <label class="field">
          <span>
            {t('observation.treatmentNote')} <span class="muted">{t('checkin.optional')}</span>
          </span>
          <input
            class="input"
            type="text"
            maxLength={500}
            value={value.note}
            onInput={(e) => onChange({ ...value, note: e.currentTarget.value })}
          />
        </label>
        <label class="field treatment-time">
          <span>{t('observation.treatmentAt')}</span>
          <input
            class="input"
            type="text"
            inputMode="numeric"
            autocomplete="off"
            maxLength={5}
            value={value.time}
            onInput={(e) => onChange({ ...value, time: e.currentTarget.value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
