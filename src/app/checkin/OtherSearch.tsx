// For people without their card: find the registration by the code on the slip, or by name and
// date of birth (with or without diacritics). Several namesakes are listed to choose from.
import { useState } from 'preact/hooks';
import type { Registration } from '../../domain/protocol';
import { formatDate } from '../../i18n/format';
import { useApp } from '../context';
import { DateInput } from '../components/DateInput';
import './OtherSearch.css';

export function OtherSearch({ onFound }: { onFound(registration: Registration): void }) {
  const { t, services } = useApp();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [dob, setDob] = useState('');
  const [choices, setChoices] = useState<Registration[]>([]);
  const [notFound, setNotFound] = useState(false);

  const show = (found: Registration[]) => {
    setNotFound(found.length === 0);
    setChoices(found.length > 1 ? found : []);
    if (found.length === 1) onFound(found[0]!);
  };
  const byCode = async (event: Event) => {
    event.preventDefault();
    const found = await services.reference.registrationByCode(code.trim().toUpperCase());
    show(found ? [found] : []);
  };
  const byName = async (event: Event) => {
    event.preventDefault();
    if (name.trim() === '' || dob === '') return;
    show(await services.reference.registrationsByNameDob(name, dob));
  };

  return (
    <details class="card other-search">
      <summary>{t('search.heading')}</summary>
      <form class="lookup" onSubmit={byCode} noValidate>
        <label class="field grow">
          <span>{t('search.code')}</span>
          <input
            class="input"
            autocapitalize="characters"
            autocomplete="off"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        <button class="button" type="submit">
          {t('search.byCode')}
        </button>
      </form>
      <form class="lookup" onSubmit={byName} noValidate>
        <label class="field grow">
          <span>{t('checkin.fullName')}</span>
          <input
            class="input"
            autocomplete="off"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <DateInput label="checkin.dob" value={dob} onChange={setDob} yearAlone />
        <button class="button" type="submit">
          {t('search.byName')}
        </button>
      </form>
      {notFound && (
        <p class="error" role="alert">
          {t('search.none')}
        </p>
      )}
      {choices.length > 0 && (
        <ul class="choices" aria-label={t('search.choose')}>
          {choices.map((r) => (
            <li key={r.id}>
              <button type="button" class="button" onClick={() => onFound(r)}>
                {r.citizen.fullName} · {formatDate(r.citizen.dob)} · {r.citizen.id ?? r.code}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
