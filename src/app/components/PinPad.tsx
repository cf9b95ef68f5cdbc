// A PIN field with a large on-screen keypad. The field stays a real password input, so a keyboard
// works too; the keypad only appends and deletes digits.
import { useId } from 'preact/hooks';
import { PIN_MAX_LENGTH } from '../../domain/pin';
import { useApp } from '../context';
import './PinPad.css';

export interface PinPadProps {
  value: string;
  onChange(pin: string): void;
  /** Message shown under the field (already in words), e.g. a wrong PIN. */
  error?: string;
  /** A line under the field (already in words), e.g. that the last digit signs in. */
  hint?: string;
  disabled?: boolean;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Digits only, never longer than a PIN can be: pasted or typed junk is dropped, not rejected. */
export const pinDigits = (text: string): string => text.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH);

export function PinPad({ value, onChange, error, hint, disabled = false }: PinPadProps) {
  const { t } = useApp();
  const id = useId();
  const press = (digit: string) => onChange(pinDigits(value + digit));
  const key = (digit: string) => (
    <button
      key={digit}
      type="button"
      class="pin-key"
      disabled={disabled}
      onClick={() => press(digit)}
    >
      {digit}
    </button>
  );

  return (
    <div class="pin">
      <label class="field">
        <span>{t('signin.pin')}</span>
        <input
          class="input big pin-input"
          type="password"
          inputMode="numeric"
          autocomplete="off"
          maxLength={PIN_MAX_LENGTH}
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error && `${id}-err`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined
          }
          onInput={(e) => {
            const clean = pinDigits(e.currentTarget.value);
            // Keep the field showing what is kept, even when nothing changed in state.
            e.currentTarget.value = clean;
            onChange(clean);
          }}
        />
      </label>
      {hint && (
        <p id={`${id}-hint`} class="muted pin-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} class="error" role="alert">
          {error}
        </p>
      )}
      <div class="pin-keys" role="group" aria-label={t('signin.keypad')}>
        {KEYS.map(key)}
        <button
          type="button"
          class="pin-key pin-key-small"
          disabled={disabled || value === ''}
          onClick={() => onChange('')}
        >
          {t('signin.clear')}
        </button>
        {key('0')}
        <button
          type="button"
          class="pin-key pin-key-small"
          disabled={disabled || value === ''}
          onClick={() => onChange(value.slice(0, -1))}
        >
          <span aria-hidden="true">⌫ </span>
          {t('signin.backspace')}
        </button>
      </div>
    </div>
  );
}
