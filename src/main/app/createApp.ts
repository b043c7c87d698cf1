/**
 * The composition root shared by the Electron shell and the headless host: one data directory, one SQLite file,
 * one kernel, and every context plugged into it. Only transports differ between the two.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Inbox, UserSummary } from '../../shared/contract';
import { apiActor, userActor, type Actor } from '../kernel/actor';
import { createKernel, type Kernel, type KernelOptions } from '../kernel/createKernel';
import type { ParsedPage, ScrapeSettings } from '../contexts/cases';
import type { OrganizationSeed } from '../contexts/accounts';
import type { QueueSettings } from '../contexts/queue';
import { createThreadPool } from '../kernel/threads/createThreadPool';
import { appVersion, createContexts, type BuildFarmSettings } from './createContexts';
import { demoAgents } from './demoAgents';

/** A running Switchboard core, without any window or transport attached. */
export interface App {
  readonly kernel: Kernel;
  readonly dataDir: string;
  listUsers(): UserSummary[];
  /** The entry point reports where the REST API listens (the About panel shows it). */
  setApiUrl(url: string | null): void;
  /** The API actor a bearer token speaks for, or null. */
  authenticate(token: string): Actor | null;
  /** A user's unread notification count (the tray badge pulls it once, then follows `user:<id>:notifications`). */
  unreadCount(userId: string): number;
  dispose(): void;
}

export interface AppOptions {
  dataDir: string;
  /** Seed demo organizations, users and agents on first start. */
  demo: boolean;
  /** Which shell hosts the core (the About panel shows it). */
  shell: 'electron' | 'headless';
  kernel?: Omit<KernelOptions, 'file'>;
  buildFarm?: BuildFarmSettings;
  /** Work queue concurrency and retention (default: 10 jobs at a time per queue). */
  queue?: QueueSettings;
  /** Organizations (with their users) to create on start unless they exist, besides the demo ones. */
  organizations?: readonly OrganizationSeed[];
  /** Scrape politeness (rate limit, retries); the benches lift the rate limit for a loopback register. */
  cases?: ScrapeSettings;
  /** The built worker-thread entries (next to the entry bundle); without them CPU-heavy work runs on the main thread. */
  threads?: { parseCasePage: URL };
}

export function createApp(options: AppOptions): App {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // An existing folder keeps its mode on mkdir: the data and tokens in it are the owner's alone.
  chmodSync(options.dataDir, 0o700);
  const kernel = createKernel({ ...options.kernel, file: join(options.dataDir, 'switchboard.sqlite') });
  const parsePool = options.threads && createThreadPool<{ html: string; url: string }, ParsedPage>(options.threads.parseCasePage);
  try {
    const contexts = createContexts(kernel, { version: appVersion, dataDir: options.dataDir, shell: options.shell }, options.buildFarm, options.queue, {
      userAgent: `Switchboard/${appVersion} (enforcement case sync)`,
      ...options.cases,
      ...(parsePool ? { parse: (html: string, url: string, signal: AbortSignal) => parsePool.run({ html, url }, signal) } : {}),
    });
    const { accounts, agents, campaigns } = contexts;
    if (options.demo && accounts.seedDemo()) {
      for (const [orgId, list] of Object.entries(demoAgents)) {
        for (const agent of list) agents.register(apiActor(orgId), agent);
      }
    }
    if (options.demo) campaigns.seedDemo(); // also into data folders seeded before campaigns existed
    for (const org of options.organizations ?? []) accounts.seedOrganization(org);
    accounts.ensureTokens(options.dataDir);
    return {
      kernel,
      dataDir: options.dataDir,
      listUsers: () => accounts.listUsers(),
      setApiUrl: (url) => contexts.about.setApiUrl(url),
      authenticate: (token) => accounts.authenticate(token),
      // Through the inbox view, as the user: the notifications context's own count and rules, no new port.
      unreadCount: (userId) => (kernel.registry.load('notifications.inbox', {}, userActor(accounts.resolveUser(userId))).data as Inbox).unreadCount,
      dispose: () => {
        contexts.dispose();
        parsePool?.dispose();
      },
    };
  } catch (error) {
    parsePool?.dispose();
    kernel.dispose();
    throw error;
  }
}
