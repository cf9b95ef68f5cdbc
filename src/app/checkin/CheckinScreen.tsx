// The check-in desk: scan a code (or type an ID number), confirm a registered citizen or record a
// walk-in from what the code says. The steps live in use-desk.ts; this is their layout.
import { isoWithOffset, localDateOf } from '../../domain/time';
import type { DeviceInfo } from '../../services/contracts';
import { useApp } from '../context';
import { CheckinStep } from './CheckinStep';
import { IdLookup } from './IdLookup';
import { OtherSearch } from './OtherSearch';
import { ScanPanel } from '../components/ScanPanel';
import { TodayList } from './TodayList';
import { useDesk } from './use-desk';
import './CheckinScreen.css';

export function CheckinScreen(props: { device: DeviceInfo; onDirtyChange(dirty: boolean): void }) {
  const { t } = useApp();
  const desk = useDesk(props.device, props.onDirtyChange);
  const { message } = desk;
  const todayDate = localDateOf(isoWithOffset(new Date()));
  const lookup = desk.step.kind === 'lookup';
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
            {message.progress !== undefined && (
              <progress class="handoff-progress" max={1} value={message.progress} />
            )}
          </p>
        )}
        {/* Mounted throughout so the camera keeps running between citizens; hidden meanwhile. */}
        <ScanPanel active={lookup} onCodes={(texts) => void desk.scanned(texts)} />
        <CheckinStep
          step={desk.step}
          today={desk.today}
          todayDate={todayDate}
          noteText={desk.noteText}
          onConfirm={desk.confirm}
          onCancel={desk.backToLookup}
          onFromCertificate={desk.fromCertificate}
        />
      </section>
      <div class="side">
        {/* Only while looking up: an empty card beside the confirm card looks like a fault. */}
        {lookup && (
          <IdLookup
            value={desk.idText}
            inputRef={desk.idInput}
            onInput={desk.setIdText}
            onSubmit={(event) => void desk.find(event)}
          />
        )}
        {lookup && <OtherSearch onFound={(registration) => desk.found(registration)} />}
        <TodayList visits={desk.today} />
      </div>
    </div>
  );
}
