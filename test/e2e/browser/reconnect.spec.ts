/**
 * A host on this machine that goes away and comes back: the window says Reconnecting… with the attempt count, then
 * Offline after a bounded number of attempts (writes disabled), and is Live again within a second of the host's
 * return. Runs its own host process, since the suite's shared one must stay up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2ePort, e2eLaunchKey, plantLaunchKey } from '../support/e2eHost';
import { root } from '../support/findElectron';

const port = e2ePort + 7;
const dataDir = join('test-results', 'e2e-data-reconnect');
const base = `http://127.0.0.1:${port}`;

async function startHost(): Promise<ChildProcess> {
  const host = spawn(process.execPath, [join(root, 'out/main/headless.js'), '--port', String(port), '--data-dir', dataDir], { stdio: 'ignore' });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return host;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  host.kill('SIGKILL');
  throw new Error(`the test host on port ${port} did not answer within 20 s`);
}

async function stopHost(host: ChildProcess | undefined): Promise<void> {
  if (!host || host.exitCode !== null || host.signalCode !== null) return;
  const exited = once(host, 'exit');
  host.kill('SIGTERM');
  await exited;
}

test('a local host that restarts: Offline after bounded attempts, Live again within a second of its return', async ({ page }) => {
  test.setTimeout(60_000);
  rmSync(dataDir, { recursive: true, force: true });
  plantLaunchKey(dataDir);
  let host: ChildProcess | undefined = await startHost();
  try {
    await page.goto(`${base}/?launch=${e2eLaunchKey}&user=bob#/agents`); // a printed URL: it sets this port's cookie
    const badge = page.getByTestId('connection-state');
    await expect(badge).toHaveText('Live');
    await expect(page.getByTestId('agent-row').first()).toBeVisible();

    await stopHost(host);
    host = undefined;
    await expect(badge).toHaveText(/^Reconnecting… \(attempt \d+\)$/);
    await expect(page.getByRole('button', { name: 'Register agent' })).toBeDisabled();
    await expect(badge).toHaveText('Offline', { timeout: 15_000 });
    await expect(page.getByTestId('agent-row').first()).toBeVisible();

    // Note, in the page, the moment the badge says Live again: the test's own polling would blur the timing.
    // (A string script: this file is type-checked without the DOM's types.)
    await page.evaluate(`(() => {
      const el = document.querySelector('[data-testid="connection-state"]');
      new MutationObserver(() => {
        if (el.textContent === 'Live') window.__liveAt = Date.now();
      }).observe(el, { childList: true, characterData: true, subtree: true });
    })()`);
    host = await startHost();
    const back = Date.now();
    await expect(badge).toHaveText('Live', { timeout: 5000 });
    const liveAt = await page.evaluate<number>('window.__liveAt');
    expect(liveAt - back).toBeLessThan(1000);
    await expect(page.getByRole('button', { name: 'Register agent' })).toBeEnabled();
  } finally {
    await stopHost(host);
  }
});
