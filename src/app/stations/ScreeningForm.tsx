// Screening one person: checklist, vitals, the outcome the rules give, then the screener's
// decision and the consent. One save button; nothing is saved until every question is answered.
import { useState } from 'preact/hooks';
import type { ScreeningData } from '../../domain/records';
import { screeningOutcome, suggestedDecision, type VitalName } from '../../domain/screening';
import { useApp } from '../context';
import type { VisitDetail } from '../services';
import { buildScreening, lastVaccine } from './build-records';
import { CitizenSummary, vaccineName } from './CitizenSummary';
import { OutcomePanel } from './OutcomePanel';
import { ScreeningChecklist } from './ScreeningChecklist';
import { DecisionFields } from './DecisionFields';
import { parseVitals, screeningProblems, type VitalsText } from './screening-draft';
import { ProblemList } from './ProblemList';
import { saveErrorText } from './save-text';
import { VitalsFields } from './VitalsFields';

export interface ScreeningFormProps {
  detail: VisitDetail;
  siteId: string;
  today: string;
  onSaved(name: string): void;
  onCancel(): void;
}

type Decision = ScreeningData['decision'];

export function ScreeningForm({ detail, siteId, today, onSaved, onCancel }: ScreeningFormProps) {
  const { t, services } = useApp();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [vitalsText, setVitalsText] = useState<VitalsText>({});
  // A choice made for one outcome is dropped when the outcome changes: the screener looks again.
  const [chosen, setChosen] = useState<{ decision: Decision; forOutcome: string } | null>(null);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const { vitals } = parseVitals(vitalsText);
  const result = screeningOutcome(answers, vitals);
  const decision =
    chosen?.forOutcome === result.outcome ? chosen.decision : suggestedDecision(result.outcome);
  const avoid = answers.anaphylaxisCovidVaccine ? lastVaccine(detail.previousDoses) : undefined;
  const problems = screeningProblems({ answers, vitalsText, decision, consent });

  async function save() {
    setAttempted(true);
    if (problems.length > 0 || busy) return;
    const staff = services.session.current();
    if (staff === null) return setError(t('station.signedOut'));
    setBusy(true);
    try {
      const record = buildScreening({
        siteId,
        staffId: staff.id,
        visitKey: detail.visitKey,
        now: new Date(),
        answers,
        vitals,
        decision,
        consent,
        note,
        previousDoses: detail.previousDoses,
      });
      const saved = await services.visits.save(record);
      if (!saved.ok) return setError(saveErrorText(saved.errors, t));
      onSaved(detail.checkin.data.citizen.fullName);
    } catch {
      setError(t('station.saveCrashed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card station-form" aria-labelledby="screening-heading">
      <h2 id="screening-heading">{t('screening.heading')}</h2>
      <CitizenSummary detail={detail} today={today} />
      <h3>{t('screening.checklist')}</h3>
      <ScreeningChecklist
        answers={answers}
        showMissing={attempted}
        onAnswer={(item, value) => setAnswers({ ...answers, [item]: value })}
      />
      <h3>{t('screening.vitals')}</h3>
      <VitalsFields
        text={vitalsText}
        onChange={(vital: VitalName, value) => setVitalsText({ ...vitalsText, [vital]: value })}
      />
      <OutcomePanel result={result} avoidVaccine={avoid && vaccineName(avoid)} />
      {answers.anaphylaxisCovidVaccine && avoid === undefined && (
        <p class="warnings">{t('screening.avoidUnknown')}</p>
      )}
      <DecisionFields
        decision={decision}
        consent={consent}
        note={note}
        showMissing={attempted}
        onDecision={(d) => setChosen({ decision: d, forOutcome: result.outcome })}
        onConsent={setConsent}
        onNote={setNote}
      />
      {attempted && <ProblemList items={problems.map((p) => t(p.key, p.params))} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button class="button primary" type="button" disabled={busy} onClick={() => void save()}>
          {t('screening.save')}
        </button>
        <button class="button" type="button" onClick={onCancel}>
          {t('station.back')}
        </button>
      </div>
    </section>
  );
}
