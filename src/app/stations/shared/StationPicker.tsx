// What this tablet is used for. A choice of five large options; a mobile team takes them all.
import { useId } from 'preact/hooks';
import { useApp } from '../../context';
import type { Station } from '../../../services/contracts';
import { STATIONS } from './station-views';

export interface StationPickerProps {
  value: Station;
  onChange(station: Station): void;
}

export function StationPicker({ value, onChange }: StationPickerProps) {
  const { t } = useApp();
  const name = useId();
  return (
    <fieldset class="field station-picker">
      <legend>{t('station.pick')}</legend>
      {STATIONS.map((station) => (
        <label key={station} class={`choice ${station === value ? 'is-chosen' : ''}`}>
          <input
            type="radio"
            name={name}
            value={station}
            checked={station === value}
            onChange={() => onChange(station)}
          />
          <span>
            <strong>{t(`station.${station}`)}</strong>
            <small>{t(`station.${station}.hint`)}</small>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
