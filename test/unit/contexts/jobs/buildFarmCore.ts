/**
 * A test core for the build farm's finer tests: the clock (`Date` only) under the test's hand, agents lost after 1 s
 * and runs reclaimed after 60 s of silence, and one registered agent.
 */
import { vi } from 'vitest';
import type { Agent } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

export function startBuildFarmCore(): { core: TestCore; agent: Agent } {
  vi.useFakeTimers({ toFake: ['Date'] });
  const core = createTestCore({ buildFarm: { lostAfterMs: 1000, reclaimAfterMs: 60_000 } });
  return { core, agent: core.agents.register(core.acme, { hostname: 'build-01' }) };
}

export function stopBuildFarmCore(core: TestCore): void {
  core.dispose();
  vi.useRealTimers();
}
