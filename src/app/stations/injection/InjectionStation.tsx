// The injection table: people screened and cleared, then lot, vial, dose and arm for the one
// called up. The vial a nurse opened is remembered (even across tabs) until its first dose is
// saved. Lazy-loaded.
import { newId } from '../../../domain/ids';
import { isoWithOffset } from '../../../domain/time';
import { useApp } from '../../context';
import type { PendingVial } from './injection-draft';
import { InjectionForm } from './InjectionForm';
import { StationQueue } from '../shared/StationQueue';
import { todayDate } from '../shared/clock';
import { useOpenVisit } from '../shared/use-open-visit';
import { useStationMemory } from './use-station-memory';

export function InjectionStation({ siteId }: { siteId: string }) {
  const { t } = useApp();
  const { detail, notice, open, close } = useOpenVisit();
  const [lastLot, setLastLot] = useStationMemory<string | null>('injection.lastLot', null);
  const [pendingVial, setPendingVial] = useStationMemory<PendingVial | null>(
    'injection.pendingVial',
    null,
  );
  return (
    <>
      <StationQueue
        siteId={siteId}
        stage="waiting-injection"
        accepts={['waiting-injection']}
        heading={t('injection.queue')}
        emptyText={t('injection.queueEmpty')}
        active={detail === null}
        notice={notice}
        onOpen={open}
      />
      {detail && (
        <InjectionForm
          key={detail.visitKey}
          detail={detail}
          siteId={siteId}
          today={todayDate()}
          lastLot={lastLot}
          pendingVial={pendingVial}
          onOpenVial={(lot) =>
            setPendingVial({ lot, id: newId(), openedAt: isoWithOffset(new Date()) })
          }
          onSaved={(name, lot) => {
            // The vial's first dose is saved: from now on it is counted from the records.
            if (pendingVial?.lot === lot) setPendingVial(null);
            setLastLot(lot);
            close({ text: t('injection.saved', { name }) });
          }}
          onCancel={() => close()}
        />
      )}
    </>
  );
}
