/**
 * A job's action: Cancel while it is queued or running ("Cancelling…" once asked, until its agent stops it), Re-run
 * once it finished. Disabled with the reason while the window is not Live. The Builds rows and the run page use it.
 */
import { isFinished, type Job } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { jobsStore } from './jobsStore';

interface Props {
  job: Pick<Job, 'id' | 'name' | 'status' | 'cancelRequested'>;
  /** Prefix of the buttons' test ids: `${testId}-cancel`, `${testId}-rerun`. */
  testId?: string;
}

export function JobActions({ job, testId = 'job' }: Props) {
  const pending = useStore(jobsStore, (s) => s.pending[job.id]);
  const cancel = useStore(jobsStore, (s) => s.cancel);
  const rerun = useStore(jobsStore, (s) => s.rerun);
  const ref = { id: job.id, name: job.name };
  // The visible word starts the accessible name, which adds the job: "Cancel build #3" among many rows.
  const named = (word: string) => `${word} ${job.name} #${job.id}`;

  if (isFinished(job.status)) {
    const busy = pending === 'rerun';
    return (
      <WriteButton className="button button-small" data-testid={`${testId}-rerun`} aria-label={named(busy ? 'Re-running…' : 'Re-run')} aria-busy={busy || undefined} disabled={busy} onClick={() => void rerun(ref)}>
        {busy ? 'Re-running…' : 'Re-run'}
      </WriteButton>
    );
  }
  const cancelling = job.cancelRequested || pending === 'cancel';
  return (
    <WriteButton className="button button-small" data-testid={`${testId}-cancel`} aria-label={named(cancelling ? 'Cancelling…' : 'Cancel')} aria-busy={cancelling || undefined} disabled={cancelling} onClick={() => void cancel(ref)}>
      {cancelling ? 'Cancelling…' : 'Cancel'}
    </WriteButton>
  );
}
