/**
 * A host that stops mid-step: at the next start the queue counts the interrupted attempt as failed, and the
 * process follows it: a step with attempts left runs again and the process completes; a step without fails its
 * process with the queue's words for it. The interrupted command's process group does not outlive the host.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/createApp';
import { waitFor } from '../../support/waitFor';
import { groupExists } from '../../support/processGroups';
import { workflowHarness } from './workflowHarness';

describe('workflows across a host restart', () => {
  const dirs: string[] = [];
  const apps: App[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.dispose();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const open = (dataDir: string) => {
    const app = createApp({ dataDir, demo: true, shell: 'headless' });
    apps.push(app);
    const acme = () => app.authenticate(readFileSync(join(dataDir, 'tokens', 'acme.token'), 'utf8').trim())!;
    return { app, wf: workflowHarness(app, acme) };
  };

  it('runs a step with attempts left again and fails one without, after the host stopped mid-step', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-wf-restart-'));
    dirs.push(dataDir);
    const marker = (name: string) => join(dataDir, name);
    const command = (name: string) => `if [ -f ${marker(name)} ]; then echo again; else echo $$ > ${marker(name)}; sleep 60; fi`;
    const first = open(dataDir);
    let { wf } = first;
    const retried = await wf.save('survives', [{ name: 'work', kind: 'shell', command: command('a'), retry: { maxAttempts: 2, backoffMs: 0 } }]);
    const single = await wf.save('fails', [{ name: 'work', kind: 'shell', command: command('b') }, { name: 'after', kind: 'delay', ms: 1 }]);
    const pa = await wf.start(retried.id);
    const pb = await wf.start(single.id);
    await waitFor(() => existsSync(marker('a')) && existsSync(marker('b')) && readFileSync(marker('b'), 'utf8').trim(), 'both commands to run');
    const groups = ['a', 'b'].map((name) => Number(readFileSync(marker(name), 'utf8')));
    first.app.dispose();
    apps.splice(0);
    await waitFor(() => groups.every((group) => !groupExists(group)), 'the commands to end with the host');

    wf = open(dataDir).wf;
    const a = await wf.settled(pa.id);
    expect(a.process).toMatchObject({ status: 'completed', steps: [{ status: 'completed', attempts: 2 }] });
    expect(a.output.work).toBe('[switchboard] attempt 2 of 2\nagain\n');
    const b = await wf.settled(pb.id);
    expect(b.process.status).toBe('failed');
    expect(b.process.steps.map((s) => [s.status, s.error])).toEqual([['failed', 'the host stopped while attempt 1 ran'], ['pending', null]]);
    wf.stop();
  });
});
