/**
 * The notifiers: the one place that decides which domain events are worth telling someone, and whom. They react to
 * committed events on the bus (never to views), and tell the one who asked for the work: the actor recorded when a
 * build job was scheduled, a workflow process started or a scrape started. Each notification has a dedupe key, so
 * an event seen twice (a replay, a restart) never tells twice.
 */
import { jobsTopic, organizationTopic, scrapesTopic, type ActorRef, type Job, type Process, type Scrape } from '../../../shared/contract';
import { systemRef } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import type { NotificationsContext } from './index';

/** `user:bob` → `bob`; work started by the REST API or the app itself has no one to tell. */
const userOf = (by: string) => (by.startsWith('user:') ? by.slice('user:'.length) : null);
const notifier: ActorRef = systemRef('notifier');

export function createNotifiers(kit: ContextKit, notifications: NotificationsContext): void {
  kit.subscribeFamily(jobsTopic, (event) => {
    if (event.type !== 'job_updated') return;
    const job = (event.payload as { job: Job }).job;
    const userId = userOf(job.scheduledBy);
    if (job.status !== 'failed' || !userId) return;
    const how = job.exitCode === null ? '' : ` with exit code ${job.exitCode}`;
    notifications.notify(notifier, {
      userId,
      type: 'alert',
      title: `Build ${job.name} #${job.id} failed`,
      body: `It failed on ${job.agentHostname ?? 'its agent'}${how}.`,
      link: job.runId === null ? `#/builds/${job.id}` : `#/runs/${job.runId}`,
      dedupeKey: `job-failed:${job.id}`,
    });
  });

  kit.subscribeFamily(organizationTopic, (event) => {
    if (event.type !== 'process_changed') return;
    const process = (event.payload as { process: Process }).process;
    const userId = userOf(process.startedBy);
    if (process.status !== 'failed' || !userId) return;
    const step = process.steps.find((s) => s.status === 'failed');
    notifications.notify(notifier, {
      userId,
      type: 'alert',
      title: `Workflow ${process.workflowName} failed`,
      body: step ? `Step ${step.name}: ${step.error ?? 'failed'}` : null,
      link: `#/processes/${process.id}`,
      // A retried process can fail again later: that is news again.
      dedupeKey: `process-failed:${process.id}:${process.finishedAt ?? ''}`,
    });
  });

  kit.subscribeFamily(scrapesTopic, (event) => {
    if (event.type !== 'scrape_updated') return;
    const scrape = (event.payload as { scrape: Scrape }).scrape;
    const userId = userOf(scrape.startedBy);
    if (!userId || (scrape.status !== 'completed' && scrape.status !== 'failed')) return;
    const counts = `${scrape.casesCreated} new, ${scrape.casesSynced} synced${scrape.errorCount > 0 ? `, ${scrape.errorCount} rows skipped` : ''}`;
    notifications.notify(notifier, {
      userId,
      type: scrape.status === 'failed' ? 'alert' : 'activity',
      title: scrape.status === 'failed' ? `Scrape of ${scrape.sourceName} failed` : `Scrape of ${scrape.sourceName} finished`,
      body: scrape.status === 'failed' ? (scrape.failure ?? counts) : counts,
      link: '#/scrape',
      dedupeKey: `scrape-ended:${scrape.id}`,
    });
  });
}
