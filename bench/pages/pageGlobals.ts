/**
 * The little of the DOM the bench's page scripts use, typed here because the bench compiles without the DOM
 * library (it would clash with Node's types). Page scripts declare the globals they touch from this.
 */
export interface PageElement {
  readonly dataset: Record<string, string | undefined>;
  readonly textContent: string | null;
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  value: string;
  innerHTML: string;
  readonly body: PageElement;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement> & { readonly length: number; readonly [index: number]: PageElement | undefined };
  dispatchEvent(event: unknown): boolean;
}

export interface PageGlobals {
  document: PageElement;
  window: Record<string, unknown>;
  MutationObserver: new (callback: () => void) => { observe(target: PageElement, options: Record<string, unknown>): void; disconnect(): void };
  PerformanceObserver: new (callback: (list: { getEntries(): { duration: number; startTime: number }[] }) => void) => { observe(options: Record<string, unknown>): void; disconnect(): void };
  requestAnimationFrame(callback: (time: number) => void): number;
  Event: new (type: string, init?: { bubbles?: boolean }) => unknown;
  HTMLInputElement: { prototype: object };
}
