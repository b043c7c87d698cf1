/**
 * The scrape worker on its own: paging and reading the next page while one is written, progress, the rate limit,
 * retries and their backoff, refusals and their messages, stopping when told, and the queue hooks. The register is a
 * stand-in for fetch and time is a fake clock, so waits are checked to the millisecond without depending on how busy
 * the machine is; rows and writes are kept in memory. Real HTTP is covered by test/integration/cases/scrape.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRows } from '../../../../src/main/contexts/cases/caseRows';
import type { CaseWrites } from '../../../../src/main/contexts/cases/createCaseWrites';
import { createScrapeWorker, type ParsePage, type ScrapeSettings } from '../../../../src/main/contexts/cases/createScrapeWorker';
import { DiscardJob, type JobContext } from '../../../../src/main/contexts/queue';
import type { Write } from '../../../../src/main/kernel/createWriter';

const base = 'https://register.test';
type Answer = { status: number; body?: string; afterMs?: number };
type Emit = Parameters<Parameters<Write>[1]>[0];
/** The fake writes ignore events; only what the worker writes is checked. */
const noEmit = (() => undefined) as unknown as Emit;

beforeEach(() => void vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets every step that takes no time run (the clock is fake: nothing on it fires). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** What a promise has come to once every step that takes no time has run: its value, its error, or 'pending'. */
async function soFar(promise: Promise<unknown>): Promise<unknown> {
  const outcome = promise.catch((error: unknown) => error);
  await settle();
  return Promise.race([outcome, 'pending']);
}

/**
 * Stands in for fetch: a register whose pages answer as `answer` says, after `afterMs` on the fake clock (an Error is
 * thrown, as fetch throws when the register cannot be reached). Every request is recorded with its time and headers.
 */
function register(answer: (path: string, nth: number) => Answer | Error) {
  const requests: { path: string; at: number; headers: unknown }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    requests.push({ path, at: Date.now(), headers: init.headers });
    const reply = answer(path, requests.filter((r) => r.path === path).length);
    return new Promise((resolve, reject) => {
      init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
      const send = () => (reply instanceof Error ? reject(reply) : resolve({ ok: reply.status < 300, status: reply.status, text: async () => reply.body ?? '' }));
      if (reply instanceof Error || !reply.afterMs) send();
      else setTimeout(send, reply.afterMs);
    });
  });
  return requests;
}

/** A two-page register: /p1 links to /p2, the last. */
const twoPages = (path: string): Answer => ({ status: 200, body: path === '/p1' ? '/p2' : '' });

/** Pages whose body is the path of the next page (empty on the last), in a register of two pages. */
const parseLinks: ParsePage = async (html, url) => ({ cases: [], errors: [], next: html === '' ? null : new URL(html, url).toString(), pagesTotal: 2 });

/** One scrape row (id 1) kept in memory, moved by the worker's writes as the real ones move it. */
function fakeScrape(status: string, requests: unknown[] = []) {
  const row = { status, source_id: 7, next_url: `${base}/p1` as string | null, pages_done: 0, pages_total: null as number | null };
  const statuses: unknown[][] = [];
  const commits: { number: number; next: string | null; ms: number; at: number; requestsSoFar: number }[] = [];
  const actors: unknown[] = [];
  const rows = { scrapeRow: (id: number) => (id === 1 ? { ...row } : undefined) } as unknown as CaseRows;
  const writes = {
    setStatus: (_emit: unknown, id: number, next: string, failure?: string) => {
      statuses.push(failure === undefined ? [id, next] : [id, next, failure]);
      row.status = next;
    },
    commitPage: (_emit: unknown, _id: number, page: { number: number; next: string | null; pagesTotal: number | null; ms: number }) => {
      commits.push({ number: page.number, next: page.next, ms: page.ms, at: Date.now(), requestsSoFar: requests.length });
      Object.assign(row, { pages_done: page.number, pages_total: page.pagesTotal, next_url: page.next });
    },
  } as unknown as CaseWrites;
  const write = ((actor, work) => (actors.push(actor), work(noEmit))) as Write;
  return { rows, writes, write, statuses, commits, actors };
}

