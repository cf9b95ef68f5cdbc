import { useEffect, useState } from 'preact/hooks';
import type { SyncService, SyncStatus } from '../services/contracts';

export function useSyncStatus(sync: SyncService): SyncStatus {
  const [status, setStatus] = useState(sync.status());
  useEffect(() => sync.subscribe(setStatus), [sync]);
  return status;
}
