// The check-in desk's steps: look up, then confirm a registered citizen or record a walk-in, each
// reached by a typed ID, a scan or the other search, and ended by a saved check-in or a cancel.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScannedIdentity } from '../../domain/checkin-method';
import { checkCitizenId } from '../../domain/citizen-id';
import type { PreviousDose, Registration } from '../../domain/protocol';
import { chooseScan } from '../../domain/qr/choose';
import { isHandoffText } from '../../domain/handoff/visit-code';
import { isDayFrameText } from '../../domain/handoff/day-frames';
import { receiptText } from '../handoff/receipt-text';
import { dayReceiptText } from '../handoff/day-receipt-text';
import type { Citizen } from '../../domain/records';
import type { CertificateCheck, DeviceInfo, TodayVisit } from '../../services/contracts';
import { loadDccMessages } from '../../i18n/i18n';
import { useApp } from '../context';
import { fieldErrorText } from '../field-error-text';
import { buildCheckin } from '../../domain/build-checkin';
import { resolveScan, type Note } from './scan-flow';
import { draftFromCitizen, emptyDraft, type WalkInDraft } from './walk-in';

/** A citizen found or started from a scan keeps how the scan identified them. */
export type Step =
  | { kind: 'lookup' }
  | { kind: 'confirm'; registration: Registration; notes: Note[]; scanned?: ScannedIdentity }
  /** `priorDoses`: from a verified certificate, whose holder may have no ID number with them. */
  | { kind: 'walkin'; draft: WalkInDraft; scanned?: ScannedIdentity; priorDoses?: PreviousDose[] }
  /** A scanned EU DCC: `check` is null while it is being verified. */
  | { kind: 'certificate'; check: CertificateCheck | null };

/** `warn`: news to act on that is neither a failure nor a success (e.g. not on the list). */
/** `progress`: how far a transfer from another tablet is (0–1), shown as a bar. */
export type DeskMessage = {
  text: string;
  error?: boolean;
  warn?: boolean;
  progress?: number;
} | null;

