/**
 * The headless host opens windows only for whoever holds its launch key: a page without it gets the refusal page
 * and its WebSocket is refused; a printed URL (`?launch=`) opens the app and leaves a cookie, so reloads and plain
 * links keep working.
 */
import { expect, test } from '@playwright/test';
import { e2eLaunchKey } from '../support/e2eHost';

test('without the launch key a page is refused; a printed URL opens the app and its cookie keeps it open', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();

  const refused = await page.goto('/?user=alice#/agents');
  expect(refused?.status()).toBe(401);
  await expect(page.getByText('opens only from the links it printed')).toBeVisible();

  await page.goto(`/?launch=${e2eLaunchKey}&user=alice#/agents`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');

  await page.goto('/?user=bob#/agents');
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await context.close();
});
