/**
 * The shell step on real `sh` processes: it never starts on an aborted signal, gives the command an empty stdin,
 * names why it failed (exit code, a signal of its own, a shell that could not start, or the signal's reason when it
 * was cancelled), and on cancel ends the command's process group with SIGTERM, then SIGKILL after the grace period
 * — a timer that neither keeps the host running nor fires once the command has ended.
 */
import { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KILL_GRACE_MS, runShell } from '../../../../src/main/contexts/workflows/steps/runShell';
import type { StepProgress } from '../../../../src/main/contexts/workflows/steps/createProgressLines';
import { groupExists, killGroupIfLeft, ownGroup } from '../../../support/processGroups';
import { waitFor } from '../../../support/waitFor';

const groups: number[] = [];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const group of groups.splice(0)) killGroupIfLeft(group);
});

/** Runs `command` as a shell step; `group()` waits for the command to print `group $$` and returns that group. */
function shell(command: string, signal = new AbortController().signal) {
  let text = '';
  const reports: StepProgress[] = [];
  const seen: (() => void)[] = [];
  const running = runShell({
    definition: { name: 'step', kind: 'shell', command },
    signal,
    orgId: 'acme',
    processId: 7,
    input: {},
    output: (chunk) => {
      text += chunk;
      seen.splice(0).forEach((wake) => wake());
    },
    progress: (report) => void reports.push(report),
  });
  running.catch(() => undefined);
  return {
    running,
    output: () => text,
    reports,
    async group(): Promise<number> {
      while (!/group \d+\n/.test(text)) await new Promise<void>((wake) => seen.push(wake));
      const group = Number(/group (\d+)\n/.exec(text)![1]);
      expect(group).not.toBe(ownGroup());
      groups.push(group);
      return group;
    },
  };
}

const timeoutsKeepingHostAlive = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

describe('runShell', () => {
  it('never starts the command on an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort('timeout');
    const step = shell('echo started', controller.signal);
    await expect(step.running).rejects.toThrow('timed out');
    expect(step.output()).toBe('');
  });

  it('gives the command an empty stdin, so a command that reads it never waits', async () => {
    const step = shell('cat; echo "read all of stdin"');
    await expect(step.running).resolves.toEqual({ exitCode: 0 });
    expect(step.output()).toBe('read all of stdin\n');
  });

  it('writes a held partial line that looked like a report when the command ends', async () => {
    const step = shell("printf '::prog'");
    await expect(step.running).resolves.toEqual({ exitCode: 0 });
    expect(step.output()).toBe('::prog');
    expect(step.reports).toEqual([]);
  });

  it('fails with the name of a signal the command got from elsewhere', async () => {
    await expect(shell('kill -TERM $$').running).rejects.toThrow(/^killed by SIGTERM$/);
  });

  it('fails with "could not start the command" and the system error when the shell cannot be started', async () => {
    // As if /bin/sh were missing: `spawn()` starts every child through this (untyped) ChildProcess method, whose
    // `file` is what the operating system executes, so the OS itself refuses to start the command.
    const prototype = ChildProcess.prototype as unknown as { spawn(options: { file: string }): unknown };
    const realSpawn = prototype.spawn;
    vi.spyOn(prototype, 'spawn').mockImplementation(function (this: unknown, options) {
      return realSpawn.call(this, { ...options, file: '/no/such/shell' });
    });
    const error = (await shell('echo hello').running.catch((caught: unknown) => caught)) as Error;
    expect(error.message).toBe('could not start the command: spawn /no/such/shell ENOENT');
    expect(error.cause).toMatchObject({ code: 'ENOENT', syscall: 'spawn /no/such/shell' });
  });

  it('on cancel ends the whole group with SIGTERM and says why, without a timer that keeps the host running', async () => {
    const controller = new AbortController();
    const step = shell('echo "group $$"; sleep 30 & sleep 30', controller.signal);
    const group = await step.group();
    const before = timeoutsKeepingHostAlive();
    controller.abort('timeout');
    expect(timeoutsKeepingHostAlive()).toBe(before);
    await expect(step.running).rejects.toThrow(/^timed out$/);
    await waitFor(() => !groupExists(group), 'the command’s group to end');
  });

  it('kills a group that ignores SIGTERM with SIGKILL once the grace period has passed', async () => {
    const controller = new AbortController();
    const step = shell('trap "" TERM; echo "group $$"; sleep 30', controller.signal);
    const group = await step.group();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    controller.abort('cancelled');
    expect(groupExists(group)).toBe(true);
    vi.advanceTimersByTime(KILL_GRACE_MS - 1);
    expect(groupExists(group)).toBe(true);
    vi.advanceTimersByTime(1);
    await expect(step.running).rejects.toThrow(/^cancelled$/);
    vi.useRealTimers();
    await waitFor(() => !groupExists(group), 'the command’s group to end');
  });

  it('sends no SIGKILL after the grace period once a cancelled command has ended', async () => {
    const controller = new AbortController();
    const step = shell('echo "group $$"; sleep 30', controller.signal);
    const group = await step.group();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const kill = vi.spyOn(process, 'kill');
    controller.abort('cancelled');
    await expect(step.running).rejects.toThrow(/^cancelled$/);
    const signalsSent = kill.mock.calls.length;
    expect(kill).toHaveBeenCalledWith(-group, 'SIGTERM');
    vi.advanceTimersByTime(KILL_GRACE_MS);
    // The group id may belong to someone else by now.
    expect(kill.mock.calls.length).toBe(signalsSent);
  });
});
