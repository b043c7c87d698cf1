/**
 * The agent's main loop: register with the host (reusing the agent a hostname already has), ask for work, run
 * what comes, and on stop finish the current run as `cancelled` within a grace period. Created by `main.ts`.
 */
import type { HostClient, RegisterInput } from './createHostClient.ts';
import type { Log } from './createLog.ts';
import { createRetry, type Retry } from './createRetry.ts';
import { executeRun } from './executeRun.ts';
import { HostApiError, StoppedError, isConflict } from './hostErrors.ts';
import { sleep } from './sleep.ts';

/** A running agent; `run` resolves with the process exit code. */
export interface Agent {
  run(): Promise<number>;
  /** Stop asking for work and cancel the current run; a second call abandons the host at once. */
  stop(reason: string): void;
}

export interface AgentOptions {
  client: HostClient;
  log: Log;
  registration: RegisterInput;
  pollMs: number;
  /** How long a stopping agent may spend telling the host its run was cancelled. */
  stopGraceMs?: number;
  retry?: Retry;
}

class AgentImpl implements Agent {
  readonly #options: AgentOptions;
  readonly #retry: Retry;
  readonly #stop = new AbortController();
  readonly #deadline = new AbortController();
  #running = false;

  constructor(options: AgentOptions) {
    this.#options = options;
    this.#retry = options.retry ?? createRetry({ log: options.log });
  }

  async run(): Promise<number> {
    const { log } = this.#options;
    try {
      let uuid = await this.#register();
      while (!this.#stop.signal.aborted) {
        const work = await this.#askForWork(uuid);
        if (work === 'gone') {
          log.warn(`agent ${uuid} no longer exists on the host; registering again`);
          uuid = await this.#register();
        } else if (work) {
          this.#running = true;
          await executeRun(this.#runContext(), work);
          this.#running = false;
        } else {
          await sleep(this.#options.pollMs, this.#stop.signal);
        }
      }
      return 0;
    } catch (error) {
      if (error instanceof StoppedError) {
        if (!this.#running) return 0; // stopped while idle or waiting for the host: nothing is left half done
        log.warn(`stopped before the host learned how the current run ended (${error.message})`);
        return 1;
      }
      if (error instanceof HostApiError) {
        log.warn(error.status === 401 ? `the host refused the token: ${error.message}` : error.message);
        return 1;
      }
      throw error;
    }
  }

  stop(reason: string): void {
    const { log } = this.#options;
    if (this.#stop.signal.aborted) {
      log.info(`${reason} again: abandoning the host now`);
      this.#deadline.abort();
      return;
    }
    log.info(`${reason}: stopping${this.#running ? ' after cancelling the current run' : ''}`);
    this.#stop.abort();
    setTimeout(() => this.#deadline.abort(), this.#options.stopGraceMs ?? 5000).unref();
  }

  #runContext() {
    const { client, log } = this.#options;
    return { client, log, retry: this.#retry, stop: this.#stop.signal, deadline: this.#deadline.signal };
  }

  /** Asks once (retrying while unreachable); 'gone' when the host no longer knows this agent. */
  async #askForWork(uuid: string) {
    try {
      // The ask itself is not cut short by a stop: the host may be handing over a run, which must not be lost.
      const work = await this.#retry('ask for work', (signal) => this.#options.client.askForWork(uuid, signal), this.#idleSignals());
      this.#options.log.debug(work ? `asked for work: run ${work.run.id}` : 'asked for work: none');
      return work;
    } catch (error) {
      if (error instanceof HostApiError && error.status === 404) return 'gone' as const;
      throw error;
    }
  }

  /** Registers, or on 409 adopts the agent already registered under this hostname; returns its uuid. */
  async #register(): Promise<string> {
    const { client, log, registration } = this.#options;
    for (;;) {
      try {
        const agent = await this.#retry('register', (signal) => client.register(registration, signal), this.#idleSignals());
        log.info(`registered ${agent.hostname} as ${agent.uuid}`);
        return agent.uuid;
      } catch (error) {
        if (error instanceof HostApiError && error.status === 400) throw new HostApiError(400, error.code, `${error.message} (see --hostname, --os, --resources)`);
        if (!isConflict(error)) throw error;
      }
      const agents = await this.#retry('list agents', (signal) => client.listAgents(signal), this.#idleSignals());
      const wanted = registration.hostname.toLowerCase();
      const agent = agents.find((a) => a.hostname.toLowerCase() === wanted);
      if (!agent) {
        // Deleted between the two calls: register afresh, without hammering a host that keeps answering 409.
        if (!(await sleep(this.#options.pollMs, this.#stop.signal))) throw new StoppedError('registration abandoned: the agent is stopping');
        continue;
      }
      log.info(`registered ${agent.hostname} as ${agent.uuid} (already known to the host)`);
      if (!agent.enabled) log.warn(`agent ${agent.hostname} is disabled; it gets no work until it is enabled`);
      return agent.uuid;
    }
  }

  #idleSignals() {
    return { sleep: this.#stop.signal, request: this.#deadline.signal };
  }
}

export const createAgent: (options: AgentOptions) => Agent = (options) => new AgentImpl(options);
