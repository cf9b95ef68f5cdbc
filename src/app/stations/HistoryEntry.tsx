// One record of a visit as it now stands, and under it its corrections (from → to, why, who, when).
import { Fragment } from 'preact';
import type { CorrectedRecord } from '../../domain/corrections';
import { mayCorrect } from '../../domain/roles';
import { formatClock, formatDate } from '../../i18n/format';
import { useApp } from '../context';
import { correctionSteps, valueAt } from './correction-steps';
import { FORM_PATHS } from './correction-draft';
import { CorrectionForm } from './CorrectionForm';
import { summaryPaths } from './record-summary';
import { useSignedIn } from './use-signed-in';
import { pathLabel, valueText } from './value-text';

export interface HistoryEntryProps {
  entry: CorrectedRecord;
  staffName(id: string): string;
  correcting: boolean;
  onCorrect(): void;
  onCorrected(): void;
  onCancel(): void;
}

const when = (iso: string) => `${formatClock(iso)} ${formatDate(iso.slice(0, 10))}`;

export function HistoryEntry(props: HistoryEntryProps) {
  const { t } = useApp();
  const me = useSignedIn();
  const { record, original } = props.entry;
  const canCorrect =
    me !== null && mayCorrect(me.role, record.type) && FORM_PATHS[record.type] !== undefined;
  return (
    <li class="history-entry">
      <h3>
        {t(`type.${record.type}`)} — {when(original.occurredAt)}
      </h3>
      <p class="muted">{t('history.by', { name: props.staffName(original.staffId) })}</p>
      <dl class="facts">
        {summaryPaths(record).map((path) => (
          <Fragment key={path}>
            <dt>{pathLabel(path, t)}</dt>
            <dd>{valueText(path, valueAt(record, path), t)}</dd>
          </Fragment>
        ))}
      </dl>
      {props.entry.corrections.length > 0 && (
        <ul class="corrections" aria-label={t('history.corrections')}>
          {correctionSteps(props.entry).map(({ correction, changes, applied }) => (
            <li key={correction.id}>
              <p>
                {t('history.correctedBy', {
                  name: props.staffName(correction.staffId),
                  time: when(correction.occurredAt),
                })}
                {!applied && ` ${t('history.notApplied')}`}
              </p>
              <ul>
                {changes.map(({ path, from, to }) => (
                  <li key={path}>
                    {t('history.change', {
                      field: pathLabel(path, t),
                      from: valueText(path, from, t),
                      to: valueText(path, to, t),
                    })}
                  </li>
                ))}
              </ul>
              <p>{t('history.reason', { reason: correction.data.reason })}</p>
            </li>
          ))}
        </ul>
      )}
      {props.correcting ? (
        <CorrectionForm entry={props.entry} onSaved={props.onCorrected} onCancel={props.onCancel} />
      ) : (
        canCorrect && (
          <button type="button" class="button" onClick={props.onCorrect}>
            {t('history.correct')}
          </button>
        )
      )}
    </li>
  );
}
