// The check-in desk: scan a code (or type an ID number), confirm a registered citizen or record a
// walk-in from what the code says.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScannedIdentity } from '../../domain/checkin-method';
import { checkCitizenId } from '../../domain/citizen-id';
import type { Registration } from '../../domain/protocol';
import type { Citizen } from '../../domain/records';
import { isoWithOffset, localDateOf } from '../../domain/time';
import { useApp } from '../context';
import { buildCheckin } from './build-checkin';
import { parseScan } from '../../domain/qr/scan';
import { resolveScan, type Note } from './scan-flow';
import { draftFromCitizen, emptyDraft, type WalkInDraft } from './walk-in';
import { formatClock } from '../../i18n/format';
import { ScanPanel } from './ScanPanel';
import { ConfirmCard } from './ConfirmCard';
import { OtherSearch } from './OtherSearch';
import { TodayList } from './TodayList';
import { WalkInForm } from './WalkInForm';
import { fieldErrorText } from '../field-error-text';
import type { DeviceInfo, TodayVisit } from '../../services/contracts';

/** A citizen found or started from a scan keeps how the scan identified them. */
type Step =
  | { kind: 'lookup' }
  | { kind: 'confirm'; registration: Registration; notes: Note[]; scanned?: ScannedIdentity }
  | { kind: 'walkin'; draft: WalkInDraft; scanned?: ScannedIdentity };

export function CheckinScreen(props: { device: DeviceInfo; onDirtyChange(dirty: boolean): void }) {
  const { t, services } = useApp();
  const [idText, setIdText] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'lookup' });
  /** `warn`: news to act on that is neither a failure nor a success (e.g. not on the list). */
  const [message, setMessage] = useState<{ text: string; error?: boolean; warn?: boolean } | null>(
    null,
  );
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
  const todayDate = localDateOf(isoWithOffset(new Date()));

  const refreshToday = () => void services.checkins.today().then(setToday);
  useEffect(refreshToday, [services]);
  useEffect(() => props.onDirtyChange(idText !== '' || step.kind !== 'lookup'), [idText, step]);

  async function find(event: Event) {
    event.preventDefault();
    const id = idText.replace(/\s+/g, '');
    const check = checkCitizenId(id);
    const problem = check.errors[0];
    if (problem) return setMessage({ text: fieldErrorText(problem, t), error: true });
    const registration = await services.reference.registrationByCitizenId(id);
    if (!registration) return walkIn(emptyDraft(id), t('checkin.notFound'));
    setMessage(null);
    setStep({ kind: 'confirm', registration, notes: [] });
  }

  /** A person already known on the tablet (an earlier walk-in, here or on another tablet of the
   * site) keeps their details: the same ID never becomes two people. */
  async function walkIn(draft: WalkInDraft, note: string, scanned?: ScannedIdentity) {
    const known = await services.reference.citizenById(draft.id);
    setMessage({ text: known ? t('checkin.knownCitizen') : note, warn: !known });
    setStep({ kind: 'walkin', draft: known ? draftFromCitizen(known) : draft, scanned });
  }

  async function scanned(text: string) {
    const outcome = await resolveScan(parseScan(text), services.reference, props.device.site.id);
    if (outcome.step === 'message')
      return setMessage({ text: noteText(outcome.note), error: true });
    if (outcome.step === 'confirm') {
      setMessage(null);
      const { registration, notes, scanned } = outcome;
      return setStep({ kind: 'confirm', registration, notes, scanned });
    }
    await walkIn(outcome.draft, noteText(outcome.note), outcome.scanned);
  }
  const noteText = (note: Note) => t(note.key, note.params);

  async function confirm(citizen: Citizen, scanned?: ScannedIdentity, registrationId?: string) {
    // The tablet locks itself when nobody is signed in, so this only guards a race with the lock.
    const staff = services.session.current();
    if (staff === null) return setMessage({ text: t('checkin.staffMissing'), error: true });
    const record = buildCheckin({
      siteId: props.device.site.id,
      staffId: staff.id,
      citizen,
      registrationId,
      scanned,
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

  const alreadyToday = (id: string) => {
    const before = earlier(id);
    return before ? [t('checkin.alreadyToday', { time: formatClock(before.occurredAt) })] : [];
  };
  const earlier = (id?: string) =>
    today.find(({ checkin }) => id && checkin.data.citizen.id === id)?.checkin;

  const lookup = step.kind === 'lookup';
  return (
    <div class="checkin">
      <section class="card" aria-labelledby="checkin-heading">
        <h2 id="checkin-heading">{t('checkin.heading')}</h2>
        {message && (
          <p
            class={message.error ? 'error' : message.warn ? 'notice is-warning' : 'notice'}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        {/* Mounted throughout so the camera keeps running between citizens; hidden meanwhile. */}
        <ScanPanel active={lookup} onText={(text) => void scanned(text)} />
        {step.kind === 'confirm' && (
          <ConfirmCard
            registration={step.registration}
            today={todayDate}
            earlier={earlier(step.registration.citizen.id)}
            notes={step.notes.map(noteText)}
            onConfirm={() => confirm(step.registration.citizen, step.scanned, step.registration.id)}
            onCancel={backToLookup}
          />
        )}
        {step.kind === 'walkin' && (
          <WalkInForm
            initial={step.draft}
            notes={alreadyToday(step.draft.id)}
            today={todayDate}
            onConfirm={(citizen) => confirm(citizen, step.scanned)}
            onCancel={backToLookup}
          />
        )}
      </section>
      <div class="side">
        {/* Only while looking up: an empty card beside the confirm card looks like a fault. */}
        {lookup && (
          <section class="card">
            <form class="lookup" onSubmit={find} noValidate>
              <label class="field grow">
                <span>{t('checkin.idLabel')}</span>
                <input
                  ref={idInput}
                  class="input big"
                  inputMode="numeric"
                  autocomplete="off"
                  maxLength={14}
                  aria-describedby="id-hint"
                  value={idText}
                  onInput={(e) => setIdText(e.currentTarget.value)}
                />
                <small id="id-hint" class="muted">
                  {t('checkin.idHint')}
                </small>
              </label>
              <button class="button primary" type="submit">
                {t('checkin.find')}
              </button>
            </form>
          </section>
        )}
        {lookup && (
          <OtherSearch
            onFound={(registration) => {
              setMessage(null);
              setStep({ kind: 'confirm', registration, notes: [] });
            }}
          />
        )}
        <TodayList visits={today} />
      </div>
    </div>
  );
}
