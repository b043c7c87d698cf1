/** A topic is followed once however many replicas need it, and released only with the last of them. */
import { describe, expect, it } from 'vitest';
import { createTopicRefs } from '../../../../src/renderer/src/sync/createTopicRefs';
import { createReplicaHandle } from '../../../../src/renderer/src/sync/createReplicaHandle';
import { createReplica } from '../../../../src/renderer/src/sync/createReplica';
import { z } from 'zod';

describe('createTopicRefs', () => {
  it('releases a topic only when its last reference goes, and a never-added topic at once', () => {
    const refs = createTopicRefs();
    refs.add(['a', 'b']);
    refs.add(['a']);
    expect(refs.release(['a', 'b'])).toEqual(['b']);
    expect(refs.release(['a'])).toEqual(['a']);
    expect(refs.release(['never'])).toEqual(['never']);
    refs.add(['a']);
    expect(refs.release(['a'])).toEqual(['a']); // counted afresh, not from a stale count
  });
});

describe('createReplicaHandle', () => {
  it("keeps each watcher's listeners to itself and disposes the replica with the last handle, once", () => {
    let disposed = 0;
    const driver = createReplica('k', ['t'], z.number(), { init: (n: number) => n, reduce: (n: number) => n + 1 }, () => disposed++);
    const entry = { driver, refs: 2 };
    const a = createReplicaHandle(entry);
    const b = createReplicaHandle(entry);
    const seenA: number[] = [];
    const seenB: number[] = [];
    a.subscribe((s) => seenA.push(s.data as number));
    const stopB = b.subscribe((s) => seenB.push(s.data as number));
    driver.loaded(0, 1);
    stopB();
    stopB();
    driver.receive([{ seq: 1, topic: 't', type: 'x', payload: {} }]);
    expect(seenA).toEqual([1, 2]);
    expect(seenB).toEqual([1]);
    expect(a.key).toBe('k');
    expect(b.topics).toEqual(['t']);
    expect(b.getState().data).toBe(2);

    a.dispose();
    a.dispose(); // a second dispose of one handle must not release another's reference
    expect(disposed).toBe(0);
    driver.receive([{ seq: 2, topic: 't', type: 'x', payload: {} }]);
    expect(seenA).toEqual([1, 2]); // a's listeners went with a
    b.dispose();
    expect(disposed).toBe(1);
  });
});
