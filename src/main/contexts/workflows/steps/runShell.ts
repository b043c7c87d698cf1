/**
 * The `shell` step: the command runs under `sh -c` as the leader of its own process group, so cancelling (or a
 * timeout) ends it and everything it started: SIGTERM to the group, SIGKILL after a grace period. stdout and stderr
 * go to the step's output as they come, decoded as UTF-8 across chunk boundaries. A non-zero exit fails the step
 * with "exit code N". A stdout line `::progress <percent> [note]` reports the step's progress instead (see
 * createProgressLines). @internal
 */
import { spawn } from 'node:child_process';
import { createProgressLines } from './createProgressLines';
import { abortMessage, type StepRunner } from './stepKit';

/** How long a cancelled command's group gets between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 2000;

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

export const runShell: StepRunner<'shell'> = ({ definition, signal, output, progress, processId, input }) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error(abortMessage(signal)));
    const child = spawn(definition.command, {
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        SWITCHBOARD_PROCESS_ID: String(processId),
        SWITCHBOARD_STEP_NAME: definition.name,
        SWITCHBOARD_INPUT: JSON.stringify(input),
      },
    });
    let graceTimer: NodeJS.Timeout | undefined;
    const stop = () => {
      killGroup(child.pid, 'SIGTERM');
      graceTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      graceTimer.unref();
    };
    signal.addEventListener('abort', stop, { once: true });
    const stdout = createProgressLines(output, progress);
    child.stdout.setEncoding('utf8').on('data', stdout.push);
    child.stderr.setEncoding('utf8').on('data', output);
    child.once('error', (error) => {
      signal.removeEventListener('abort', stop);
      reject(new Error(`could not start the command: ${error.message}`, { cause: error }));
    });
    // 'close' (not 'exit'): every byte of output has been read by then.
    child.once('close', (code, killedBy) => {
      stdout.end();
      signal.removeEventListener('abort', stop);
      clearTimeout(graceTimer);
      // Whatever the shell left behind in its group goes with it.
      killGroup(child.pid, 'SIGKILL');
      if (signal.aborted) reject(new Error(abortMessage(signal)));
      else if (code === 0) resolve({ exitCode: 0 });
      else if (code !== null) reject(new Error(`exit code ${code}`));
      else reject(new Error(`killed by ${killedBy ?? 'a signal'}`));
    });
  });
