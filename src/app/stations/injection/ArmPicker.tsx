// Left or right arm: two large buttons, no default, since a guessed arm would be recorded wrong.
import { useId } from 'preact/hooks';
import type { InjectionData } from '../../../domain/records';
import { useApp } from '../../context';

type Arm = InjectionData['arm'];

export interface ArmPickerProps {
  value: Arm | null;
  showMissing: boolean;
  onChange(arm: Arm): void;
}

export function ArmPicker({ value, showMissing, onChange }: ArmPickerProps) {
  const { t } = useApp();
  const id = useId();
  return (
    <div class={`field arm ${showMissing && value === null ? 'is-missing' : ''}`}>
      <span id={id} class="field-label">
        {t('injection.arm')}
      </span>
      <div class="yes-no" role="group" aria-labelledby={id}>
        {(['left', 'right'] as const).map((arm) => (
          <button
            key={arm}
            type="button"
            class="toggle"
            aria-pressed={value === arm}
            onClick={() => onChange(arm)}
          >
            {t(`arm.${arm}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
