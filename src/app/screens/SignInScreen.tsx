// Who is recording: tap your name, type your PIN. Checked offline against the verifier the server
// sent, so signing in works with no network; every record then carries this person's id.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Staff } from '../../domain/protocol';
import type { MessageKey } from '../../i18n/i18n';
import { useApp } from '../context';
import { PinPad } from '../components/PinPad';
import type { SignInResult } from '../../services/contracts';
import './SignInScreen.css';

const RESULT_TEXT: Record<Exclude<SignInResult, 'ok'>, MessageKey> = {
  'wrong-pin': 'signin.wrongPin',
  'no-pin': 'signin.noPin',
  'locked-out': 'signin.lockedOut',
};

export function SignInScreen({ onSignedIn }: { onSignedIn(): void }) {
  const { t, services } = useApp();
  const [staff, setStaff] = useState<Staff[] | null>(null);
  const [chosen, setChosen] = useState<Staff | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus starts on the heading (after enrolling, after a lock), so no staff card looks chosen.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    void services.reference
      .staff()
      .then((list) => setStaff([...list].sort((a, b) => a.name.localeCompare(b.name, 'vi'))))
      .catch(() => setStaff([]));
  }, [services]);

  const choose = (person: Staff | null) => {
    setChosen(person);
    setPin('');
    setError(person && !person.pin ? t('signin.noPin', { name: person.name }) : undefined);
  };

  /** The PIN's length when the verifier says it: the keypad then signs in on the last digit. */
  const digits = chosen?.pin?.digits;
  const type = (next: string) => {
    setPin(next);
    if (digits !== undefined && next.length === digits) void submit(next);
  };

  async function submit(pin: string) {
    if (chosen === null || busy) return;
    if (pin === '') return setError(t('signin.pinMissing'));
    setBusy(true);
    try {
      const result = await services.session.signIn(chosen.id, pin);
      if (result === 'ok') return onSignedIn();
      setPin('');
      setError(t(RESULT_TEXT[result], { name: chosen.name }));
    } catch {
      setError(t('signin.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card narrow signin" aria-labelledby="signin-heading">
      <h2 id="signin-heading" ref={heading} tabIndex={-1}>
        {t('signin.heading')}
      </h2>
      {chosen === null ? (
        <>
          <p>{t('signin.choose')}</p>
          {staff?.length === 0 && <p class="error">{t('signin.noStaff')}</p>}
          <ul class="choices staff-list">
            {staff?.map((person) => (
              <li key={person.id}>
                <button type="button" class="button staff-button" onClick={() => choose(person)}>
                  <span class="staff-name">{person.name}</span>
                  <span class="staff-role">
                    {t(`role.${person.role}`)}
                    {!person.pin && ` · ${t('signin.noPinMark')}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <form
          class="signin-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit(pin);
          }}
          noValidate
        >
          <p class="signin-who">
            <span class="citizen-name">{chosen.name}</span>{' '}
            <span class="muted">{t(`role.${chosen.role}`)}</span>
          </p>
          {chosen.pin ? (
            <>
              <PinPad
                value={pin}
                onChange={type}
                error={error}
                disabled={busy}
                hint={digits === undefined ? undefined : t('signin.autoSubmit', { n: digits })}
              />
              <div class="actions signin-actions">
                {/* Older verifiers do not say the length: the person taps it. */}
                {digits === undefined && (
                  <button class="button primary" type="submit" disabled={busy}>
                    {t('signin.submit')}
                  </button>
                )}
                <button class="button" type="button" onClick={() => choose(null)}>
                  {t('signin.other')}
                </button>
              </div>
            </>
          ) : (
            <>
              <p class="error" role="alert">
                {error}
              </p>
              <div class="actions">
                <button class="button primary" type="button" onClick={() => choose(null)}>
                  {t('signin.other')}
                </button>
              </div>
            </>
          )}
        </form>
      )}
    </section>
  );
}
