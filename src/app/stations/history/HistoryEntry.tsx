// One record of a visit as it now stands, and under it its corrections (from → to, why, who, when).
// A voided record is marked with its reason and offers nothing more to do.
import { Fragment } from 'preact';
import type { CorrectedRecord } from '../../../domain/corrections';
import { mayCorrect } from '../../../domain/roles';
import { isVoid, isVoided, mayVoid } from '../../../domain/voids';
import { formatClock, formatDate } from '../../../i18n/format';
import { useApp } from '../../context';
import { correctionSteps, valueAt } from './correction-steps';
import { FORM_PATHS } from './correction-draft';
import { CorrectionForm } from './CorrectionForm';
import { summaryPaths } from './record-summary';
import { useSignedIn } from '../shared/use-signed-in';
import { VoidForm } from './VoidForm';
import { pathLabel, valueText } from './value-text';
import './HistoryEntry.css';

export interface HistoryEntryProps {
  entry: CorrectedRecord;
  staffName(id: string): string;
  /** The form open under this record, if any. */
  editing: 'correct' | 'void' | null;
  onCorrect(): void;
  onVoid(): void;
  onCorrected(): void;
  onCancel(): void;
}

const when = (iso: string) => `${formatClock(iso)} ${formatDate(iso.slice(0, 10))}`;

export function HistoryEntry(props: HistoryEntryProps) {
  const { t } = useApp();
  const me = useSignedIn();
  const { record, original } = props.entry;
  const live = !isVoided(record);
  const canCorrect =
    live &&
    me !== null &&
    mayCorrect(me.role, record.type) &&
    FORM_PATHS[record.type] !== undefined;
  const canVoid = live && me !== null && mayVoid(me.role, me.id, original);
  return (
    <li class={live ? 'history-entry' : 'history-entry is-voided'}>
      <h3>
        {t(`type.${record.type}`)} — {when(original.occurredAt)}
      </h3>
      {record.voided && (
        <p class="void-badge">
          {t('void.badge', { reason: t(`void.reason.${record.voided.reason}`) })}
        </p>
      )}
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
                {t(isVoid(correction) ? 'void.by' : 'history.correctedBy', {
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
      {props.editing === 'correct' && (
        <CorrectionForm entry={props.entry} onSaved={props.onCorrected} onCancel={props.onCancel} />
      )}
      {props.editing === 'void' && (
        <VoidForm entry={props.entry} onSaved={props.onCorrected} onCancel={props.onCancel} />
      )}
      {props.editing === null && (canCorrect || canVoid) && (
        <div class="actions">
          {canCorrect && (
            <button type="button" class="button" onClick={props.onCorrect}>
              {t('history.correct')}
            </button>
          )}
          {canVoid && (
            <button type="button" class="button is-danger" onClick={props.onVoid}>
              {t('void.open')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
