// Releasing one person: reactions with their severity (anaphylaxis by Brighton level), what was
// done for a serious one and when, referral (an explicit choice once a reaction calls for it), and
// "Cho về". Before 30 minutes a second, deliberate tap is needed.
import { useState } from 'preact/hooks';
import {
  isSerious,
  needsReferral,
  secondsLeft,
  type ReactionCode,
} from '../../../domain/observation';
import { formatClock } from '../../../i18n/format';
import { useApp } from '../../context';
import type { VisitView } from '../../../services/contracts';
import { buildObservation } from '../../../domain/build-records';
import { ReactionList } from './ReactionList';
import { ReferralChoice } from './ReferralChoice';
import { clockNow, releaseDraft, type Marks, type TreatmentDrafts } from './release-draft';
import { TreatmentFields } from './TreatmentFields';
import { useSave } from '../shared/use-save';
import { vaccineName } from '../shared/CitizenSummary';
import { formatCountdown } from '../shared/clock';

export interface ReleasePanelProps {
  visit: VisitView & { injection: NonNullable<VisitView['injection']> };
  siteId: string;
  nowMs: number;
  onDone(name: string): void;
  onCancel(): void;
}

export function ReleasePanel({ visit, siteId, nowMs, onDone, onCancel }: ReleasePanelProps) {
  const { t } = useApp();
  const [marks, setMarks] = useState<Marks>({});
  const [treatments, setTreatments] = useState<TreatmentDrafts>({});
  // A "not referred" chosen before a severe reaction was marked does not count for it.
  const [choice, setChoice] = useState<{ referred: boolean; whenRequired: boolean } | null>(null);
  const [earlyConfirmed, setEarlyConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { busy, save } = useSave(setError);

  const draft = releaseDraft(marks, treatments, new Date(nowMs));
  const { reactions } = draft;
  const serious = reactions.filter(isSerious).map((r) => r.code as ReactionCode);
  const mustRefer = needsReferral(reactions);
  const counts = choice !== null && (choice.referred || choice.whenRequired || !mustRefer);
  const referredChoice = counts ? choice.referred : null;
  const referred = referredChoice ?? (mustRefer ? null : false);
  const left = secondsLeft(visit.injection.occurredAt, nowMs);
  const early = left > 0;
  const name = visit.checkin.data.citizen.fullName;

  async function release() {
    const [problem] = releaseDraft(marks, treatments, new Date()).problems;
    if (problem !== undefined) return setError(t(problem));
    if (referred === null) return setError(t('observation.referralMissing'));
    if (early && !earlyConfirmed) return setEarlyConfirmed(true);
    const at = { siteId, visitKey: visit.visitKey, now: new Date() };
    await save(
      (staff) => buildObservation({ ...at, staffId: staff.id, reactions, referred }),
      () => onDone(name),
    );
  }

  return (
    <div class="release">
      <h3>{t('observation.releaseHeading', { name })}</h3>
      <p>
        {t('observation.given', {
          vaccine: vaccineName(visit.injection.data.vaccine),
          n: visit.injection.data.doseNumber,
          time: formatClock(visit.injection.occurredAt),
        })}
        {' · '}
        <strong>
          {early ? t('observation.left', { time: formatCountdown(left) }) : t('observation.timeUp')}
        </strong>
      </p>
      <ReactionList
        value={marks}
        onChange={(code, mark) => {
          setMarks({ ...marks, [code]: mark });
          // The time of treatment starts at now, when the serious reaction is marked.
          if (mark && isSerious({ code, ...mark }) && treatments[code] === undefined) {
            setTreatments({
              ...treatments,
              [code]: { actions: [], note: '', time: clockNow(new Date()) },
            });
          }
          setError(null);
        }}
      />
      {serious.map((code) => (
        <TreatmentFields
          key={code}
          code={code}
          value={treatments[code]!}
          onChange={(value) => setTreatments({ ...treatments, [code]: value })}
        />
      ))}
      <ReferralChoice
        value={referredChoice}
        required={mustRefer}
        onChange={(r) => {
          setChoice({ referred: r, whenRequired: mustRefer });
          setError(null);
        }}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button
          class={`button primary ${early && earlyConfirmed ? 'is-warning' : ''}`}
          type="button"
          disabled={busy}
          onClick={() => void release()}
        >
          {early && earlyConfirmed ? t('observation.releaseEarly') : t('observation.release')}
        </button>
        <button class="button" type="button" onClick={onCancel}>
          {t('station.back')}
        </button>
      </div>
    </div>
  );
}
