/** Where the end-to-end host listens and keeps its data; the data folder is wiped before each run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const e2ePort = Number(process.env.E2E_PORT ?? 4791);
export const e2eDataDir = join('test-results', 'e2e-data');

export function orgToken(org: string): string {
  return readFileSync(join(e2eDataDir, 'tokens', `${org}.token`), 'utf8').trim();
}

/** Calls the host's REST API as `org`. */
export async function api<T = unknown>(org: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${e2ePort}${path}`, {
    method,
    headers: { authorization: `Bearer ${orgToken(org)}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
