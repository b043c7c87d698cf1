/**
 * The composition: contexts plug in through kits, a half-wired app refuses to boot with a message naming each fix,
 * a family outside the contract cannot be authorized, and disposing releases everything, last added first.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiActor } from '../../../../src/main/kernel/actor';
import { composeContexts } from '../../../../src/main/kernel/context/composeContexts';
import { createKernel } from '../../../../src/main/kernel/createKernel';
import { createContexts } from '../../../../src/main/app/createContexts';
import { createAccounts } from '../../../../src/main/contexts/accounts';
import { createAgentsContext } from '../../../../src/main/contexts/agents';
import { toDisposable } from '../../../../src/main/kernel/disposable';
import { topicFamily } from '../../../../src/shared/contract';

describe('composeContexts', () => {
  it('refuses to boot while the contract declares what no context handles, naming where and how to fix it', () => {
    const kernel = createKernel({ file: ':memory:' });
    const compose = composeContexts(kernel);
    compose.add('accounts', createAccounts);
    compose.add('agents', createAgentsContext);
    let message = '';
    try {
      compose.seal();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("command jobs.schedule (declared in src/shared/contract/jobs.ts): register it with kit.command('jobs.schedule', …)");
    expect(message).toContain("view presence.list (declared in src/shared/contract/presence.ts): register it with kit.view('presence.list', …)");
    expect(message).toContain('topics agent_job_run_console:{run}: authorize them with kit.authorize(…)');
    expect(message).not.toContain('agents.register');
    // A refused boot releases what it had registered, the kernel included.
    expect(kernel.registry.missing()).toContain(`command agents.register (declared in src/shared/contract/agents.ts): register it with kit.command('agents.register', …) in its context`);
    expect(() => kernel.db.prepare('SELECT 1')).toThrow(/not open/);
  });

  it('refuses to authorize a topic family that is not in the contract, saying where to declare it', () => {
    const stray = topicFamily('stray:{id}', { happened: z.object({}) });
    const compose = composeContexts(createKernel({ file: ':memory:' }));
    expect(() =>
      compose.add('stray', (kit) => {
        // @ts-expect-error the family is not in the contract's domain list, so the kit does not take it
        kit.authorize(stray, () => true);
      }),
    ).toThrow(/stray:\{id\} are authorized but not in the contract: add the family to its domain's topics/);
  });

  it('disposes contexts last added first, windows before contexts, the kernel last', () => {
    const kernel = createKernel({ file: ':memory:' });
    const order: string[] = [];
    const compose = composeContexts(kernel);
    compose.add('first', (kit) => kit.own(toDisposable(() => order.push('first'))));
    compose.add('second', (kit) => {
      kit.own(toDisposable(() => order.push(`second (db open: ${kernel.db.open})`)));
      kit.subscribe('agents:updates:acme', () => {});
    });
    expect(kernel.bus.subscriberCount()).toBe(1);
    compose.dispose();
    expect(order).toEqual(['second (db open: true)', 'first']);
    expect(kernel.db.open).toBe(false);
  });

  it('records who did it with every event: the API, an agent, the app itself', () => {
    const kernel = createKernel({ file: ':memory:' });
    const core = createContexts(kernel);
    core.accounts.seedDemo();
    const agent = core.agents.register(apiActor('acme'), { hostname: 'build-01' });
    core.jobs.schedule(apiActor('acme'), { name: 'build', command: 'make' });
    const work = core.jobs.askForWork(apiActor('acme'), agent.uuid)!;
    core.jobs.reportStatus(apiActor('acme'), { runId: work.run.id, status: 'building' });
    const events = kernel.log.readSince(['agents:updates:acme', 'scheduler:updates:acme', `agent_job_runs:${agent.uuid}`], 0);
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['agent_registered', { kind: 'api', id: 'acme' }],
      ['pending_count', { kind: 'api', id: 'acme' }],
      ['agent_seen', { kind: 'agent', id: agent.uuid }],
      ['run_created', { kind: 'agent', id: agent.uuid }],
      ['pending_count', { kind: 'agent', id: agent.uuid }],
      ['run_updated', { kind: 'agent', id: agent.uuid }],
    ]);
    core.dispose();
  });
});
