/**
 * A public register served on loopback for scrape tests: `pages` pages of `perPage` cases in an HTML table
 * (header cells as a real register writes them), linked by `<a rel="next">`, with knobs for what real registers do:
 * a malformed row, a page that fails with 500 (once, or for good), a fine that changes between passes, slow pages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RegisterOptions {
  pages: number;
  perPage: number;
  /** `page:row` of a row whose fine is not money. */
  malformed?: string;
  /** Pages that answer 500 the first time they are asked for. */
  failOnce?: number[];
  /** Extra delay per page, ms. */
  delayMs?: number;
}

export interface FixtureRegister {
  url: string;
  /** Every request's path, in order, and its user agent. */
  readonly requests: { path: string; userAgent: string | undefined }[];
  /** Changes a case's fine on later passes. */
  setFine(reference: string, fine: string): void;
  close(): Promise<void>;
}

export const referenceOf = (page: number, row: number) => `HSE-${String(page).padStart(3, '0')}-${String(row).padStart(3, '0')}`;

export async function startFixtureRegister(options: RegisterOptions): Promise<FixtureRegister> {
  const requests: FixtureRegister['requests'] = [];
  const fines = new Map<string, string>();
  const failed = new Set<number>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push({ path: `${url.pathname}${url.search}`, userAgent: req.headers['user-agent'] });
    const page = Number(url.searchParams.get('page') ?? '1');
    const answer = () => {
      if (options.failOnce?.includes(page) && !failed.has(page)) {
        failed.add(page);
        res.writeHead(500, { 'content-type': 'text/plain' }).end('temporarily unavailable');
        return;
      }
      if (!(page >= 1 && page <= options.pages)) {
        res.writeHead(404).end('no such page');
        return;
      }
      const rows: string[] = [];
      for (let row = 1; row <= options.perPage; row++) {
        const reference = referenceOf(page, row);
        const fine = options.malformed === `${page}:${row}` ? 'a lot' : (fines.get(reference) ?? `£${(1000 + page * 10 + row).toLocaleString('en-GB')}.50`);
        rows.push(
          `<tr><td>${reference}</td><td>Offender ${page}-${row} Ltd</td><td>${row} High Street, Leeds</td><td>0${(row % 9) + 1}/02/2024</td>` +
            `<td>Breach of regulation ${row}</td><td>HSE</td><td>${fine}</td><td>£250</td><td>ignored</td></tr>`,
        );
      }
      const next = page < options.pages ? `<a rel="next" href="/register?page=${page + 1}">Next</a>` : '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html><body><p>Page ${page} of ${options.pages}</p><table class="cases">` +
          `<thead><tr><th>Case Reference</th><th>Offender</th><th>Address</th><th>Offence date</th><th>Offence</th><th>Regulator</th><th>Fine</th><th>Costs</th><th>Notes</th></tr></thead>` +
          `<tbody>${rows.join('')}</tbody></table>${next}</body></html>`,
      );
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/register?page=1`,
    requests,
    setFine: (reference, fine) => void fines.set(reference, fine),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