function context() {
  const controller = new AbortController();
  const progress: [number, string | undefined][] = [];
  const ctx = { signal: controller.signal, progress: (fraction: number, note?: string) => void progress.push([fraction, note]) } as unknown as JobContext;
  return { ctx, controller, progress };
}

function worker(scrape: ReturnType<typeof fakeScrape>, settings: ScrapeSettings = {}, parse: ParsePage = parseLinks) {
  return createScrapeWorker(scrape.write, scrape.rows, scrape.writes, parse, settings);
}

describe('paging', () => {
  it('reads every page in order as the cases system, names itself, reports progress, and with no rate limit never waits', async () => {
    const requests = register(twoPages);
    const scrape = fakeScrape('queued', requests);
    const { ctx, progress } = context();
    const run = worker(scrape, { requestsPerSecond: 0, userAgent: 'test-agent' }).perform({ scrapeId: 1 }, ctx);
    expect(await soFar(run)).toEqual({ pages: 2 }); // done with nothing run on the clock
    expect(requests.map((r) => r.path)).toEqual(['/p1', '/p2']);
    expect(requests[0]!.headers).toEqual({ 'user-agent': 'test-agent', accept: 'text/html' });
    expect(scrape.statuses).toEqual([[1, 'running']]);
    expect(scrape.actors).toEqual(Array(3).fill({ kind: 'system', id: 'cases' }));
    expect(scrape.commits.map((c) => [c.number, c.next])).toEqual([[1, `${base}/p2`], [2, null]]);
    expect(progress).toEqual([[0.5, 'page 1'], [1, 'page 2']]);
  });

  it('asks for the next page before writing the one before, writes it as soon as the next has arrived, and times each page', async () => {
    const requests = register((path) => ({ ...twoPages(path), afterMs: 30 }));
    const scrape = fakeScrape('queued', requests);
    const run = worker(scrape, { requestsPerSecond: 0 }).perform({ scrapeId: 1 }, context().ctx);
    await vi.runAllTimersAsync();
    await run;
    expect(requests.map((r) => r.at)).toEqual([0, 30]);
    // Page 1 arrived at 30 ms and was written when page 2 arrived at 60; page 2 was then written at once.
    expect(scrape.commits).toMatchObject([
      { number: 1, at: 60, requestsSoFar: 2, ms: 60 },
      { number: 2, at: 60, ms: 0 },
    ]);
  });

  it('waits at most 100 ms for the next page before writing the one before', async () => {
    const requests = register((path) => ({ ...twoPages(path), afterMs: path === '/p2' ? 300 : 0 }));
    const scrape = fakeScrape('queued', requests);
    const run = worker(scrape, { requestsPerSecond: 0 }).perform({ scrapeId: 1 }, context().ctx);
    await vi.runAllTimersAsync();
    await run;
    expect(scrape.commits.map((c) => c.at)).toEqual([100, 300]);
  });

  it('stops at a page that links to itself', async () => {
    // Asked for a second time the page is refused, so a worker that went round again would fail rather than loop.
    const requests = register((_path, nth) => (nth === 1 ? { status: 200, body: '/p1' } : { status: 404 }));
    expect(await soFar(worker(fakeScrape('queued'), { requestsPerSecond: 0 }).perform({ scrapeId: 1 }, context().ctx))).toEqual({ pages: 1 });
    expect(requests).toHaveLength(1);
  });

  it('leaves the status of a scrape already running alone', async () => {
    register(twoPages);
    const scrape = fakeScrape('running');
    expect(await soFar(worker(scrape, { requestsPerSecond: 0 }).perform({ scrapeId: 1 }, context().ctx))).toEqual({ pages: 2 });
    expect(scrape.statuses).toEqual([]);
  });

  it('skips a scrape that no longer exists', async () => {
    const requests = register(twoPages);
    expect(await soFar(worker(fakeScrape('queued')).perform({ scrapeId: 2 }, context().ctx))).toEqual({ skipped: true });
    expect(requests).toHaveLength(0);
  });

  it.each(['completed', 'cancelled', 'failed'])('skips a scrape that already ended (%s) without a request', async (status) => {
    const requests = register(twoPages);
    const scrape = fakeScrape(status);
    expect(await soFar(worker(scrape).perform({ scrapeId: 1 }, context().ctx))).toEqual({ skipped: true });
    expect(requests).toHaveLength(0);
    expect(scrape.statuses).toEqual([]);
  });
});

