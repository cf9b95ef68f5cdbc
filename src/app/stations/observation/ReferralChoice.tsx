// Referral to hospital: optional while reactions are mild, an explicit yes or no once a reaction
// calls for it, so nobody with a severe reaction is released by default.
import { useId } from 'preact/hooks';
import { useApp } from '../../context';

export interface ReferralChoiceProps {
  value: boolean | null;
  required: boolean;
  onChange(referred: boolean): void;
}

export function ReferralChoice({ value, required, onChange }: ReferralChoiceProps) {
  const { t } = useApp();
  const id = useId();
  const shown = value ?? (required ? null : false);
  return (
    <div class={`field referral ${required && value === null ? 'is-missing' : ''}`}>
      <span id={id} class="field-label">
        {t('observation.referral')}
      </span>
      {required && <p class="warnings">{t('observation.mustDecideReferral')}</p>}
      <div class="yes-no" role="group" aria-labelledby={id}>
        <button
          type="button"
          class="toggle toggle-yes"
          aria-pressed={shown === true}
          onClick={() => onChange(true)}
        >
          {t('observation.referred')}
        </button>
        <button
          type="button"
          class="toggle"
          aria-pressed={shown === false}
          onClick={() => onChange(false)}
        >
          {t('observation.notReferred')}
        </button>
      </div>
    </div>
  );
}
