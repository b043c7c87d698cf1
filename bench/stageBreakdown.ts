/**
 * Where commit → replica latency goes, stage by stage: the host thread's probe (src/main/kernel/stageProbe) and
 * the clients' (src/renderer/src/sync/clientStageProbe) stamp each event's way into one shared array, and each
 * client turns its stamps into per-stage samples once the event is applied. Used only with BENCH_BREAKDOWN runs,
 * apart from the latency rows, so the stamps never slow the figures beside the floor.
 */
import type { StageProbe } from '../src/main/kernel/stageProbe';
import type { ClientStage } from '../src/renderer/src/sync/clientStageProbe';
import type { WireEvent } from '../src/shared/contract';
import { percentile } from './benchRow';
import { indexSpans, longestHundredth, overlapsAny, spanLengths } from './support/spans';

/** Clients told apart on the host, in the order their sockets got their first frame. */
export const PROBED_CLIENTS = 8;
const HOST = 3; // started, committed, published
const PER_CLIENT = 2; // flushed, serialized
const STRIDE = HOST + PER_CLIENT * PROBED_CLIENTS;

export const stages = ['commit', 'publish', 'outbox', 'serialize', 'send', 'parse', 'check', 'validate', 'apply'] as const;
export type Stage = (typeof stages)[number];
export const stageMeaning: Record<Stage, string> = {
  commit: 'command run + transaction (before the latency clock starts)',
  publish: 'bus publish into every outbox (the latency clock starts at its first subscriber)',
  outbox: 'published → outbox hands the batch over',
  serialize: 'JSON of the frame',
  // One stage: the client thread may read the frame before send() returns on the host's, so no stamp can split it.
  send: 'ws send() → loopback → client socket message',
  parse: 'JSON.parse on the client',
  check: 'frame checked against the frame union',
  validate: 'events checked against their topic families',
  apply: 'replicas apply + ack',
};

export const stageTimesArray = (seqs: number) => new Float64Array(new SharedArrayBuffer(8 * STRIDE * seqs));
const now = () => performance.timeOrigin + performance.now();

/** The host thread's probe, writing into `times`; `reset` forgets which socket was which client. */
export function createHostStageProbe(times: Float64Array): StageProbe & { starting(at: number): void; reset(): void } {
  const slots = new Map<object, number>();
  let startedAt = NaN;
  const flushedAt = new WeakMap<object, number>();
  const slotOf = (peer: object) => {
    let slot = slots.get(peer);
    if (slot === undefined) slots.set(peer, (slot = slots.size));
    return slot;
  };
  const stamp = (frame: Parameters<StageProbe['serialized']>[0], peer: object, offset: number, at: number) => {
    const slot = slotOf(peer);
    if (frame.kind !== 'delta' || slot >= PROBED_CLIENTS) return;
    for (const e of frame.events) times[e.seq * STRIDE + HOST + slot * PER_CLIENT + offset] = at;
  };
  return {
    /** The bench is about to run the command whose commit comes next. */
    starting: (at) => void (startedAt = at),
    committed(events) {
      const at = now();
      for (const e of events) {
        times[e.seq * STRIDE] = startedAt;
        times[e.seq * STRIDE + 1] = at;
      }
    },
    published(events) {
      const at = now();
      for (const e of events) times[e.seq * STRIDE + 2] = at;
    },
    flushed: (frame) => void flushedAt.set(frame, now()),
    serialized(frame, peer) {
      const at = now();
      stamp(frame, peer, 0, flushedAt.get(frame) ?? NaN);
      stamp(frame, peer, 1, at);
    },
    reset: () => slots.clear(),
  };
}

/** Where the slowest 1% of a run's events spent their time, and how many of them a GC pause held up. */
export interface TailSummary {
  /** Mean ms of each stage among the slowest 1% (by published → applied). */
  stages: Record<Stage, number>;
  /** Share of the slowest 1% (and of all events) whose published → applied span a GC pause overlapped, by thread. */
  heldByGc: Record<'host' | 'clients', { slowest: number; all: number }>;
  /** The pauses themselves over the run, by thread. */
  gc: Record<'host' | 'clients', { pauses: number; p50: number; max: number }>;
}

/** Collects one run's per-stage samples from the client side. */
export function createStageSamples(times: Float64Array) {
  const samples = Object.fromEntries(stages.map((s) => [s, [] as number[]])) as Record<Stage, number[]>;
  // Per event: published and applied times, for the tail and the GC overlap.
  const spans: number[] = [];
  const marks: Partial<Record<ClientStage, number>> = {};
  return {
    /** Install as `clientStageProbe.mark`. */
    mark: (stage: ClientStage) => void (marks[stage] = now()),
    /** Client `slot` has applied `events` (call right after, in the same frame's handling). */
    applied(slot: number, events: readonly WireEvent[]) {
      const applied = now();
      const { received = NaN, parsed = NaN, checked = NaN, validated = NaN } = marks;
      for (const e of events) {
        const at = e.seq * STRIDE;
        const host = at + HOST + slot * PER_CLIENT;
        if (!times[at]) continue; // not one of the run's writes
        const points = [times[at]!, times[at + 1]!, times[at + 2]!, times[host]!, times[host + 1]!, received, parsed, checked, validated, applied];
        stages.forEach((stage, i) => samples[stage].push(points[i + 1]! - points[i]!));
        spans.push(points[2]!, applied);
      }
    },
    summary: () =>
      Object.fromEntries(
        stages.map((s) => {
          const sorted = samples[s].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
          return [s, { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), samples: sorted.length }];
        }),
      ) as Record<Stage, { p50: number; p99: number; samples: number }>,
    /** The slowest 1%, given every GC pause of the run on the host's thread and the clients' (see support/gcPauses). */
    tail(pauses: Record<'host' | 'clients', number[]>): TailSummary {
      const count = spans.length / 2;
      const slowest = longestHundredth(spans);
      const mean = (stage: Stage) => slowest.reduce((sum, i) => sum + (Number.isFinite(samples[stage][i]) ? samples[stage][i]! : 0), 0) / slowest.length;
      const heldBy = (list: number[]) => {
        const index = indexSpans(list);
        const isHeld = (i: number) => overlapsAny(index, spans[2 * i]!, spans[2 * i + 1]!);
        let all = 0;
        for (let i = 0; i < count; i++) if (isHeld(i)) all++;
        return { slowest: slowest.filter(isHeld).length / slowest.length, all: all / Math.max(1, count) };
      };
      const pausesOf = (list: number[]) => {
        const lengths = spanLengths(list).sort((a, b) => a - b);
        return { pauses: lengths.length, p50: percentile(lengths, 0.5), max: lengths.at(-1) ?? 0 };
      };
      return {
        stages: Object.fromEntries(stages.map((s) => [s, mean(s)])) as Record<Stage, number>,
        heldByGc: { host: heldBy(pauses.host), clients: heldBy(pauses.clients) },
        gc: { host: pausesOf(pauses.host), clients: pausesOf(pauses.clients) },
      };
    },
  };
}