describe('the rate limit', () => {
  it('asks for the first page at once and each next one when its slot comes, writing a page without waiting for the next', async () => {
    const requests = register((path) => ({ status: 200, body: { '/p1': '/p2', '/p2': '/p3' }[path] ?? '' }));
    const scrape = fakeScrape('queued', requests);
    const run = worker(scrape, { requestsPerSecond: 5 }).perform({ scrapeId: 1 }, context().ctx);
    await settle();
    expect(requests).toHaveLength(1);
    await vi.runAllTimersAsync();
    await run;
    expect(requests.map((r) => r.at)).toEqual([0, 200, 400]);
    expect(scrape.commits.map((c) => [c.at, c.requestsSoFar])).toEqual([[0, 1], [200, 2], [400, 3]]);
  });

  it('reads the next page ahead when its slot has come by the time the page before it has arrived', async () => {
    // At 10 requests a second the slot after the first request is at 100 ms, when page 1 arrives.
    const requests = register((path) => ({ ...twoPages(path), afterMs: path === '/p1' ? 100 : 0 }));
    const scrape = fakeScrape('queued', requests);
    const run = worker(scrape, { requestsPerSecond: 10 }).perform({ scrapeId: 1 }, context().ctx);
    await vi.runAllTimersAsync();
    await run;
    expect(requests.map((r) => r.at)).toEqual([0, 100]);
    expect(scrape.commits[0]).toMatchObject({ at: 100, requestsSoFar: 2 });
  });
});

describe('retries and refusals', () => {
  it('retries a 5xx after 40 then 80 ms, then fails for the queue to retry, naming the tries', async () => {
    const requests = register(() => ({ status: 503 }));
    const run = worker(fakeScrape('queued'), { requestsPerSecond: 0, pageBackoffMs: 40 }).perform({ scrapeId: 1 }, context().ctx);
    const failure = run.then(
      () => undefined,
      (error: Error) => ({ error, at: Date.now() }),
    );
    await vi.runAllTimersAsync();
    const { error, at } = (await failure)!;
    expect(requests.map((r) => r.at)).toEqual([0, 40, 120]);
    expect(at).toBe(120); // no wait after the last try
    expect(error).not.toBeInstanceOf(DiscardJob);
    expect(error.message).toBe(`${base}/p1 answered 503 (after 3 tries)`);
  });

  it('retries a 429 like a 5xx', async () => {
    const requests = register(() => ({ status: 429 }));
    const run = worker(fakeScrape('queued'), { requestsPerSecond: 0, pageBackoffMs: 1, pageTries: 2 }).perform({ scrapeId: 1 }, context().ctx);
    const failure = run.catch((error: Error) => error);
    await vi.runAllTimersAsync();
    expect(((await failure) as Error).message).toBe(`${base}/p1 answered 429 (after 2 tries)`);
    expect(requests).toHaveLength(2);
  });

  it('refuses a 4xx for good at once', async () => {
    const requests = register(() => ({ status: 404 }));
    const error = await soFar(worker(fakeScrape('queued'), { requestsPerSecond: 0 }).perform({ scrapeId: 1 }, context().ctx));
    expect(error).toBeInstanceOf(DiscardJob);
    expect((error as Error).message).toBe(`${base}/p1 answered 404`);
    expect(requests).toHaveLength(1);
  });

  it('names the network error when the register cannot be reached', async () => {
    // fetch throws "fetch failed" and gives the reason as its cause.
    const requests = register(() => new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }));
    const run = worker(fakeScrape('queued'), { requestsPerSecond: 0, pageBackoffMs: 1, pageTries: 2 }).perform({ scrapeId: 1 }, context().ctx);
    const failure = run.catch((error: Error) => error);
    await vi.runAllTimersAsync();
    expect(((await failure) as Error).message).toBe(`${base}/p1: connect ECONNREFUSED 127.0.0.1:9 (after 2 tries)`);
    expect(requests).toHaveLength(2);
  });

  it('refuses a page the parser cannot read, naming the page', async () => {
    register(twoPages);
    const parse: ParsePage = async () => {
      throw new Error('no table');
    };
    const error = await soFar(worker(fakeScrape('queued'), { requestsPerSecond: 0 }, parse).perform({ scrapeId: 1 }, context().ctx));
    expect(error).toBeInstanceOf(DiscardJob);
    expect((error as Error).message).toBe(`page 1 (${base}/p1): no table`);
  });
});

