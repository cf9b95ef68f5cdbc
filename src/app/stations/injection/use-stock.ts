// The site's lots and today's open vials, re-read while the injection form is open so doses drawn
// on another tablet show in the vial count.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { VialState } from '../../../domain/vials';
import { useApp } from '../../context';
import type { LotView } from '../../../services/contracts';
import { sortLots } from './injection-draft';

const REFRESH_MS = 5000;

export function useStock(): { lots: LotView[] | null; vials: VialState[]; failed: boolean } {
  const { services } = useApp();
  const [lots, setLots] = useState<LotView[] | null>(null);
  const [vials, setVials] = useState<VialState[]>([]);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(() => {
    Promise.all([services.stock.lots(), services.stock.vials()])
      .then(([l, v]) => {
        setLots(sortLots(l));
        setVials(v);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, [services]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { lots, vials, failed };
}
