// Record values as a nurse reads them: dates as dd/MM/yyyy, codes as names, yes/no as words.
import { REACTIONS } from '../../../domain/observation';
import { formatDate } from '../../../i18n/format';
import { isMessageKey, type Translate } from '../../../i18n/i18n';
import { vaccineName } from '../shared/CitizenSummary';

/** The label of a correctable path, e.g. "data.citizen.dob" → "Ngày sinh". */
export function pathLabel(path: string, t: Translate): string {
  const key = `path.${path}`;
  return isMessageKey(key) ? t(key) : path;
}

const translated = (prefix: string, value: string, t: Translate): string => {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
};

export function valueText(path: string, value: unknown, t: Translate): string {
  if (value === undefined || value === null || value === '') return '—';
  const leaf = path.split('.').at(-1);
  if (typeof value === 'boolean') return t(value ? 'screening.yes' : 'screening.no');
  if (typeof value === 'string') {
    if (leaf === 'dob') return formatDate(value);
    if (leaf === 'sex') return t(value === 'M' ? 'checkin.male' : 'checkin.female');
    if (leaf === 'vaccine' || leaf === 'avoidVaccine') return vaccineName(value);
    if (leaf === 'outcome') return translated('outcome', value, t);
    if (leaf === 'arm') return translated('arm', value, t);
    if (leaf === 'doseKind') return translated('doseKind', value, t);
    if (leaf === 'decision') return translated('decision', value, t);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && leaf === 'reactions') {
    if (value.length === 0) return t('history.noReactions');
    return value
      .map((r: { code?: unknown; severity?: unknown }) => {
        const code = String(r?.code ?? '');
        const name = (REACTIONS as readonly string[]).includes(code)
          ? translated('reaction', code, t)
          : code;
        return `${name} (${translated('severity', String(r?.severity ?? ''), t)})`;
      })
      .join(', ');
  }
  if (typeof value === 'object' && leaf === 'guardian') {
    const g = value as { name?: unknown; phone?: unknown };
    return `${String(g.name ?? '')} ${String(g.phone ?? '')}`.trim() || '—';
  }
  return JSON.stringify(value);
}
