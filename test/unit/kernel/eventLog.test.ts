import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createKernel } from '../../../src/main/kernel/createKernel';
import type { LogEvent } from '../../../src/shared/contract';

const topic = 'agents:updates:acme' as const;
const alice = { kind: 'user' as const, id: 'alice' };
const deleted = (uuid: string) => ({ type: 'agent_deleted' as const, payload: { uuid } });

describe('event log and unit of work', () => {
  it('numbers events in one global increasing sequence and publishes them only after commit', () => {
    const kernel = createKernel({ file: ':memory:' });
    const seen: LogEvent[] = [];
    const stop = kernel.bus.subscribe(topic, (e) => seen.push(e));
    const first = kernel.write(alice, (emit) => {
      const a = emit(topic, deleted('a'));
      expect(seen).toHaveLength(0); // not before commit
      emit('agents:updates:globex', deleted('b'));
      return a.seq;
    });
    const second = kernel.write(alice, (emit) => emit(topic, deleted('c')).seq);
    expect(first).toBe(1);
    expect(second).toBe(3);
    expect(seen.map((e) => e.seq)).toEqual([1, 3]);
    expect(kernel.log.head()).toBe(3);
    expect(kernel.log.readSince([topic], 0).map((e) => e.payload)).toEqual([{ uuid: 'a' }, { uuid: 'c' }]);
    expect(kernel.log.readSince([topic, 'agents:updates:globex'], 1).map((e) => e.seq)).toEqual([2, 3]);
    stop();
    kernel.dispose();
  });

  it('publishes in seq order when a listener writes while a commit is being published', () => {
    const kernel = createKernel({ file: ':memory:' });
    const seen: number[] = [];
    // The first subscriber reacts to `a` by writing (as notifiers do); the second must still see 1, 2, 3.
    const react = kernel.bus.subscribe(topic, (e) => {
      if ((e.payload as { uuid: string }).uuid === 'a') kernel.write(alice, (emit) => emit(topic, deleted('reaction')));
    });
    const record = kernel.bus.subscribe(topic, (e) => seen.push(e.seq));
    kernel.write(alice, (emit) => {
      emit(topic, deleted('a'));
      emit(topic, deleted('b'));
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(kernel.log.head()).toBe(3);
    react();
    record();
    kernel.dispose();
  });

  it('publishes nothing and keeps head when the write throws', () => {
    const kernel = createKernel({ file: ':memory:' });
    const listener = vi.fn();
    const stop = kernel.bus.subscribe(topic, listener);
    expect(() =>
      kernel.write(alice, (emit) => {
        emit(topic, deleted('x'));
        throw new Error('domain check failed');
      }),
    ).toThrow('domain check failed');
    expect(listener).not.toHaveBeenCalled();
    expect(kernel.log.head()).toBe(0);
    expect(kernel.log.readSince([topic], 0)).toEqual([]);
    stop();
    kernel.dispose();
  });

  it('refuses appends outside a write and nested writes', () => {
    const kernel = createKernel({ file: ':memory:' });
    expect(() => kernel.log.append(topic, deleted('x'), alice)).toThrow(/inside a write transaction/);
    expect(() => kernel.write(alice, () => kernel.write(alice, () => 1))).toThrow(/cannot be nested/);
    expect(kernel.write(alice, () => 2)).toBe(2);
    kernel.dispose();
  });

  it('prunes old events, remembers how far, and never reuses a seq', () => {
    const kernel = createKernel({ file: ':memory:' });
    for (let i = 0; i < 10; i++) kernel.write(alice, (emit) => emit(topic, deleted(String(i))));
    expect(kernel.log.prune(3)).toBe(7);
    expect(kernel.log.prunedThrough()).toBe(7);
    expect(kernel.log.readSince([topic], 0).map((e) => e.seq)).toEqual([8, 9, 10]);
    expect(kernel.log.prune(3)).toBe(0);
    // The newest event always stays, so the next seq follows it even in a file reopened after pruning.
    expect(kernel.log.prune(0)).toBe(2);
    expect(kernel.log.readSince([topic], 0).map((e) => e.seq)).toEqual([10]);
    expect(kernel.write(alice, (emit) => emit(topic, deleted('next')).seq)).toBe(11);
    kernel.dispose();
  });

  it('prunes by payload size too, keeping the newest events whose payloads fit', () => {
    const kernel = createKernel({ file: ':memory:' });
    const big = 'x'.repeat(1000);
    for (let i = 0; i < 10; i++) kernel.write(alice, (emit) => emit(topic, deleted(big + i)));
    // Each payload is about 1.02k characters: a 3.5k cap keeps the newest three.
    expect(kernel.log.prune(100, 3500)).toBe(7);
    expect(kernel.log.readSince([topic], 0).map((e) => e.seq)).toEqual([8, 9, 10]);
    expect(kernel.log.prunedThrough()).toBe(7);
    expect(kernel.log.prune(100, 3500)).toBe(0);
    kernel.dispose();
  });

  it('never prunes the newest event by size, however large, so the next write gets head + 1', () => {
    const kernel = createKernel({ file: ':memory:' });
    for (let i = 0; i < 3; i++) kernel.write(alice, (emit) => emit(topic, deleted('x'.repeat(5000) + i)));
    expect(kernel.log.prune(100, 10)).toBe(2);
    expect(kernel.log.readSince([topic], 0).map((e) => e.seq)).toEqual([3]);
    expect(kernel.write(alice, (emit) => emit(topic, deleted('next')).seq)).toBe(4);
    kernel.dispose();
  });

  it('records who acted and the payload size with every event, as the log reads it back', () => {
    const kernel = createKernel({ file: ':memory:' });
    const written = kernel.write({ kind: 'agent', id: 'u-1' }, (emit) => emit(topic, deleted('héllo')));
    expect(written).toMatchObject({ actor: { kind: 'agent', id: 'u-1' }, size: JSON.stringify({ uuid: 'héllo' }).length });
    expect(kernel.log.readSince([topic], 0)).toEqual([written]);
    kernel.dispose();
  });

  it('keeps seq, pruning point and epoch across a restart on the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-log-'));
    const file = join(dir, 'db.sqlite');
    const first = createKernel({ file });
    for (let i = 0; i < 4; i++) first.write(alice, (emit) => emit(topic, deleted(String(i))));
    first.log.prune(1);
    const epoch = first.log.epoch;
    first.dispose();
    const second = createKernel({ file });
    expect(second.log.epoch).toBe(epoch);
    expect(second.log.head()).toBe(4);
    expect(second.log.prunedThrough()).toBe(3);
    expect(second.write(alice, (emit) => emit(topic, deleted('after')).seq)).toBe(5);
    expect(second.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(second.db.pragma('foreign_keys', { simple: true })).toBe(1);
    second.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
});
