/** The Metrics view over the real host: the broadcast latency histograms and the subscriptions per topic, polled live. */
import { expect, test } from '@playwright/test';
import { closeOpenWindows } from '../support/e2eHost';

test.afterEach(closeOpenWindows);

test('metrics shows the latency histograms and the subscriptions per topic', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/?user=alice#/metrics');
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(page.getByTestId('nav-metrics')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('metrics-send-histogram')).toBeVisible();
  await expect(page.getByTestId('metrics-send-histogram-bucket')).toHaveCount(11);
  await expect(page.getByTestId('metrics-window-histogram')).toBeVisible();
  await expect(page.getByTestId('metrics-subscriptions')).toBeVisible();
  await expect(page.getByTestId('metrics-topic').first()).toBeVisible();
  await expect(page.getByTestId('metrics-windows')).toBeVisible();
  // Polled every second: the charts gain samples.
  await expect.poll(async () => Number(await page.getByTestId('metrics-charts').getAttribute('data-samples')), { timeout: 8_000 }).toBeGreaterThanOrEqual(3);
});
