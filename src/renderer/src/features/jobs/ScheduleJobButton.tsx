/** "Schedule job": opens the schedule panel; disabled with the reason while the window is not Live. */
import { useCallback, useState } from 'react';
import { WriteButton } from '../connection';
import { ScheduleJobPanel } from './ScheduleJobPanel';

export function ScheduleJobButton() {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <WriteButton className="button button-primary" data-testid="schedule-job-open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Schedule job
      </WriteButton>
      <ScheduleJobPanel open={open} onClose={close} />
    </>
  );
}
