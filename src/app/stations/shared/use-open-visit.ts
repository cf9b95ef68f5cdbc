// The visit a station has open, loaded in full (history, previous doses) when someone is called up,
// and the message the queue shows once it is closed again.
import { useState } from 'preact/hooks';
import { useApp } from '../../context';
import type { VisitDetail } from '../../../services/contracts';

export interface Notice {
  text: string;
  error?: boolean;
}

export function useOpenVisit() {
  const { t, services } = useApp();
  const [detail, setDetail] = useState<VisitDetail | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function open(visitKey: string) {
    try {
      const found = await services.visits.detail(visitKey);
      if (found === undefined) return setNotice({ text: t('station.visitGone'), error: true });
      setNotice(null);
      setDetail(found);
    } catch {
      setNotice({ text: t('station.lookupFailed'), error: true });
    }
  }

  return {
    detail,
    notice,
    open: (visitKey: string) => void open(visitKey),
    /** Back to the queue, with what to say there (e.g. "saved"). */
    close: (message: Notice | null = null) => {
      setDetail(null);
      setNotice(message);
    },
  };
}