export function useDesk(device: DeviceInfo, onDirtyChange: (dirty: boolean) => void) {
  const { t, lang, services } = useApp();
  const [idText, setIdText] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'lookup' });
  const [message, setMessage] = useState<DeskMessage>(null);
  const [today, setToday] = useState<TodayVisit[]>([]);
  const idInput = useRef<HTMLInputElement>(null);
  // Back at the lookup after a confirm or a cancel, the next ID can be typed at once; the field
  // is mounted only then, so it is focused after that render.
  const refocus = useRef(false);
  useEffect(() => {
    if (step.kind !== 'lookup' || !refocus.current) return;
    refocus.current = false;
    idInput.current?.focus();
  }, [step]);
  const backToLookup = () => {
    refocus.current = true;
    setStep({ kind: 'lookup' });
  };

  const refreshToday = () => void services.checkins.today().then(setToday);
  useEffect(refreshToday, [services]);
  useEffect(() => onDirtyChange(idText !== '' || step.kind !== 'lookup'), [idText, step]);

  const found = (registration: Registration, notes: Note[] = [], scanned?: ScannedIdentity) => {
    setMessage(null);
    setStep({ kind: 'confirm', registration, notes, scanned });
  };

  async function find(event: Event) {
    event.preventDefault();
    const id = idText.replace(/\s+/g, '');
    const check = checkCitizenId(id);
    const problem = check.errors[0];
    if (problem) return setMessage({ text: fieldErrorText(problem, t), error: true });
    const registration = await services.reference.registrationByCitizenId(id);
    if (!registration) return walkIn(emptyDraft(id), t('checkin.notFound'));
    found(registration);
  }

  /** A person already known on the tablet (an earlier walk-in, here or on another tablet of the
   * site) keeps their details: the same ID never becomes two people. */
  async function walkIn(draft: WalkInDraft, note: string, scanned?: ScannedIdentity) {
    const known = await services.reference.citizenById(draft.id);
    setMessage({ text: known ? t('checkin.knownCitizen') : note, warn: !known });
    setStep({ kind: 'walkin', draft: known ? draftFromCitizen(known) : draft, scanned });
  }

  /** `texts`: the codes of one camera frame; a hand-off code goes before any citizen's. */
  async function scanned(texts: string[]) {
    const handoffCode = texts.find(isHandoffText);
    if (handoffCode !== undefined) return handedOver(handoffCode);
    const frame = texts.find(isDayFrameText);
    if (frame !== undefined) return dayFrame(frame);
    const choice = chooseScan(texts);
    if (choice.kind === 'several-citizens') {
      return setMessage({ text: t('scan.severalCitizens'), error: true });
    }
    const { scan } = choice;
    if (scan.kind === 'dcc') return certificate(scan.text);
    const outcome = await resolveScan(scan, services.reference, device.site.id);
    if (outcome.step === 'message')
      return setMessage({ text: noteText(outcome.note), error: true });
    if (outcome.step === 'confirm') {
      return found(outcome.registration, outcome.notes, outcome.scanned);
    }
    await walkIn(outcome.draft, noteText(outcome.note), outcome.scanned);
  }
  const noteText = (note: Note) => t(note.key, note.params);

  /** Another tablet's records for a visit: taken here, and the desk says where it goes next. */
  async function handedOver(text: string) {
    const said = receiptText(await services.handoff.receive(text), t);
    setMessage(said);
    if (!said.error) refreshToday();
  }

  /** A frame of another tablet's end-of-day transfer: progress, then what was taken. */
  async function dayFrame(text: string) {
    const receipt = await services.handoff.receiveFrame(text);
    const said = dayReceiptText(receipt, t);
    if (said !== null) setMessage(said);
    if (receipt.kind === 'done') refreshToday();
  }

  /** Verifies a scanned certificate offline; its code and words load with the first one. */
  async function certificate(text: string) {
    setMessage(null);
    setStep({ kind: 'certificate', check: null });
    try {
      const [check] = await Promise.all([
        services.certificates.verify(text),
        loadDccMessages(lang),
      ]);
      setStep({ kind: 'certificate', check });
    } catch {
      setStep({ kind: 'lookup' });
      setMessage({ text: t('scan.certificateUnavailable'), error: true });
    }
  }

  /** A valid vaccination certificate: a walk-in with its name, birth date and doses. */
  function fromCertificate({ facts }: CertificateCheck) {
    if (!facts) return;
    // The walk-in form takes a full date or a year; a certificate may give a year and month.
    const dob = facts.dob.length === 7 ? facts.dob.slice(0, 4) : facts.dob;
    setMessage({ text: t('dcc.fromCertificate'), warn: true });
    setStep({
      kind: 'walkin',
      draft: { ...emptyDraft(), fullName: facts.fullName, dob },
      priorDoses: facts.doses,
    });
  }

  async function confirm(
    citizen: Citizen,
    scanned?: ScannedIdentity,
    registrationId?: string,
    priorDoses?: PreviousDose[],
  ) {
    // The tablet locks itself when nobody is signed in, so this only guards a race with the lock.
    const staff = services.session.current();
    if (staff === null) return setMessage({ text: t('checkin.staffMissing'), error: true });
    const record = buildCheckin({
      siteId: device.site.id,
      staffId: staff.id,
      citizen,
      registrationId,
      scanned,
      priorDoses,
      now: new Date(),
    });
    const result = await services.checkins.save(record);
    if (!result.ok) {
      const reason = result.errors.map((e) => fieldErrorText(e, t)).join(' ');
      return setMessage({ text: t('checkin.saveFailed', { reason }), error: true });
    }
    setMessage({ text: t('checkin.saved', { name: citizen.fullName }) });
    backToLookup();
    setIdText('');
    refreshToday();
  }

  return {
    ...{ step, message, today, idText, setIdText, idInput, noteText },
    ...{ find, found, scanned, confirm, backToLookup, fromCertificate },
  };
}