describe('stopping when told', () => {
  const reason = new Error('cancelled');

  it('stops during a backoff wait at once', async () => {
    const requests = register(() => ({ status: 503 }));
    const { ctx, controller } = context();
    const run = worker(fakeScrape('queued'), { requestsPerSecond: 0, pageBackoffMs: 5000 }).perform({ scrapeId: 1 }, ctx);
    await settle();
    controller.abort(reason);
    expect(await soFar(run)).toBe(reason);
    expect(requests).toHaveLength(1);
  });

  it('stops a request in flight at once, without retrying it', async () => {
    const requests = register(() => ({ status: 200, afterMs: 1000 }));
    const { ctx, controller } = context();
    const run = worker(fakeScrape('queued'), { requestsPerSecond: 0, pageBackoffMs: 1 }).perform({ scrapeId: 1 }, ctx);
    await settle();
    controller.abort(reason);
    expect(await soFar(run)).toBe(reason);
    expect(requests).toHaveLength(1);
  });

  it('does not wait for a rate-limit slot once told to stop', async () => {
    const requests = register(twoPages);
    const { ctx, controller } = context();
    // Told to stop while page 1 is parsed: page 2's slot is 2 s away when it is asked for.
    const parse: ParsePage = async (html, url) => (controller.abort(reason), parseLinks(html, url, ctx.signal));
    expect(await soFar(worker(fakeScrape('queued'), { requestsPerSecond: 0.5 }, parse).perform({ scrapeId: 1 }, ctx))).toBe(reason);
    expect(requests).toHaveLength(1);
  });

  it("passes on the parser's own error, not a refusal, when told to stop while a page is parsed", async () => {
    register(twoPages);
    const { ctx, controller } = context();
    const stopped = new Error('parse stopped');
    const parse: ParsePage = async () => {
      controller.abort(reason);
      throw stopped;
    };
    expect(await soFar(worker(fakeScrape('queued'), { requestsPerSecond: 0 }, parse).perform({ scrapeId: 1 }, ctx))).toBe(stopped);
  });

  it('leaves no unhandled rejection when a page read ahead fails after the write before it threw', async () => {
    register((path) => (path === '/p1' ? { status: 200, body: '/p2' } : { status: 404 }));
    const scrape = fakeScrape('queued');
    (scrape.writes as { commitPage: unknown }).commitPage = () => {
      throw new Error('disk full');
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      expect(await soFar(worker(scrape, { requestsPerSecond: 0 }).perform({ scrapeId: 1 }, context().ctx))).toEqual(new Error('disk full'));
      await settle();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('queue hooks', () => {
  const job = { args: { scrapeId: 1 } } as never;

  it('is retried by the queue after 2 s, doubling up to a minute', () => {
    expect(worker(fakeScrape('queued'))).toMatchObject({ name: 'cases.scrape', queue: 'scrapes', maxAttempts: 5, backoff: { baseMs: 2000, maxMs: 60_000 } });
  });

  it('completes only a scrape still running', () => {
    const running = fakeScrape('running');
    worker(running).onCompleted!(noEmit, job, undefined);
    expect(running.statuses).toEqual([[1, 'completed']]);
    const cancelled = fakeScrape('cancelled');
    worker(cancelled).onCompleted!(noEmit, job, undefined);
    expect(cancelled.statuses).toEqual([]);
  });

  it('fails the scrape only when the queue gives up', () => {
    const scrape = fakeScrape('running');
    const hooks = worker(scrape);
    hooks.onFailed!(noEmit, job, 'boom', true);
    expect(scrape.statuses).toEqual([]);
    hooks.onFailed!(noEmit, job, 'boom', false);
    expect(scrape.statuses).toEqual([[1, 'failed', 'boom']]);
  });

  it('cancels the scrape when its job is cancelled', () => {
    const scrape = fakeScrape('running');
    worker(scrape).onCancelled!(noEmit, job);
    expect(scrape.statuses).toEqual([[1, 'cancelled']]);
  });
});
