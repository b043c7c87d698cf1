/**
 * Remembers the last status this window saw of each job and turns a list's change into the notices worth telling,
 * by the contract's `jobNotice` (the one place that decides). The first list only sets what is known, so a reload
 * never replays old results. Pure apart from its own memory.
 */
import { jobNotice, type Job, type JobNotice, type JobStatus } from '../../../../shared/contract';

export interface JobNoticeTracker {
  /** The notices for the jobs that changed since the last list seen; none for the first one. */
  observe(jobs: readonly Job[]): JobNotice[];
}

export function createJobNoticeTracker(): JobNoticeTracker {
  let known: Map<number, JobStatus> | undefined;
  return {
    observe(jobs) {
      const before = known;
      // Rebuilt from the list each time: a job trimmed off its end is forgotten, so memory stays as bounded as the list.
      known = new Map(jobs.map((job) => [job.id, job.status]));
      if (!before) return [];
      const notices: JobNotice[] = [];
      for (const job of jobs) {
        const last = before.get(job.id);
        if (last === job.status) continue;
        const notice = jobNotice(last, job);
        if (notice) notices.push(notice);
      }
      return notices;
    },
  };
}
