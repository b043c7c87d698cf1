/**
 * The scrape worker (a queue worker): reads a source's register page by page from the scrape's cursor, politely
 * (rate-limited per source, a clear User-Agent), parses each page off the main thread and commits it with the
 * cursor; the next page is fetched and parsed while one is written (only a committed page moves the cursor).
 * Network errors and 5xx answers are retried with backoff; past that the queue retries the job, which resumes from
 * the last committed page, as it does after a crash. A page without a readable table fails the scrape.
 * @internal Used by the cases context only.
 */
import { systemRef } from '../../kernel/actor';
import type { Write } from '../../kernel/createWriter';
import { DiscardJob, type WorkerDefinition } from '../queue';
import type { CaseRows } from './caseRows';
import type { CaseWrites } from './createCaseWrites';
import type { ParsedPage } from './parseCaseTable';

export type ParsePage = (html: string, url: string, signal: AbortSignal) => Promise<ParsedPage>;

export interface ScrapeSettings {
  /** Requests per second per source (default 2; 0: no limit). */
  requestsPerSecond?: number;
  userAgent?: string;
  /** Tries per page on network errors and 5xx before the attempt fails (default 3). */
  pageTries?: number;
  /** First retry wait of a page, doubling (default 500 ms). */
  pageBackoffMs?: number;
}

/** A page being read while the one before it is written. */
interface PageAhead {
  url: string;
  page: number;
  /** Its request goes out at once (no rate-limit wait before it). */
  immediate: boolean;
  html: Promise<string>;
  parsed: Promise<ParsedPage>;
}

/** How long a page's write waits for the next page's bytes (a loopback or LAN register answers well within it). */
const AHEAD_WAIT_MS = 100;

/** Resolves when `promise` settles or after `ms`, whichever is first; never rejects. */
function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => (clearTimeout(timer), resolve());
    promise.then(done, done);
  });
}

/** Refused for good (a 4xx, a page that is not a register): retrying can't help. */
class PermanentScrapeError extends DiscardJob {}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

export function createScrapeWorker(write: Write, rows: CaseRows, writes: CaseWrites, parse: ParsePage, settings: ScrapeSettings = {}): WorkerDefinition<{ scrapeId: number }> {
  const rps = settings.requestsPerSecond ?? 2;
  const tries = settings.pageTries ?? 3;
  const backoffMs = settings.pageBackoffMs ?? 500;
  const userAgent = settings.userAgent ?? 'Switchboard case sync (+https://github.com/switchboard)';
  const nextSlot = new Map<number, number>();
  const actor = systemRef('cases');

  /** Waits for this source's next request slot. */
  async function politely(sourceId: number, signal: AbortSignal) {
    if (rps <= 0) return;
    const now = Date.now();
    const at = Math.max(now, nextSlot.get(sourceId) ?? 0);
    nextSlot.set(sourceId, at + 1000 / rps);
    if (at > now) await sleep(at - now, signal);
  }

  async function fetchPage(url: string, sourceId: number, signal: AbortSignal): Promise<string> {
    let lastError = '';
    for (let attempt = 1; attempt <= tries; attempt++) {
      await politely(sourceId, signal);
      try {
        const response = await fetch(url, { headers: { 'user-agent': userAgent, accept: 'text/html' }, signal: AbortSignal.any([signal, AbortSignal.timeout(30_000)]) });
        if (response.ok) return await response.text();
        lastError = `${url} answered ${response.status}`;
        if (response.status < 500 && response.status !== 429) throw new PermanentScrapeError(lastError);
      } catch (error) {
        if (error instanceof PermanentScrapeError || signal.aborted) throw error;
        lastError = `${url}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`;
      }
      if (attempt < tries) await sleep(backoffMs * 2 ** (attempt - 1), signal);
    }
    throw new Error(`${lastError} (after ${tries} tries)`);
  }

  return {
    name: 'cases.scrape',
    queue: 'scrapes',
    maxAttempts: 5,
    backoff: { baseMs: 2000, maxMs: 60_000 },
    async perform({ scrapeId }, { signal, progress }) {
      const start = rows.scrapeRow(scrapeId);
      if (!start || start.status === 'completed' || start.status === 'cancelled' || start.status === 'failed') return { skipped: true };
      if (start.status !== 'running') write(actor, (emit) => writes.setStatus(emit, scrapeId, 'running'));
      /** Fetches a page and hands it to the parser; both run while the page before it is written. */
      const readAhead = (url: string, page: number): PageAhead => {
        const immediate = rps <= 0 || (nextSlot.get(start.source_id) ?? 0) <= Date.now();
        const html = fetchPage(url, start.source_id, signal);
        const parsed = html.then((text) =>
          parse(text, url, signal).catch((error: unknown) => {
            if (signal.aborted) throw error;
            throw new PermanentScrapeError(`page ${page} (${url}): ${error instanceof Error ? error.message : String(error)}`);
          }),
        );
        // Awaited in its turn; this keeps a failure read ahead from counting as unhandled if the write before it throws.
        parsed.catch(() => undefined);
        return { url, page, immediate, html, parsed };
      };
      let current = start.next_url === null ? null : readAhead(start.next_url, start.pages_done + 1);
      let mark = performance.now();
      let pages = 0;
      while (current !== null) {
        const parsed = await current.parsed;
        const next = parsed.next === current.url ? null : parsed.next; // a page that links to itself ends the register
        const ahead = next === null ? null : readAhead(next, current.page + 1);
        // The write holds the event loop: let the next page's request go out and its bytes reach the parse thread
        // first, so it is parsed while this page is written. Not while it waits for its rate-limit slot, and bounded.
        if (ahead?.immediate) await settledWithin(ahead.html, AHEAD_WAIT_MS);
        const now = performance.now();
        const ms = Math.round(now - mark);
        mark = now;
        const number = current.page;
        write(actor, (emit) => writes.commitPage(emit, scrapeId, { number, cases: parsed.cases, errors: parsed.errors, next, pagesTotal: parsed.pagesTotal, ms }));
        const done = rows.scrapeRow(scrapeId)!;
        progress(done.pages_total ? done.pages_done / done.pages_total : 0, `page ${done.pages_done}`);
        current = ahead;
        pages++;
      }
      return { pages };
    },
    onCompleted(emit, job) {
      const scrapeId = Number(job.args.scrapeId);
      if (rows.scrapeRow(scrapeId)?.status === 'running') writes.setStatus(emit, scrapeId, 'completed');
    },
    onFailed(emit, job, error, willRetry) {
      // While the queue will try again the scrape stays running; it resumes from its cursor.
      if (willRetry) return;
      writes.setStatus(emit, Number(job.args.scrapeId), 'failed', error);
    },
    onCancelled(emit, job) {
      writes.setStatus(emit, Number(job.args.scrapeId), 'cancelled');
    },
  };
}
