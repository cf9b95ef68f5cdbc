// One person on the observation board: who, what they were given, when, and the time left.
import { secondsLeft } from '../../../domain/observation';
import { formatClock } from '../../../i18n/format';
import { useApp } from '../../context';
import type { VisitView } from '../../../services/contracts';
import { vaccineName } from '../shared/CitizenSummary';
import { formatCountdown } from '../shared/clock';

export interface ObservationCardProps {
  visit: VisitView & { injection: NonNullable<VisitView['injection']> };
  nowMs: number;
  onOpen(): void;
}

export function ObservationCard({ visit, nowMs, onOpen }: ObservationCardProps) {
  const { t } = useApp();
  const { injection } = visit;
  const left = secondsLeft(injection.occurredAt, nowMs);
  const done = left <= 0;
  return (
    <button type="button" class={`obs-card ${done ? 'is-done' : ''}`} onClick={onOpen}>
      <span class="obs-name">{visit.checkin.data.citizen.fullName}</span>
      <span class="obs-facts">
        {t('observation.given', {
          vaccine: vaccineName(injection.data.vaccine),
          n: injection.data.doseNumber,
          time: formatClock(injection.occurredAt),
        })}
      </span>
      <span class="obs-clock">
        {done ? t('observation.timeUp') : t('observation.left', { time: formatCountdown(left) })}
      </span>
    </button>
  );
}
