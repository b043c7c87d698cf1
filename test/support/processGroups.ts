/**
 * The process groups that tests' commands run in: whether one is still alive, and ending what is left of one, never
 * the test runner's own (a command that wrongly shares it would take the runner down, and mutation testing runs
 * exactly such code).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** This process's own group, which a command started in a group of its own never shares. */
export function ownGroup(): number {
  if (existsSync('/proc/self/stat')) {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  }
  return Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(process.pid)], { encoding: 'utf8' }).trim());
}

/** Kills what is left of a command's process group, never this process's own. */
export function killGroupIfLeft(group: number): void {
  if (group !== ownGroup() && groupExists(group)) process.kill(-group, 'SIGKILL');
}

/** Whether any process of group `group` is still alive (Linux `/proc`; elsewhere a signal 0 probe). */
export function groupExists(group: number): boolean {
  if (existsSync('/proc/self/stat')) {
    return readdirSync('/proc').some((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        return false; // it exited while we looked
      }
      // Fields after the command name (which may hold spaces and parentheses): state, ppid, pgrp, ...
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === group && state !== 'Z';
    });
  }
  try {
    process.kill(-group, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
