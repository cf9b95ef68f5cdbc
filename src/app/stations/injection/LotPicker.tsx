// The site's lots: lot number, vaccine, expiry and doses left. A lot that may not be used today is
// shown, greyed, with the reason, so the nurse knows why it is missing rather than searching.
import { useId } from 'preact/hooks';
import { formatDate } from '../../../i18n/format';
import { useApp } from '../../context';
import type { LotView } from '../../../services/contracts';
import { vaccineName } from '../shared/CitizenSummary';

export interface LotPickerProps {
  lots: LotView[];
  value: string | null;
  onChange(lot: string): void;
}

export function LotPicker({ lots, value, onChange }: LotPickerProps) {
  const { t } = useApp();
  const name = useId();
  return (
    <fieldset class="field lots">
      <legend>{t('injection.lot')}</legend>
      {lots.length === 0 && <p class="error">{t('injection.noLots')}</p>}
      {lots.map((lot) => (
        <label
          key={lot.lot}
          class={`choice ${lot.lot === value ? 'is-chosen' : ''} ${lot.problem ? 'is-unusable' : ''}`}
        >
          <input
            type="radio"
            name={name}
            value={lot.lot}
            checked={lot.lot === value}
            disabled={lot.problem !== null}
            onChange={() => onChange(lot.lot)}
          />
          <span>
            <strong>
              {lot.lot} — {vaccineName(lot.vaccine)}
            </strong>
            <small>
              {t('injection.lotFacts', {
                expiry: formatDate(lot.expiry),
                left: Math.max(0, lot.dosesAllocated - lot.dosesUsed),
              })}
              {lot.problem && ` — ${t(`lotProblem.${lot.problem}`)}`}
            </small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
