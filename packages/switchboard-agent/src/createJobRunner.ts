/**
 * Runs one job's command in a shell, in its own process group so that cancelling reaches everything the command
 * started (a shell's children do not die with the shell). Output from stdout and stderr goes to one callback in
 * the order it arrives. POSIX only: Windows has no process groups to signal.
 */
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

export interface JobExit {
  /** The command's exit code; null when a signal killed it or it could not start. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Why the command could not start, if it could not. */
  error?: Error;
}

/** One running command. */
export interface JobRunner {
  readonly pid: number | undefined;
  /** Settles once the command exited and its output was read to the end. */
  readonly done: Promise<JobExit>;
  readonly finished: boolean;
  /** SIGTERM to the whole process group, SIGKILL after `killGraceMs` if it is still there. */
  cancel(): void;
}

export interface JobRunnerOptions {
  command: string;
  env: NodeJS.ProcessEnv;
  onOutput(text: string): void;
  killGraceMs?: number;
  /** After the command exits, how long a leftover process may keep its output pipes open before the group is killed. */
  drainMs?: number;
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { killGraceMs = 2000, drainMs = 2000 } = options;
  const child = spawn(options.command, { shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: options.env });
  const pid = child.pid;
  let finished = false;
  let exited = false;
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  let drainTimer: ReturnType<typeof setTimeout> | undefined;

  const signalGroup = (signal: NodeJS.Signals) => {
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // ESRCH: the group is already gone, which is what we wanted.
    }
  };
  // A detached group outlives the agent; if the agent exits for any reason while the command runs, take it along.
  const killOnExit = () => signalGroup('SIGKILL');
  process.once('exit', killOnExit);

  for (const stream of [child.stdout, child.stderr]) {
    // One decoder per stream, so a multi-byte character split across two reads is never mangled.
    const decoder = new StringDecoder('utf8');
    stream.on('data', (chunk: Buffer) => {
      const text = decoder.write(chunk);
      if (text) options.onOutput(text);
    });
    stream.once('end', () => {
      const rest = decoder.end();
      if (rest) options.onOutput(rest);
    });
  }

  const done = new Promise<JobExit>((resolve) => {
    const settle = (exit: JobExit) => {
      if (finished) return;
      finished = true;
      clearTimeout(killTimer);
      clearTimeout(drainTimer);
      process.removeListener('exit', killOnExit);
      resolve(exit);
    };
    child.once('error', (error) => settle({ exitCode: null, signal: null, error }));
    child.once('exit', () => {
      exited = true;
      // `close` waits for the pipes; a background process started by the command (`server &`) can hold them open
      // forever. Give it a moment, then end the group, as CI agents do for processes a build leaves behind.
      drainTimer = setTimeout(() => {
        signalGroup('SIGKILL');
        child.stdout.destroy();
        child.stderr.destroy();
      }, drainMs);
    });
    child.once('close', (code, signal) => settle({ exitCode: code, signal }));
  });

  return {
    pid,
    done,
    get finished() {
      return finished;
    },
    cancel() {
      if (finished || killTimer !== undefined) return;
      if (exited) return signalGroup('SIGKILL'); // only leftovers holding the output pipes remain; no need to be gentle
      signalGroup('SIGTERM');
      killTimer = setTimeout(() => signalGroup('SIGKILL'), killGraceMs);
    },
  };
}
