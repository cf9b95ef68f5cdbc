// A person not on the list, typed at the desk and validated before anything is saved.
import { useState } from 'preact/hooks';
import { describeCitizenId } from '../../domain/citizen-id';
import type { Citizen } from '../../domain/records';
import { useApp } from '../context';
import { checkWalkIn, needsGuardian, type WalkInDraft, type WalkInField } from './walk-in';
import type { MessageKey } from '../../i18n/i18n';
import { ConfirmButtons } from './ConfirmButtons';
import { DateInput } from '../components/DateInput';

export interface WalkInFormProps {
  /** What is already known: the ID looked up, or everything a scanned card says. */
  initial: WalkInDraft;
  today: string;
  /** Warnings about this person already in words (e.g. checked in earlier today). */
  notes?: string[];
  /** The ID number may be typed here, or left empty (a certificate's holder). */
  idOptional?: boolean;
  onConfirm(citizen: Citizen): Promise<void> | void;
  onCancel(): void;
}

export function WalkInForm(props: WalkInFormProps) {
  const { initial, today, notes = [], idOptional = false, onConfirm, onCancel } = props;
  const { t } = useApp();
  const [draft, setDraft] = useState<WalkInDraft>(initial);
  // Errors appear after the first attempt and then follow the typing, so a fixed field clears.
  const [attempted, setAttempted] = useState(false);
  const check = checkWalkIn(draft, today, { idOptional });
  const errors: Partial<Record<WalkInField, MessageKey>> =
    attempted && !check.ok ? check.errors : {};
  const set = (field: WalkInField) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [field]: e.currentTarget.value });

  const text = (field: WalkInField, label: MessageKey, type = 'text', extra = {}) => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        class="input"
        type={type}
        value={draft[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `err-${field}` : undefined}
        onInput={set(field)}
        {...extra}
      />
      {errors[field] && (
        <small id={`err-${field}`} class="error">
          {t(errors[field])}
        </small>
      )}
    </label>
  );

  return (
    <div class="walkin">
      <h3>{t('checkin.walkin')}</h3>
      {/* The ID was looked up and found on no list: changing it here could make a second person. */}
      {text(
        'id',
        'checkin.idLabel',
        'text',
        idOptional ? { inputMode: 'numeric' } : { readOnly: true },
      )}
      {text('fullName', 'checkin.fullName', 'text', { autocomplete: 'off' })}
      <DateInput
        label="checkin.dob"
        value={draft.dob}
        onChange={(dob) => setDraft({ ...draft, dob })}
        yearAlone
        idYear={describeCitizenId(draft.id)?.birthYear}
        error={errors.dob}
      />
      <fieldset class="field">
        <legend>{t('checkin.sex')}</legend>
        {(['M', 'F'] as const).map((sex) => (
          <label key={sex} class="radio">
            <input
              type="radio"
              name="sex"
              value={sex}
              checked={draft.sex === sex}
              onChange={() => setDraft({ ...draft, sex })}
            />
            {t(sex === 'M' ? 'checkin.male' : 'checkin.female')}
          </label>
        ))}
        {errors.sex && <small class="error">{t(errors.sex)}</small>}
      </fieldset>
      {text('phone', 'checkin.phone', 'tel', { inputMode: 'tel' })}
      {needsGuardian(draft, today) && (
        <>
          <p class="notice">{t('checkin.minorNote')}</p>
          {text('guardianName', 'checkin.guardianName')}
          {text('guardianPhone', 'checkin.guardianPhone', 'tel', { inputMode: 'tel' })}
        </>
      )}
      <ConfirmButtons
        warnings={[...notes, ...(check.ok ? check.warnings.map((w) => t(w)) : [])]}
        onConfirm={() => {
          setAttempted(true);
          return check.ok ? onConfirm(check.citizen) : undefined;
        }}
        onCancel={onCancel}
      />
    </div>
  );
}
