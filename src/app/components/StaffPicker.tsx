// Who is recording. Kept for the session only; PIN sign-in comes with the stations.
import { useEffect, useState } from 'preact/hooks';
import type { Staff } from '../../domain/protocol';
import { useApp } from '../context';

export function StaffPicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const { t, services } = useApp();
  const [staff, setStaff] = useState<Staff[]>([]);
  useEffect(() => {
    void services.reference
      .staff()
      .then((list) => setStaff([...list].sort((a, b) => a.name.localeCompare(b.name, 'vi'))));
  }, [services]);
  return (
    <label class="field">
      <span>{t('checkin.staff')}</span>
      <select class="input" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('checkin.staffChoose')}</option>
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
