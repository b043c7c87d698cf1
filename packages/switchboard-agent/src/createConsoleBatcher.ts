/**
 * Batches a run's output into console appends: a send at most every `intervalMs`, or at once when `highWater`
 * code units wait; never two sends in flight, so chunks reach the host in order. Used by `executeRun` only.
 */

/** Collects output and hands it to `send` in ordered, size-limited chunks. */
export interface ConsoleBatcher {
  push(text: string): void;
  /** Sends everything pushed so far; resolves when the host has it all, rejects with the error that stopped a send. */
  flush(): Promise<void>;
}

export interface ConsoleBatcherOptions {
  /** Delivers one chunk; it retries on its own, so a rejection means the console is lost for good. */
  send(text: string): Promise<void>;
  /** Told at once when a send fails for good (flush rejects with the same error later). */
  onError?(error: unknown): void;
  intervalMs?: number;
  /** Buffered UTF-16 code units that trigger a send without waiting for the interval. */
  highWater?: number;
  /** The host refuses request bodies over 1 MiB; a chunk's JSON body stays under this many bytes. */
  maxBodyBytes?: number;
}

class ConsoleBatcherImpl implements ConsoleBatcher {
  readonly #options: Required<Omit<ConsoleBatcherOptions, 'onError'>> & Pick<ConsoleBatcherOptions, 'onError'>;
  // Kept as parts and joined only when sent: output arrives in many small pieces, and concatenating each would be quadratic.
  #parts: string[] = [];
  #size = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sending = false;
  #failure: { error: unknown } | undefined;
  #waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(options: ConsoleBatcherOptions) {
    this.#options = { intervalMs: 20, highWater: 256 * 1024, maxBodyBytes: (1 << 20) - 1024, ...options };
  }

  push(text: string): void {
    if (text.length === 0 || this.#failure) return;
    this.#parts.push(text);
    this.#size += text.length;
    if (!this.#sending) this.#schedule();
  }

  flush(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure.error);
    if (this.#size === 0 && !this.#sending) return Promise.resolve();
    const done = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    if (!this.#sending) this.#sendNext();
    return done;
  }

  #schedule(): void {
    if (this.#size >= this.#options.highWater || this.#waiters.length > 0) this.#sendNext();
    else if (this.#size > 0 && this.#timer === undefined) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        if (!this.#sending) this.#sendNext();
      }, this.#options.intervalMs);
    }
  }

  #sendNext(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#size === 0) {
      for (const waiter of this.#waiters.splice(0)) waiter.resolve();
      return;
    }
    const text = this.#take();
    this.#sending = true;
    this.#options.send(text).then(
      () => {
        this.#sending = false;
        this.#schedule();
      },
      (error: unknown) => {
        this.#sending = false;
        this.#failure = { error };
        this.#parts = [];
        this.#size = 0;
        this.#options.onError?.(error);
        for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
      },
    );
  }

  /** Removes the next chunk from the buffer: at most `highWater` code units and a JSON body under `maxBodyBytes`. */
  #take(): string {
    const all = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join('');
    let end = Math.min(all.length, this.#options.highWater);
    // JSON escapes and UTF-8 can make a code unit up to 6 bytes; shrink until the body fits.
    for (;;) {
      if (end > 1 && end < all.length && isHighSurrogate(all.charCodeAt(end - 1))) end -= 1; // never split a surrogate pair
      const bytes = Buffer.byteLength(JSON.stringify({ text: all.slice(0, end) }));
      if (bytes <= this.#options.maxBodyBytes || end <= 1) break;
      end = Math.max(1, Math.floor((end * this.#options.maxBodyBytes) / bytes) - 8);
    }
    const chunk = all.slice(0, end);
    const rest = all.slice(end);
    this.#parts = rest.length > 0 ? [rest] : [];
    this.#size = rest.length;
    return chunk;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export const createConsoleBatcher: (options: ConsoleBatcherOptions) => ConsoleBatcher = (options) => new ConsoleBatcherImpl(options);
