// The one date field of the tablet: typed day first (dd/mm/yyyy) whatever the browser's locale,
// on the number pad (the slashes put themselves in), a year alone where a date of birth allows
// it, and read back in words ("ngày 5 tháng 3 năm 1950") so a day/month swap is seen before saving.
import { useId, useState } from 'preact/hooks';
import { parseTypedDate, shapeTypedDate, typedTextOf } from '../../domain/birth-date';
import type { MessageKey } from '../../i18n/i18n';
import { formatBirthDateWords } from '../../i18n/format';
import { useApp } from '../context';
import './DateInput.css';

export interface DateInputProps {
  label: MessageKey;
  /** The date kept: 'YYYY-MM-DD', 'YYYY' (year alone), or '' while nothing readable is typed. */
  value: string;
  onChange(value: string): void;
  /** A date of birth may be a year alone. */
  yearAlone?: boolean;
  /** The birth year a 12-digit ID number encodes: a typed year that disagrees is flagged at once. */
  idYear?: number;
  /** The form's own complaint about the date (e.g. after a save was tried), already a key. */
  error?: MessageKey;
}

export function DateInput({
  label,
  value,
  onChange,
  yearAlone = false,
  idYear,
  error,
}: DateInputProps) {
  const { t } = useApp();
  const id = useId();
  const [text, setText] = useState(() => typedTextOf(value));
  const [left, setLeft] = useState(false);
  const reading = parseTypedDate(text, yearAlone);
  const words = reading.ok ? formatBirthDateWords(reading.dob, t) : '';
  // Unreadable text is pointed out once the person moves on, not at every keystroke.
  const unreadable = !reading.ok && text !== '' && left;
  const otherYear = reading.ok && idYear !== undefined && reading.year !== idYear;
  const problem = unreadable
    ? t('dob.unreadable', { orYear: yearAlone ? t('dob.orYear') : '' })
    : error && t(error);

  return (
    <div class="field date-input">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        class="input"
        inputMode="numeric"
        autocomplete="off"
        placeholder={yearAlone ? 'dd/mm/yyyy · yyyy' : 'dd/mm/yyyy'}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint ${id}-read`}
        onInput={(e) => {
          const shaped = shapeTypedDate(e.currentTarget.value);
          e.currentTarget.value = shaped;
          setText(shaped);
          setLeft(false);
          const next = parseTypedDate(shaped, yearAlone);
          onChange(next.ok ? next.dob : '');
        }}
        onBlur={() => setLeft(true)}
      />
      <small id={`${id}-hint`} class="muted">
        {t(yearAlone ? 'dob.hint' : 'dob.hintFull')}
      </small>
      <div id={`${id}-read`} aria-live="polite">
        {words && <p class="date-words">{t('dob.reads', { text: words })}</p>}
        {otherYear && (
          <p class="date-warning">
            {t('dob.idYear', { idYear: String(idYear), year: String(reading.year) })}
          </p>
        )}
        {problem && <p class="error">{problem}</p>}
      </div>
    </div>
  );
}
