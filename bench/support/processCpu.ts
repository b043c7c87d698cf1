/**
 * CPU time of a process group by process kind, read from /proc (Linux): how many cores a Chromium's renderers,
 * network service and GPU process used over a run, so a latency row can say whether the machine was saturated.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type ProcessKind = 'renderer' | 'network' | 'gpu' | 'browser' | 'other';
export type CpuSeconds = Record<ProcessKind, number>;

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux the bench runs on

const kindOf = (cmdline: string): ProcessKind => {
  if (!cmdline.includes('--type=')) return 'browser';
  if (cmdline.includes('--type=renderer')) return 'renderer';
  if (cmdline.includes('--type=gpu-process')) return 'gpu';
  if (cmdline.includes('--type=utility') && cmdline.includes('network')) return 'network';
  return 'other';
};

/** CPU seconds (user + system) used so far by the processes of group `pgid`, by kind; undefined without /proc. */
export function groupCpu(pgid: number): CpuSeconds | undefined {
  const used: CpuSeconds = { renderer: 0, network: 0, gpu: 0, browser: 0, other: 0 };
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined; // not Linux: the rows leave the cores out
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The fields after the command's name, which may itself hold spaces and parentheses: state is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // field 5, pgrp
      const ticks = Number(fields[11]) + Number(fields[12]); // fields 14 and 15, utime and stime
      used[kindOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))] += ticks / TICKS_PER_SECOND;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return used;
}

/**
 * Cores used per kind between two readings `seconds` apart. A kind whose processes ended in between can read less
 * than before; it counts as none.
 */
export function coresBetween(before: CpuSeconds, after: CpuSeconds, seconds: number): CpuSeconds {
  const cores = {} as CpuSeconds;
  for (const kind of Object.keys(after) as ProcessKind[]) cores[kind] = Math.max(0, after[kind] - before[kind]) / seconds;
  return cores;
}
