/**
 * Presence rooms as people see them: two users on the same run see each other in the top bar, a second window of
 * one user shows as a count, and navigating away or closing the window leaves the room live.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Agent, Job, Run } from '../../../src/shared/contract';
import { api, closeOpenWindows } from '../support/e2eHost';

async function openAs(browser: Browser, user: string, route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/?user=${user}#${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  return page;
}

const viewer = (page: Page, user: string) => page.locator(`[data-testid="room-presence-user"][data-user="${user}"]`);

test.afterEach(closeOpenWindows);

test.describe('presence rooms', () => {
  test('two users on the same run see each other; a second window counts, navigating away and closing leave', async ({ browser }) => {
    await api<Job>('acme', 'POST', '/api/jobs', { name: 'e2e presence', command: 'sleep 60' });
    const agent = await api<Agent>('acme', 'POST', '/api/agents', { hostname: 'e2e-presence.acme' });
    const work = await api<{ run: Run }>('acme', 'POST', `/api/agents/${agent.uuid}/work`);
    const route = `/runs/${work.run.id}`;
    try {
      const alice = await openAs(browser, 'alice', route);
      const bob = await openAs(browser, 'bob', route);
      await expect(viewer(alice, 'bob')).toBeVisible({ timeout: 3000 });
      await expect(viewer(bob, 'alice')).toBeVisible({ timeout: 3000 });
      await expect(alice.getByTestId('room-presence')).toHaveAttribute('data-room', `run.${work.run.id}`);
      await expect(alice.getByTestId('room-presence')).toHaveAttribute('aria-label', 'Also viewing: Bob');
      // Nobody sees themselves among the viewers.
      await expect(viewer(alice, 'alice')).toHaveCount(0);

      // A second window of bob's: still one avatar, with its count.
      const bob2 = await openAs(browser, 'bob', route);
      await expect(viewer(alice, 'bob')).toHaveAttribute('data-windows', '2', { timeout: 3000 });
      await expect(viewer(alice, 'bob')).toHaveCount(1);

      // Bob's first window navigates away: one window left in the room.
      await bob.goto(`/?user=bob#/agents`);
      await expect(viewer(alice, 'bob')).toHaveAttribute('data-windows', '1', { timeout: 5000 });
      await expect(bob.getByTestId('room-presence')).toHaveCount(0);
      // Closing the last one (a window gone, as a crash is): bob leaves the room.
      await bob2.context().close();
      await expect(viewer(alice, 'bob')).toHaveCount(0, { timeout: 5000 });
      await Promise.all([alice, bob].map((p) => p.context().close()));
    } finally {
      await api('acme', 'PUT', `/api/runs/${work.run.id}/status`, { status: 'passed', exitCode: 0 });
      await api('acme', 'PUT', `/api/agents/${agent.uuid}/disable`);
    }
  });
});
