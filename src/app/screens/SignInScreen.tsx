// Who is recording: tap your name, type your PIN. Checked offline against the verifier the server
// sent, so signing in works with no network; every record then carries this person's id.
import { useEffect, useState } from 'preact/hooks';
import type { Staff } from '../../domain/protocol';
import type { MessageKey } from '../../i18n/i18n';
import { useApp } from '../context';
import { PinPad } from '../components/PinPad';
import type { SignInResult } from '../services';

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

  async function submit(event: Event) {
    event.preventDefault();
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
      <h2 id="signin-heading">{t('signin.heading')}</h2>
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
        <form onSubmit={submit} noValidate>
          <p class="citizen-name">{chosen.name}</p>
          <p class="muted">{t(`role.${chosen.role}`)}</p>
          {chosen.pin ? (
            <>
              <PinPad value={pin} onChange={setPin} error={error} disabled={busy} />
              <div class="actions">
                <button class="button primary" type="submit" disabled={busy}>
                  {t('signin.submit')}
                </button>
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
