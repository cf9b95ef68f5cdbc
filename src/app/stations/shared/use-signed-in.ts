// The person signed in on this tablet, following sign-in, lock and the inactivity lock.
import { useEffect, useState } from 'preact/hooks';
import type { Staff } from '../../../domain/protocol';
import { useApp } from '../../context';

export function useSignedIn(): Staff | null {
  const { services } = useApp();
  const [staff, setStaff] = useState<Staff | null>(() => services.session.current());
  useEffect(() => {
    setStaff(services.session.current());
    return services.session.subscribe(setStaff);
  }, [services]);
  return staff;
}
