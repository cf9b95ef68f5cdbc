// Screening one person: the questions that apply to them, optional vitals, the verdict once the
// answers give one, then the screener's decision and the consent. Laid out in two columns so the
// common case (no contraindication) fits one tablet screen; nothing is saved until every asked
// question is answered.
import { useState } from 'preact/hooks';
import type { ScreeningData } from '../../../domain/records';
import { applicableItems } from '../../../domain/screening-applies';
import { screeningVerdict, suggestedDecision, type VitalName } from '../../../domain/screening';
import { useApp } from '../../context';
import type { VisitDetail } from '../../../services/contracts';
import { buildScreening, lastVaccine } from '../../../domain/build-records';
import { CitizenSummary, vaccineName } from '../shared/CitizenSummary';
import { OutcomePanel } from './OutcomePanel';
import { ScreeningChecklist } from './ScreeningChecklist';
import { DecisionFields, NoteField } from './DecisionFields';
import { NoneApplyButton } from './NoneApplyButton';
import { parseVitals, screeningProblems, type VitalsText } from './screening-draft';
import { ProblemList } from '../shared/ProblemList';
import { useSave } from '../shared/use-save';
import { VitalsFields } from './VitalsFields';
import './ScreeningForm.css';

export interface ScreeningFormProps {
  detail: VisitDetail;
  siteId: string;
  today: string;
  onSaved(name: string): void;
  onCancel(): void;
}

type Decision = ScreeningData['decision'];

export function ScreeningForm({ detail, siteId, today, onSaved, onCancel }: ScreeningFormProps) {
  const { t } = useApp();
  const { citizen } = detail.checkin.data;
  const [asked] = useState(() => applicableItems(citizen, today));
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [vitalsText, setVitalsText] = useState<VitalsText>({});
  // A choice made for one verdict is dropped when the verdict changes: the screener looks again.
  const [chosen, setChosen] = useState<{ decision: Decision; forOutcome?: string } | null>(null);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { busy, save: saveRecord } = useSave(setError);

  const { vitals } = parseVitals(vitalsText);
  const verdict = screeningVerdict(answers, vitals, asked);
  const suggested = verdict && suggestedDecision(verdict.outcome);
  const decision =
    chosen !== null && chosen.forOutcome === verdict?.outcome ? chosen.decision : suggested;
  const avoid = answers.anaphylaxisCovidVaccine ? lastVaccine(detail.previousDoses) : undefined;
  const answer = (more: Record<string, boolean>) => setAnswers({ ...answers, ...more });
  const problems = screeningProblems({ answers, asked, vitalsText, decision, consent });

  async function save() {
    setAttempted(true);
    if (problems.length > 0 || busy || decision === null) return;
    await saveRecord(
      (staff) =>
        buildScreening({
          ...{ siteId, staffId: staff.id, visitKey: detail.visitKey, now: new Date() },
          ...{ answers, vitals, decision, consent, note, previousDoses: detail.previousDoses },
        }),
      () => onSaved(citizen.fullName),
    );
  }

  return (
    <section class="card station-form screening-form" aria-labelledby="screening-heading">
      <h2 id="screening-heading" class="sr-only">
        {t('screening.heading')}
      </h2>
      <CitizenSummary detail={detail} today={today} />
      {/* The questions and the "none" button, in two columns of equal length. */}
      <div class="screening-questions" style={{ '--rows': Math.ceil((asked.length + 1) / 2) }}>
        <ScreeningChecklist
          asked={asked}
          answers={answers}
          showMissing={attempted}
          onAnswers={answer}
        />
        <NoneApplyButton asked={asked} answers={answers} onAnswers={answer} />
      </div>
      <div class="screening-row">
        <details class="vitals-box">
          <summary>
            {t('screening.more')} <span class="muted">{t('checkin.optional')}</span>
          </summary>
          <VitalsFields
            text={vitalsText}
            onChange={(vital: VitalName, value) => setVitalsText({ ...vitalsText, [vital]: value })}
          />
          <NoteField note={note} onNote={setNote} />
        </details>
        <OutcomePanel result={verdict} avoidVaccine={avoid && vaccineName(avoid)} />
        <button class="button" type="button" onClick={onCancel}>
          {t('station.back')}
        </button>
      </div>
      {answers.anaphylaxisCovidVaccine && avoid === undefined && (
        <p class="warnings">{t('screening.avoidUnknown')}</p>
      )}
      <div class="screening-row">
        <DecisionFields
          decision={decision}
          consent={consent}
          showMissing={attempted}
          onDecision={(d) => setChosen({ decision: d, forOutcome: verdict?.outcome })}
          onConsent={setConsent}
        />
        <div class="actions">
          <button class="button primary" type="button" disabled={busy} onClick={() => void save()}>
            {t('screening.save')}
          </button>
        </div>
      </div>
      {attempted && <ProblemList items={problems.map((p) => t(p.key, p.params))} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
