/** Where the end-to-end host listens and keeps its data; the data folder is wiped before each run. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';

export const e2ePort = Number(process.env.E2E_PORT ?? 4791);
export const e2eDataDir = join('test-results', 'e2e-data');

// One launch key per run, chosen by the runner (workers inherit its environment) and planted in each host's data
// folder before the host starts, so windows carry it the way a user's do: the cookie a printed URL sets.
process.env.E2E_LAUNCH_KEY ??= randomBytes(32).toString('base64url');
export const e2eLaunchKey = process.env.E2E_LAUNCH_KEY;

/** Plants the run's launch key where a host started on `dataDir` will read it. */
export function plantLaunchKey(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dataDir, 'launch.key'), `${e2eLaunchKey}\n`, { mode: 0o600 });
}

/** The cookie a window of the host on `port` holds after opening one of its printed URLs. */
export function launchCookie(port: number) {
  return { name: `switchboard_launch_${port}`, value: e2eLaunchKey, domain: '127.0.0.1', path: '/', httpOnly: true, secure: false, sameSite: 'Strict' as const, expires: -1 };
}

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

/**
 * Windows a spec opened with `browser.newContext()` stay open (and present) until the browser closes; a spec that
 * registers this closes them after each test, so the next spec's presence checks see only its own users.
 */
export async function closeOpenWindows({ browser }: { browser: Browser }): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close()));
}
