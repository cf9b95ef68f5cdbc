// The screening table: the queue of people checked in and not yet screened, and the form for the
// one called up. Lazy-loaded by App.tsx.
import { useApp } from '../../context';
import { ScreeningForm } from './ScreeningForm';
import { StationQueue } from '../shared/StationQueue';
import { todayDate } from '../shared/clock';
import { useOpenVisit } from '../shared/use-open-visit';

export function ScreeningStation({ siteId }: { siteId: string }) {
  const { t } = useApp();
  const { detail, notice, open, close } = useOpenVisit();
  return (
    <>
      <StationQueue
        siteId={siteId}
        stage="waiting-screening"
        // A deferred person may be screened again the same day (e.g. once a fever has gone down).
        accepts={['waiting-screening', 'deferred']}
        heading={t('screening.queue')}
        emptyText={t('screening.queueEmpty')}
        active={detail === null}
        notice={notice}
        onOpen={open}
      />
      {detail && (
        <ScreeningForm
          key={detail.visitKey}
          detail={detail}
          siteId={siteId}
          today={todayDate()}
          onSaved={(name) => close({ text: t('screening.saved', { name }) })}
          onCancel={() => close()}
        />
      )}
    </>
  );
}
