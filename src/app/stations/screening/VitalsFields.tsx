// Temperature, pulse, blood pressure and breathing, each with its normal range; a value outside it
// is marked in words as well as colour, since it changes the outcome to "caution".
import { useId } from 'preact/hooks';
import { VITAL_LIMITS, vitalOutOfRange, type VitalName } from '../../../domain/screening';
import type { Translate } from '../../../i18n/i18n';
import { useApp } from '../../context';
import { parseVitals, VITAL_NAMES, type VitalsText } from './screening-draft';
import './VitalsFields.css';

export function rangeText(vital: VitalName, t: Translate): string {
  const { min, max } = VITAL_LIMITS[vital];
  if (min !== undefined && max !== undefined) return t('vital.range', { min, max });
  return max !== undefined ? t('vital.rangeMax', { max }) : t('vital.rangeMin', { min: min ?? 0 });
}

export interface VitalsFieldsProps {
  text: VitalsText;
  onChange(vital: VitalName, value: string): void;
}

export function VitalsFields({ text, onChange }: VitalsFieldsProps) {
  const { t } = useApp();
  const id = useId();
  const { vitals, invalid } = parseVitals(text);
  return (
    <div class="vitals">
      {VITAL_NAMES.map((vital) => {
        const value = vitals[vital];
        const bad = invalid.includes(vital);
        const out = value !== undefined && vitalOutOfRange(vital, value);
        const note = bad ? t('vital.notANumber') : out ? t('vital.outOfRange') : null;
        return (
          <label key={vital} class={`field vital ${out ? 'is-abnormal' : ''}`}>
            <span>{t(`vital.${vital}`)}</span>
            {/* Text with a decimal keypad: a number input silently empties "37,5" in some locales. */}
            <input
              class="input"
              type="text"
              inputMode="decimal"
              autocomplete="off"
              maxLength={6}
              value={text[vital] ?? ''}
              aria-invalid={bad ? true : undefined}
              aria-describedby={`${id}-${vital}`}
              onInput={(e) => onChange(vital, e.currentTarget.value)}
            />
            <small id={`${id}-${vital}`} class={note ? 'error' : 'muted'}>
              {t('vital.normal', { range: rangeText(vital, t) })}
              {note && ` — ${note}`}
            </small>
          </label>
        );
      })}
    </div>
  );
}
