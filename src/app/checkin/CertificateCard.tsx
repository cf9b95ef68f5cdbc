// A scanned EU DCC, verified offline: valid (green) or not (red, with the reason), the holder and
// the doses it states, and one obvious next action. Only a valid vaccination certificate leads on
// to the check-in with its doses; an invalid one records nothing.
import { isoWithOffset, localDateOf } from '../../domain/time';
import { formatDate } from '../../i18n/format';
import type { CertificateCheck } from '../../services/contracts';
import { useApp } from '../context';
import { DoseFacts } from './DoseFacts';
import './CertificateCard.css';

export interface CertificateCardProps {
  /** null while the verifier loads and checks. */
  check: CertificateCheck | null;
  onContinue(check: CertificateCheck): void;
  onScanAnother(): void;
}

/** A certificate's date of birth as written there: a full date, a month or a year. */
const shownDob = (dob: string) => (dob.length === 10 ? formatDate(dob) : dob || '—');

export function CertificateCard({ check, onContinue, onScanAnother }: CertificateCardProps) {
  const { t } = useApp();
  if (check === null) {
    return (
      <p class="notice" role="status">
        {t('scan.checkingCertificate')}
      </p>
    );
  }
  const { facts } = check;
  const vaccination = check.valid && facts?.type === 'v' && facts.doses.length > 0;
  const today = localDateOf(isoWithOffset(new Date()));
  return (
    <article
      class={`certificate ${check.valid ? 'is-valid' : 'is-invalid'}`}
      aria-labelledby="certificate-verdict"
    >
      <p class="certificate-kind">{t('dcc.heading')}</p>
      <h3 id="certificate-verdict" class="certificate-verdict">
        <span aria-hidden="true">{check.valid ? '✓ ' : '✗ '}</span>
        {t(check.valid ? 'dcc.valid' : 'dcc.invalid')}
      </h3>
      {!check.valid && (
        <p class="certificate-reason" role="alert">
          {t(`dcc.${check.reason}`)}
        </p>
      )}
      {facts && (
        <>
          <p class="citizen-name">{facts.fullName}</p>
          <dl class="facts">
            <dt>{t('checkin.dob')}</dt>
            <dd>{shownDob(facts.dob)}</dd>
            {check.signerCountry && (
              <>
                <dt>{t('dcc.signer')}</dt>
                <dd>{check.signerCountry}</dd>
              </>
            )}
            {vaccination ? (
              <DoseFacts doses={facts.doses} today={today} />
            ) : (
              <>
                <dt>{t('checkin.previousDoses')}</dt>
                <dd>{t(check.valid ? 'dcc.notVaccination' : 'dcc.nothingRecorded')}</dd>
              </>
            )}
          </dl>
        </>
      )}
      <div class="actions">
        {vaccination && (
          <button class="button primary" type="button" onClick={() => onContinue(check)}>
            {t('dcc.continue')}
          </button>
        )}
        <button
          class={vaccination ? 'button' : 'button primary'}
          type="button"
          onClick={onScanAnother}
        >
          {t('dcc.scanAnother')}
        </button>
      </div>
    </article>
  );
}
