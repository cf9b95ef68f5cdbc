// The inputs of a correction: what a nurse may fix on a check-in or an injection.
import { useId } from 'preact/hooks';
import type { VaxRecord } from '../../../domain/records';
import { useApp } from '../../context';
import { DateInput } from '../../components/DateInput';
import type { LotView } from '../../../services/contracts';
import { vaccineName } from '../shared/CitizenSummary';
import type { CorrectionDraft } from './correction-draft';
import { pathLabel } from './value-text';

export interface CorrectionFieldsProps {
  record: VaxRecord;
  draft: CorrectionDraft;
  lots: LotView[];
  onChange(path: string, value: string): void;
}

const DOSE_NUMBERS = [1, 2, 3, 4, 5];

export function CorrectionFields({ record, draft, lots, onChange }: CorrectionFieldsProps) {
  const { t } = useApp();
  const name = useId();
  const value = (path: string) => draft[path] ?? '';
  const input = (path: string, type = 'text', extra = {}) => (
    <label class="field">
      <span>{pathLabel(path, t)}</span>
      <input
        class="input"
        type={type}
        autocomplete="off"
        value={value(path)}
        onInput={(e) => onChange(path, e.currentTarget.value)}
        {...extra}
      />
    </label>
  );
  const radios = (path: string, options: readonly [string, string][]) => (
    <fieldset class="field">
      <legend>{pathLabel(path, t)}</legend>
      {options.map(([option, label]) => (
        <label key={option} class="radio">
          <input
            type="radio"
            name={`${name}-${path}`}
            value={option}
            checked={value(path) === option}
            onChange={() => onChange(path, option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
  const select = (path: string, options: readonly [string, string][]) => (
    <label class="field">
      <span>{pathLabel(path, t)}</span>
      <select
        class="input"
        value={value(path)}
        onChange={(e) => onChange(path, e.currentTarget.value)}
      >
        {options.map(([option, label]) => (
          <option key={option} value={option}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );

  if (record.type === 'checkin') {
    return (
      <>
        {input('data.citizen.fullName')}
        <DateInput
          label="checkin.dob"
          value={value('data.citizen.dob')}
          onChange={(dob) => onChange('data.citizen.dob', dob)}
          yearAlone
        />
        {radios('data.citizen.sex', [
          ['M', t('checkin.male')],
          ['F', t('checkin.female')],
        ])}
        {input('data.citizen.phone', 'tel', { inputMode: 'tel' })}
        {input('data.citizen.id', 'text', { inputMode: 'numeric', maxLength: 16 })}
      </>
    );
  }
  if (record.type !== 'injection') return null;
  // The lot recorded stays choosable even if it is no longer in stock (that may be the point).
  const lotCodes = [...new Set([record.data.lot, ...lots.map((l) => l.lot)])];
  const lotLabel = (code: string) => {
    const lot = lots.find((l) => l.lot === code);
    return lot ? `${code} — ${vaccineName(lot.vaccine)}` : code;
  };
  return (
    <>
      {select(
        'data.lot',
        lotCodes.map((code) => [code, lotLabel(code)]),
      )}
      {select(
        'data.doseNumber',
        [...new Set([...DOSE_NUMBERS, record.data.doseNumber])]
          .sort((a, b) => a - b)
          .map((n) => [String(n), String(n)]),
      )}
      {radios('data.arm', [
        ['left', t('arm.left')],
        ['right', t('arm.right')],
      ])}
    </>
  );
}
