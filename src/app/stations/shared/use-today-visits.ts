// Today's visits at this site, re-read every two seconds so people checked in, screened or injected
// on another tablet appear without anyone pressing a button, and at once after a save on this one
// (a saved visit must leave every queue before anyone can tap it again).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { VisitStage } from '../../../domain/visit-stage';
import { useApp } from '../../context';
import type { VisitView } from '../../../services/contracts';

export const REFRESH_MS = 2000;

export function useTodayVisits(stage?: VisitStage): {
  visits: VisitView[] | null;
  refresh(): void;
} {
  const { services } = useApp();
  const [visits, setVisits] = useState<VisitView[] | null>(null);
  const refresh = useCallback(() => {
    services.visits
      .today()
      .then((all) => setVisits(stage ? all.filter((v) => v.stage === stage) : all))
      // A failed read keeps what is shown; the next tick tries again.
      .catch(() => undefined);
  }, [services, stage]);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    const stop = services.visits.subscribe(refresh);
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [refresh, services]);
  return { visits, refresh };
}
