// The waiting list of a station with the two other ways to call someone up: scan their code or
// type their ID number. Whoever is found must have checked in today and be at this station.
import { useEffect, useId, useState } from 'preact/hooks';
import { chooseScan } from '../../../domain/qr/choose';
import { isHandoffText } from '../../../domain/handoff/visit-code';
import { isDayFrameText } from '../../../domain/handoff/day-frames';
import { receiptText } from '../../handoff/receipt-text';
import { dayReceiptText } from '../../handoff/day-receipt-text';
import type { VisitStage } from '../../../domain/visit-stage';
import { useApp } from '../../context';
import { ScanPanel } from '../../components/ScanPanel';
import type { VisitView } from '../../../services/contracts';
import {
  citizenKeyFromScan,
  citizenKeyFromTyped,
  type CitizenLookup,
} from './citizen-key-from-scan';
import { QueueList } from './QueueList';
import { useTodayVisits } from './use-today-visits';
import './StationQueue.css';

export interface StationQueueProps {
  siteId: string;
  /** The stage this station serves; its visits are listed. */
  stage: VisitStage;
  /** Stages a scanned or typed person may be opened at (the served stage and any re-visits). */
  accepts: readonly VisitStage[];
  heading: string;
  emptyText: string;
  /** False while a visit is open: the camera keeps running but scans are ignored. */
  active: boolean;
  /** Shown above the list, e.g. the confirmation of the last save. */
  notice?: { text: string; error?: boolean } | null;
  onOpen(visitKey: string): void;
}

export function StationQueue(props: StationQueueProps) {
  const { t, services } = useApp();
  const { visits } = useTodayVisits(props.stage);
  const [idText, setIdText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [handoff, setHandoff] = useState<string | null>(null);
  const [openedFrom, setOpenedFrom] = useState<string | null>(null);
  // The visit a hand-off opened is closed again: what was said of it is done.
  useEffect(() => {
    if (props.active) setOpenedFrom(null);
  }, [props.active]);
  const headingId = useId();

  async function open(lookup: CitizenLookup) {
    if (!lookup.ok) return setError(t(lookup.note.key, lookup.note.params));
    let visit: VisitView | undefined;
    if (lookup.citizenKey !== undefined) visit = await services.visits.find(lookup.citizenKey);
    else {
      const today = await services.visits.today();
      visit = today.find((v) => v.checkin.data.registrationId === lookup.registrationId);
    }
    openAtStage(visit);
  }

  /** Opens `visit` only if it is at this station now: the list shown may be a moment old. */
  function openAtStage(visit: VisitView | undefined) {
    if (visit === undefined) return setError(t('station.notCheckedIn'));
    if (!props.accepts.includes(visit.stage)) {
      return setError(
        t('station.wrongStage', {
          name: visit.checkin.data.citizen.fullName,
          stage: t(`stage.${visit.stage}`),
        }),
      );
    }
    setError(null);
    setIdText('');
    props.onOpen(visit.visitKey);
  }

  /** Another tablet's records for a visit: taken, then that visit is carried on here. */
  async function handedOver(text: string) {
    const receipt = await services.handoff.receive(text);
    const said = receiptText(receipt, t);
    setError(said.error ? said.text : null);
    if (receipt.ok && receipt.visit && props.accepts.includes(receipt.visit.stage)) {
      // Said above the visit it opens: the queue's own notices are hidden while a visit is open.
      setHandoff(null);
      setOpenedFrom(said.text);
      props.onOpen(receipt.visitKey);
    } else {
      setHandoff(said.error ? null : said.text);
    }
  }

  /** A frame of another tablet's end-of-day transfer: progress, then what was taken. */
  async function dayFrame(text: string) {
    const said = dayReceiptText(await services.handoff.receiveFrame(text), t);
    if (said === null) return;
    setError(said.error ? said.text : null);
    setHandoff(said.error ? null : said.text);
  }

  /** `texts`: the codes of one camera frame; a hand-off code goes before any citizen's. */
  const scanned = (texts: string[]) => {
    const failed = () => setError(t('station.lookupFailed'));
    const handoffCode = texts.find(isHandoffText);
    const frame = texts.find(isDayFrameText);
    if (handoffCode !== undefined) return void handedOver(handoffCode).catch(failed);
    if (frame !== undefined) return void dayFrame(frame).catch(failed);
    const choice = chooseScan(texts);
    if (choice.kind === 'several-citizens') return setError(t('scan.severalCitizens'));
    void citizenKeyFromScan(choice.scan, services.reference, props.siteId).then(open).catch(failed);
  };

  // A card is read again from the store at the tap: it may show a stage the visit has left.
  const tapped = (visitKey: string) =>
    void services.visits
      .view(visitKey)
      .then(openAtStage)
      .catch(() => setError(t('station.lookupFailed')));

  const typed = (event: Event) => {
    event.preventDefault();
    void open(citizenKeyFromTyped(idText)).catch(() => setError(t('station.lookupFailed')));
  };

  return (
    <>
      {openedFrom && !props.active && (
        <p class="notice" role="status">
          {openedFrom}
        </p>
      )}
      <div class={props.active ? 'station' : 'station-hidden'}>
        <section class="card" aria-labelledby={headingId}>
          <h2 id={headingId}>
            {props.heading} ({visits?.length ?? 0})
          </h2>
          {props.notice && (
            <p
              class={props.notice.error ? 'error' : 'notice'}
              role={props.notice.error ? 'alert' : 'status'}
            >
              {props.notice.text}
            </p>
          )}
          {visits === null ? (
            <p class="muted">{t('station.loading')}</p>
          ) : (
            <QueueList visits={visits} onOpen={tapped} emptyText={props.emptyText} />
          )}
        </section>
        <section class="card" aria-label={t('station.findPerson')}>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          {handoff && (
            <p class="notice" role="status">
              {handoff}
            </p>
          )}
          <ScanPanel active={props.active} onCodes={scanned} />
          <form class="lookup" onSubmit={typed} noValidate>
            <label class="field grow">
              <span>{t('checkin.idLabel')}</span>
              <input
                class="input big"
                inputMode="numeric"
                autocomplete="off"
                maxLength={16}
                value={idText}
                onInput={(e) => setIdText(e.currentTarget.value)}
              />
            </label>
            <button class="button" type="submit">
              {t('checkin.find')}
            </button>
          </form>
        </section>
      </div>
    </>
  );
}
