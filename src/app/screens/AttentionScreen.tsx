// Records the server rejected, each with its reasons in words. They stay on the tablet.
import { useEffect, useState } from 'preact/hooks';
import { formatClock, formatDate } from '../../i18n/format';
import { useApp } from '../context';
import type { AttentionItem } from '../../services/contracts';
import { fieldErrorText } from '../field-error-text';
import './AttentionScreen.css';

export function AttentionScreen({ onBack }: { onBack(): void }) {
  const { t, services } = useApp();
  const [items, setItems] = useState<AttentionItem[] | null>(null);
  useEffect(() => {
    void services.sync.needsAttention().then(setItems);
  }, [services]);

  return (
    <section class="card" aria-labelledby="attention-heading">
      <h2 id="attention-heading">{t('attention.heading')}</h2>
      <p>{t('attention.intro')}</p>
      {items?.length === 0 && <p>{t('attention.empty')}</p>}
      <ul class="attention-list">
        {items?.map(({ record, errors }) => (
          <li key={record.id}>
            <h3>
              {t('attention.item', {
                type: t(`type.${record.type}`),
                name: record.type === 'checkin' ? record.data.citizen.fullName : record.visitKey,
                time: `${formatClock(record.occurredAt)} ${formatDate(record.occurredAt.slice(0, 10))}`,
              })}
            </h3>
            <ul>
              {errors.map((e) => (
                <li key={`${e.field}:${e.code}`}>{fieldErrorText(e, t)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <button class="button primary" type="button" onClick={onBack}>
        {t('attention.back')}
      </button>
    </section>
  );
}
