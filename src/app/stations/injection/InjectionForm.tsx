// Injecting one person: lot, vial, the dose their history gives, arm, and one confirm button.
import { useState } from 'preact/hooks';
import { planDose } from '../../../domain/injection-plan';
import type { InjectionData } from '../../../domain/records';
import { useApp } from '../../context';
import type { VisitDetail } from '../../../services/contracts';
import { ArmPicker } from './ArmPicker';
import { buildInjection } from '../../../domain/build-records';
import { CitizenSummary } from '../shared/CitizenSummary';
import { DosePanel } from './DosePanel';
import { injectionProblems, vialInUse, type PendingVial } from './injection-draft';
import { LotPicker } from './LotPicker';
import { ProblemList } from '../shared/ProblemList';
import { useSave } from '../shared/use-save';
import { ScreeningSummary } from './ScreeningSummary';
import { useNow } from '../shared/use-now';
import { useStock } from './use-stock';
import { VialPanel } from '../day/VialPanel';

export interface InjectionFormProps {
  detail: VisitDetail;
  siteId: string;
  today: string;
  /** The lot used for the previous person: most people get the same one. */
  lastLot: string | null;
  pendingVial: PendingVial | null;
  onOpenVial(lot: string): void;
  onSaved(name: string, lot: string): void;
  onCancel(): void;
}

export function InjectionForm(props: InjectionFormProps) {
  const { detail } = props;
  const { t } = useApp();
  const { lots, vials, failed } = useStock();
  const nowMs = useNow(10_000);
  const [lotCode, setLotCode] = useState<string | null>(props.lastLot);
  const [arm, setArm] = useState<InjectionData['arm'] | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { busy, save: saveRecord } = useSave(setError);

  const lot = lots?.find((l) => l.lot === lotCode && l.problem === null);
  const avoidVaccine = detail.screening?.data.avoidVaccine;
  const plan = lot && planDose(detail.previousDoses, lot.vaccine, props.today, avoidVaccine);
  const vial = lot ? vialInUse(lot, vials, props.pendingVial, nowMs) : { kind: 'none' as const };
  const problems = injectionProblems({ lot, vial, plan, overrideReason, arm });

  async function save() {
    setAttempted(true);
    if (problems.length > 0 || !lot || !plan || !arm || vial.kind === 'none' || busy) return;
    await saveRecord(
      (staff) =>
        buildInjection({
          ...{ siteId: props.siteId, staffId: staff.id, visitKey: detail.visitKey },
          ...{ now: new Date(), lot, plan, arm, vial: vial.vial, overrideReason },
        }),
      () => props.onSaved(detail.checkin.data.citizen.fullName, lot.lot),
    );
  }

  return (
    <section class="card station-form" aria-labelledby="injection-heading">
      <h2 id="injection-heading">{t('injection.heading')}</h2>
      <CitizenSummary detail={detail} today={props.today} />
      <h3>{t('injection.screening')}</h3>
      <ScreeningSummary screening={detail.screening} />
      <h3>{t('injection.lotAndVial')}</h3>
      {failed && <p class="error">{t('injection.stockFailed')}</p>}
      {lots === null ? (
        <p class="muted">{t('station.loading')}</p>
      ) : (
        <LotPicker lots={lots} value={lot ? lot.lot : null} onChange={setLotCode} />
      )}
      {lot && <VialPanel vial={vial} onOpenNew={() => props.onOpenVial(lot.lot)} />}
      {lot && plan && (
        <DosePanel
          plan={plan}
          vaccine={lot.vaccine}
          previousDoses={detail.previousDoses}
          avoidVaccine={avoidVaccine}
          overrideReason={overrideReason}
          showMissing={attempted}
          onOverrideReason={setOverrideReason}
        />
      )}
      <ArmPicker value={arm} showMissing={attempted} onChange={setArm} />
      {attempted && <ProblemList items={problems.map((p) => t(p.key, p.params))} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button class="button primary" type="button" disabled={busy} onClick={() => void save()}>
          {t('injection.save')}
        </button>
        <button class="button" type="button" onClick={props.onCancel}>
          {t('station.back')}
        </button>
      </div>
    </section>
  );
}
