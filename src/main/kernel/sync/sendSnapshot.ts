/**
 * Answers a snapshot request. A big one (an array of more than `partRows` rows) goes as `part` frames of its leading
 * rows and then the `result` with the rest, each serialized and sent before the next is: the window receives and
 * parses the first rows while the host is still serializing the last. One 2.4 MB frame of 10,000 agents took about
 * as long to reach a page as the host took to read and serialize it, and only then did the page start parsing.
 * @internal Used by the connection.
 */
import type { ServerFrame } from '../../../shared/contract';

/** Rows per part: about 250 KB of agents, large enough that a frame's own cost is noise. */
export const SNAPSHOT_PART_ROWS = 1000;

export function sendSnapshot(send: (frame: ServerFrame) => void, id: number, seq: number, data: unknown, partRows = SNAPSHOT_PART_ROWS): void {
  let rest = data;
  if (Array.isArray(data) && data.length > partRows) {
    let from = 0;
    for (; data.length - from > partRows; from += partRows) send({ kind: 'part', id, rows: data.slice(from, from + partRows), total: data.length });
    rest = data.slice(from);
  }
  send({ kind: 'result', id, value: { seq, data: rest } });
}
