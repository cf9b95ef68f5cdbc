// The minimal check-in desk: type an ID number, confirm a registered citizen or record a walk-in.
// (Scanning comes with the full check-in desk.)
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkCitizenId } from '../../domain/citizen-id';
import type { Registration } from '../../domain/protocol';
import type { Citizen } from '../../domain/records';
import { isoWithOffset, localDateOf } from '../../domain/time';
import { useApp } from '../context';
import { buildCheckin } from '../checkin/build-checkin';
import { ConfirmCard } from '../components/ConfirmCard';
import { StaffPicker } from '../components/StaffPicker';
import { TodayList } from '../components/TodayList';
import { WalkInForm } from '../components/WalkInForm';
import { fieldErrorText } from '../field-error-text';
import type { DeviceInfo, TodayVisit } from '../services';

type Step =
  | { kind: 'lookup' }
  | { kind: 'confirm'; registration: Registration }
  | { kind: 'walkin'; id: string };

export function CheckinScreen(props: { device: DeviceInfo; onDirtyChange(dirty: boolean): void }) {
  const { t, services } = useApp();
  const [staffId, setStaffId] = useState('');
  const [idText, setIdText] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'lookup' });
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [today, setToday] = useState<TodayVisit[]>([]);
  const idInput = useRef<HTMLInputElement>(null);
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
    setMessage(registration ? null : { text: t('checkin.notFound') });
    setStep(registration ? { kind: 'confirm', registration } : { kind: 'walkin', id });
  }

  async function confirm(citizen: Citizen, registrationId?: string) {
    if (staffId === '') return setMessage({ text: t('checkin.staffMissing'), error: true });
    const record = buildCheckin({
      siteId: props.device.site.id,
      staffId,
      citizen,
      registrationId,
      now: new Date(),
    });
    const result = await services.checkins.save(record);
    if (!result.ok) {
      const reason = result.errors.map((e) => fieldErrorText(e, t)).join(' ');
      return setMessage({ text: t('checkin.saveFailed', { reason }), error: true });
    }
    setMessage({ text: t('checkin.saved', { name: citizen.fullName }) });
    setStep({ kind: 'lookup' });
    setIdText('');
    refreshToday();
    idInput.current?.focus();
  }

  const earlier = (id?: string) =>
    today.find(({ checkin }) => id && checkin.data.citizen.id === id)?.checkin;

  return (
    <div class="checkin">
      <section class="card" aria-labelledby="checkin-heading">
        <h2 id="checkin-heading">{t('checkin.heading')}</h2>
        <StaffPicker value={staffId} onChange={setStaffId} />
        {step.kind === 'lookup' && (
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
        )}
        {message && (
          <p class={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {step.kind === 'confirm' && (
          <ConfirmCard
            registration={step.registration}
            today={todayDate}
            earlier={earlier(step.registration.citizen.id)}
            onConfirm={() => confirm(step.registration.citizen, step.registration.id)}
            onCancel={() => setStep({ kind: 'lookup' })}
          />
        )}
        {step.kind === 'walkin' && (
          <WalkInForm
            id={step.id}
            today={todayDate}
            onConfirm={(citizen) => confirm(citizen)}
            onCancel={() => setStep({ kind: 'lookup' })}
          />
        )}
      </section>
      <TodayList visits={today} />
    </div>
  );
}
