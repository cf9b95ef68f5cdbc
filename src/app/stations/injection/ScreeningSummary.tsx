// What the screening table decided, for the nurse about to inject.
import type { ScreeningRecord } from '../../../domain/records';
import { formatClock } from '../../../i18n/format';
import { useApp } from '../../context';
import { vaccineName } from '../shared/CitizenSummary';
import '../shared/outcome.css';

export function ScreeningSummary({ screening }: { screening?: ScreeningRecord }) {
  const { t } = useApp();
  if (screening === undefined) return <p class="warnings">{t('injection.notScreened')}</p>;
  const { outcome, decision, avoidVaccine, note } = screening.data;
  return (
    <dl class="facts screening-summary">
      <dt>{t('screening.outcome')}</dt>
      <dd class={`outcome-text outcome-${outcome}`}>
        {t(`outcome.${outcome}`)} ({formatClock(screening.occurredAt)})
      </dd>
      <dt>{t('screening.decision')}</dt>
      <dd>{t(`decision.${decision}`)}</dd>
      {avoidVaccine && (
        <>
          <dt>{t('injection.avoid')}</dt>
          <dd class="error">{vaccineName(avoidVaccine)}</dd>
        </>
      )}
      {note && (
        <>
          <dt>{t('screening.note')}</dt>
          <dd>{note}</dd>
        </>
      )}
    </dl>
  );
}
