// The desk's step after a look-up: confirm a registered citizen, or record a walk-in.
import type { ScannedIdentity } from '../../domain/checkin-method';
import type { Citizen } from '../../domain/records';
import type { PreviousDose } from '../../domain/protocol';
import type { CertificateCheck, TodayVisit } from '../../services/contracts';
import { CertificateCard } from './CertificateCard';
import { formatClock } from '../../i18n/format';
import { useApp } from '../context';
import { ConfirmCard } from './ConfirmCard';
import type { Note } from './scan-flow';
import type { Step } from './use-desk';
import { WalkInForm } from './WalkInForm';

export interface CheckinStepProps {
  step: Step;
  today: TodayVisit[];
  todayDate: string;
  noteText(note: Note): string;
  onConfirm(
    citizen: Citizen,
    scanned?: ScannedIdentity,
    registrationId?: string,
    priorDoses?: PreviousDose[],
  ): Promise<void>;
  onCancel(): void;
  onFromCertificate(check: CertificateCheck): void;
}

export function CheckinStep({ step, today, todayDate, noteText, ...on }: CheckinStepProps) {
  const { t } = useApp();
  const earlier = (id?: string) =>
    today.find(({ checkin }) => id && checkin.data.citizen.id === id)?.checkin;
  const alreadyToday = (id: string) => {
    const before = earlier(id);
    return before ? [t('checkin.alreadyToday', { time: formatClock(before.occurredAt) })] : [];
  };

  if (step.kind === 'confirm') {
    return (
      <ConfirmCard
        registration={step.registration}
        today={todayDate}
        earlier={earlier(step.registration.citizen.id)}
        notes={step.notes.map(noteText)}
        onConfirm={() =>
          on.onConfirm(step.registration.citizen, step.scanned, step.registration.id)
        }
        onCancel={on.onCancel}
      />
    );
  }
  if (step.kind === 'walkin') {
    return (
      <WalkInForm
        initial={step.draft}
        notes={alreadyToday(step.draft.id)}
        today={todayDate}
        // Only a certificate's holder starts without an ID number, and may go on without one.
        idOptional={step.priorDoses !== undefined}
        onConfirm={(citizen) => on.onConfirm(citizen, step.scanned, undefined, step.priorDoses)}
        onCancel={on.onCancel}
      />
    );
  }
  if (step.kind === 'certificate') {
    return (
      <CertificateCard
        check={step.check}
        onContinue={on.onFromCertificate}
        onScanAnother={on.onCancel}
      />
    );
  }
  return null;
}
