/**
 * A run's console as an immutable value that appends in O(chunk): the text is kept as chunks, and the start offset
 * of every line is indexed as chunks arrive, so a 10 MB, 200k-line console never becomes one string per event.
 * Used by the run console reducer; the console component reads lines from it by number.
 */

/** A console's text so far. Appending returns a new value; older values keep reading exactly what they held. */
export interface ConsoleText {
  /** Characters (UTF-16 code units), the offset the next chunk must start at. */
  readonly length: number;
  /** Lines, counting a last line without its newline; a final newline does not start a line of its own. */
  readonly lineCount: number;
  append(chunk: string): ConsoleText;
  /** Line `index` (0-based) as sent, without its `\n` (a `\r` before it stays; see `displayLine`). */
  line(index: number): string;
  slice(start: number, end: number): string;
  toString(): string;
}

// Small chunks are merged into the last one, up to this size, so a console of many tiny appends is not an array of
// millions of strings. Merging only extends the last chunk, which older values read no further than their length.
const MERGE_BELOW = 16 * 1024;

/** Append-only storage shared by a value and the values appended from it. */
interface Shared {
  chunks: string[];
  /** Offset of each chunk's first character. */
  starts: number[];
  /** Offset of each line's first character; the first line starts at 0. */
  lineStarts: number[];
  length: number;
}

class ConsoleTextImpl implements ConsoleText {
  readonly #shared: Shared;
  readonly #chunkCount: number;
  readonly #lineStartCount: number;
  readonly length: number;

  constructor(shared: Shared, chunkCount: number, lineStartCount: number, length: number) {
    this.#shared = shared;
    this.#chunkCount = chunkCount;
    this.#lineStartCount = lineStartCount;
    this.length = length;
  }

  get lineCount(): number {
    if (this.length === 0) return 0;
    const lastStart = this.#shared.lineStarts[this.#lineStartCount - 1]!;
    return lastStart === this.length ? this.#lineStartCount - 1 : this.#lineStartCount;
  }

  append(chunk: string): ConsoleText {
    if (chunk.length === 0) return this;
    // Only the newest value may grow the shared arrays in place; appending to an older one copies what it holds,
    // so the values appended from it before keep their text.
    const shared = this.#shared.length === this.length ? this.#shared : this.#branch();
    const { chunks, starts, lineStarts } = shared;
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length < MERGE_BELOW && chunk.length < MERGE_BELOW) chunks[last] += chunk;
    else {
      chunks.push(chunk);
      starts.push(this.length);
    }
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lineStarts.push(this.length + i + 1);
    shared.length = this.length + chunk.length;
    return new ConsoleTextImpl(shared, chunks.length, lineStarts.length, shared.length);
  }

  line(index: number): string {
    if (index < 0 || index >= this.lineCount) return '';
    const start = this.#shared.lineStarts[index]!;
    const end = index + 1 < this.#lineStartCount ? this.#shared.lineStarts[index + 1]! - 1 : this.length;
    return this.slice(start, end);
  }

  slice(start: number, end: number): string {
    start = Math.max(0, start);
    end = Math.min(this.length, end);
    if (end <= start) return '';
    const { chunks, starts } = this.#shared;
    let k = chunkAt(starts, this.#chunkCount, start);
    const first = chunks[k]!;
    const offset = start - starts[k]!;
    if (end - starts[k]! <= first.length) return first.slice(offset, end - starts[k]!);
    // The range spans chunks (a line cut by a chunk boundary): join only the pieces it covers.
    let out = first.slice(offset);
    while (starts[k]! + chunks[k]!.length < end) {
      k++;
      out += chunks[k]!.slice(0, end - starts[k]!);
    }
    return out;
  }

  toString(): string {
    return this.slice(0, this.length);
  }

  #branch(): Shared {
    const { chunks, starts, lineStarts } = this.#shared;
    const copy = chunks.slice(0, this.#chunkCount);
    const last = copy.length - 1;
    if (last >= 0) copy[last] = copy[last]!.slice(0, this.length - starts[last]!);
    return { chunks: copy, starts: starts.slice(0, this.#chunkCount), lineStarts: lineStarts.slice(0, this.#lineStartCount), length: this.length };
  }
}

/** The chunk holding `offset`: the last of the first `count` chunks that starts at or before it. */
function chunkAt(starts: readonly number[], count: number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function createConsoleText(text = ''): ConsoleText {
  return new ConsoleTextImpl({ chunks: [], starts: [], lineStarts: [0], length: 0 }, 0, 1, 0).append(text);
}

/**
 * What a line shows: a `\r` before the newline is dropped, and a bare `\r` (a progress bar redrawing its line)
 * keeps only what was written after it, as a terminal would.
 */
export function displayLine(raw: string): string {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const cr = text.lastIndexOf('\r');
  return cr === -1 ? text : text.slice(cr + 1);
}
