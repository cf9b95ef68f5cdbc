// A registered citizen, large enough to compare with the person at the desk, and one action.
import { checkCitizenId } from '../../domain/citizen-id';
import { doseDue } from '../../domain/dose-due';
import { priorityGroupByCode } from '../../domain/priority-groups';
import type { Registration } from '../../domain/protocol';
import type { CheckinRecord } from '../../domain/records';
import { formatClock, formatDate } from '../../i18n/format';
import { useApp } from '../context';
import { fieldErrorText } from '../field-error-text';
import { ConfirmButtons } from './ConfirmButtons';
import { IdentityFacts } from '../components/IdentityFacts';
import { DoseFacts } from './DoseFacts';

export interface ConfirmCardProps {
  registration: Registration;
  today: string;
  /** This citizen's earlier check-in today on this tablet, if any. */
  earlier?: CheckinRecord;
  /** Differences between the scanned code and the registration, already in words. */
  notes?: string[];
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmCard({
  registration,
  today,
  earlier,
  notes = [],
  onConfirm,
  onCancel,
}: ConfirmCardProps) {
  const { t, lang } = useApp();
  const { citizen, previousDoses } = registration;
  const group = priorityGroupByCode(registration.priorityGroup);
  const due = doseDue(previousDoses, today);
  const dueDate = due.earliest && formatDate(due.earliest);
  const warnings = [
    ...notes,
    ...(citizen.id ? checkCitizenId(citizen.id, citizen).warnings : []).map((w) =>
      fieldErrorText(w, t),
    ),
    ...(registration.sessionDate !== today
      ? [t('checkin.otherDay', { date: formatDate(registration.sessionDate) })]
      : []),
    ...(earlier ? [t('checkin.alreadyToday', { time: formatClock(earlier.occurredAt) })] : []),
    ...(due.seriesComplete ? [t('checkin.seriesComplete')] : []),
    ...(due.tooEarly && dueDate
      ? [t('checkin.tooEarly', { n: due.doseNumber, date: dueDate })]
      : []),
  ];

  return (
    <article class="confirm" aria-labelledby="confirm-name">
      <p id="confirm-name" class="citizen-name">
        {citizen.fullName}
      </p>
      <dl class="facts">
        <IdentityFacts citizen={citizen} today={today} />
        <dt>{t('checkin.priority')}</dt>
        <dd>
          {group
            ? `${group.code} — ${lang === 'vi' ? group.nameVi : group.name}`
            : registration.priorityGroup}
        </dd>
        <DoseFacts doses={previousDoses} today={today} />
      </dl>
      <ConfirmButtons warnings={warnings} onConfirm={onConfirm} onCancel={onCancel} />
    </article>
  );
}
