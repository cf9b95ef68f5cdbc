// The desk's look-up by a typed ID number (the scan and the other search sit beside it).
import type { Ref } from 'preact';
import { useApp } from '../context';

export interface IdLookupProps {
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput(value: string): void;
  onSubmit(event: Event): void;
}

export function IdLookup({ value, inputRef, onInput, onSubmit }: IdLookupProps) {
  const { t } = useApp();
  return (
    <section class="card">
      <form class="lookup" onSubmit={onSubmit} noValidate>
        <label class="field grow">
          <span>{t('checkin.idLabel')}</span>
          <input
            ref={inputRef}
            class="input big"
            inputMode="numeric"
            autocomplete="off"
            maxLength={14}
            aria-describedby="id-hint"
            value={value}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <small id="id-hint" class="muted">
            {t('checkin.idHint')}
          </small>
        </label>
        <button class="button primary" type="submit">
          {t('checkin.find')}
        </button>
      </form>
    </section>
  );
}
