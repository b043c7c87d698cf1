/**
 * The notifiers fed hand-made committed events on the bus: which build, workflow and scrape outcomes tell whom,
 * in which words, and that an event seen again tells no one twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Inbox, Job, LogEvent, Process, Scrape } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

let core: TestCore;
let seq = 0;
beforeEach(() => {
  core = createTestCore();
});
afterEach(() => core.dispose());

const inbox = (user: string) => (core.kernel.registry.load('notifications.inbox', {}, core.user(user)).data as Inbox).items;
const told = (user: string) => inbox(user).map((n) => ({ type: n.type, title: n.title, body: n.body, link: n.link }));
const publish = (topic: string, type: string, payload: unknown) =>
  core.kernel.bus.publish({ seq: 1_000_000 + ++seq, topic, actor: { kind: 'system', id: 'test' }, size: 0, at: Date.now(), type, payload } as LogEvent);

const job = (fields: Partial<Job>): Job => ({
  id: 41,
  orgId: 'acme',
  name: 'deploy',
  command: 'make',
  status: 'failed',
  createdAt: '',
  runId: 9,
  agentUuid: null,
  agentHostname: 'agent-1',
  startedAt: null,
  finishedAt: null,
  exitCode: 2,
  cancelRequested: false,
  rerunOf: null,
  scheduledBy: 'user:bob',
  ...fields,
});

const step = (name: string, status: string, error: string | null) => ({ name, status, error }) as Process['steps'][number];
const process = (fields: Partial<Process>): Process =>
  ({
    id: 7,
    orgId: 'acme',
    workflowId: 1,
    workflowName: 'release',
    version: 1,
    status: 'failed',
    percentage: 50,
    currentStep: null,
    input: {},
    resourceKey: null,
    startedBy: 'user:bob',
    createdAt: '',
    startedAt: null,
    finishedAt: '2026-01-01T00:00:00.000Z',
    steps: [step('build', 'completed', null), step('ship', 'failed', 'exit code 3')],
    ...fields,
  }) as Process;

const scrape = (fields: Partial<Scrape>): Scrape => ({
  id: 3,
  orgId: 'acme',
  sourceId: 1,
  sourceName: 'HSE',
  status: 'completed',
  pagesDone: 1,
  pagesTotal: 1,
  casesCreated: 3,
  casesSynced: 2,
  errorCount: 0,
  errors: [],
  rate: null,
  etaSeconds: null,
  failure: null,
  startedBy: 'user:bob',
  createdAt: '',
  startedAt: null,
  finishedAt: null,
  ...fields,
});

describe('notifiers', () => {
  it('tell whoever scheduled a failed build, naming its agent and exit code, linking its run or the build', () => {
    publish('jobs:updates:acme', 'job_updated', { job: job({}) });
    publish('jobs:updates:acme', 'job_updated', { job: job({ id: 42, runId: null, agentHostname: null, exitCode: null }) });
    publish('jobs:updates:acme', 'job_updated', { job: job({ id: 43, status: 'passed' }) });
    publish('jobs:updates:acme', 'job_updated', { job: job({ id: 44, scheduledBy: 'api:acme' }) });
    publish('jobs:updates:acme', 'job_scheduled', { job: job({ id: 45 }) });
    publish('jobs:updates:acme', 'job_updated', { job: job({}) });
    expect(told('bob')).toEqual([
      { type: 'alert', title: 'Build deploy #42 failed', body: 'It failed on its agent.', link: '#/builds/42' },
      { type: 'alert', title: 'Build deploy #41 failed', body: 'It failed on agent-1 with exit code 2.', link: '#/runs/9' },
    ]);
  });

  it('tell whoever started a failed workflow process which step failed, again when it fails again later', () => {
    publish('organization:acme', 'process_changed', { process: process({}), timestamp: '' });
    publish('organization:acme', 'process_changed', { process: process({}), timestamp: '' });
    publish('organization:acme', 'process_changed', { process: process({ id: 8, steps: [step('ship', 'failed', null)] }), timestamp: '' });
    publish('organization:acme', 'process_changed', { process: process({ id: 9, steps: [step('ship', 'pending', null)], finishedAt: null }), timestamp: '' });
    publish('organization:acme', 'process_changed', { process: process({ id: 10, status: 'completed' }), timestamp: '' });
    publish('organization:acme', 'process_changed', { process: process({ id: 11, startedBy: 'api:acme' }), timestamp: '' });
    publish('organization:acme', 'process_updated', { process: process({ id: 12 }), timestamp: '' });
    publish('organization:acme', 'process_changed', { process: process({ finishedAt: '2026-01-02T00:00:00.000Z' }), timestamp: '' });
    expect(told('bob')).toEqual([
      { type: 'alert', title: 'Workflow release failed', body: 'Step ship: exit code 3', link: '#/processes/7' },
      { type: 'alert', title: 'Workflow release failed', body: null, link: '#/processes/9' },
      { type: 'alert', title: 'Workflow release failed', body: 'Step ship: failed', link: '#/processes/8' },
      { type: 'alert', title: 'Workflow release failed', body: 'Step ship: exit code 3', link: '#/processes/7' },
    ]);
    expect(told('alice')).toEqual([]);
  });

  it('tell whoever started a scrape how it ended, once', () => {
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({}) });
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({}) });
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({ id: 4, errorCount: 5 }) });
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({ id: 5, status: 'failed', failure: 'the register answered 404' }) });
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({ id: 6, status: 'failed', errorCount: 1 }) });
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({ id: 7, status: 'running' }) });
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({ id: 8, status: 'cancelled' }) });
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({ id: 9, startedBy: 'system:cases' }) });
    publish('scrapes:acme', 'source_added', { scrape: scrape({ id: 10 }) });
    expect(told('bob')).toEqual([
      { type: 'alert', title: 'Scrape of HSE failed', body: '3 new, 2 synced, 1 rows skipped', link: '#/scrape' },
      { type: 'alert', title: 'Scrape of HSE failed', body: 'the register answered 404', link: '#/scrape' },
      { type: 'activity', title: 'Scrape of HSE finished', body: '3 new, 2 synced, 5 rows skipped', link: '#/scrape' },
      { type: 'activity', title: 'Scrape of HSE finished', body: '3 new, 2 synced', link: '#/scrape' },
    ]);
  });

  it('tell no one of work the REST API started, whatever its organization is called', () => {
    publish('jobs:updates:acme', 'job_updated', { job: job({ scheduledBy: 'api:xbob' }) });
    publish('organization:acme', 'process_changed', { process: process({ startedBy: 'api:xbob' }), timestamp: '' });
    expect(told('bob')).toEqual([]);
  });

  it('tell the counts of a scrape that finished, never a failure left from an earlier attempt', () => {
    publish('scrapes:acme', 'scrape_updated', { scrape: scrape({ status: 'completed', failure: 'the register answered 503' }) });
    expect(told('bob')).toEqual([{ type: 'activity', title: 'Scrape of HSE finished', body: '3 new, 2 synced', link: '#/scrape' }]);
  });
});
