/**
 * A page script for the widget-load bench on `#/workflows`: a MutationObserver watches every workflow widget and
 * records each one's note changes (paints), and the wall-clock time (`performance.timeOrigin + now`, the clock the
 * host shares) at which every widget first shows its final note. Plain ES2020 in a string, run in the page as is.
 */

export interface WidgetsReading {
  /** When every widget first showed the final note (epoch ms), or null. */
  allFinalAt: number | null;
  /** How many times the widgets' notes changed, all widgets together. */
  paints: number;
  widgets: { processId: number; note: string | null; percent: string | null; status: string | null }[];
}

/** Starts watching; `finalNote` is what every widget ends showing. */
export const startWidgetsProbe = (finalNote: string) => `(() => {
  const finalNote = ${JSON.stringify(finalNote)};
  const probe = { allFinalAt: null, paints: 0, last: new Map() };
  const widgets = () => [...document.querySelectorAll('[data-testid="workflow-widget"]')];
  const scan = () => {
    let final = 0;
    const all = widgets();
    for (const w of all) {
      const note = w.querySelector('[data-testid="workflow-widget-note"]')?.textContent ?? null;
      if (probe.last.get(w.dataset.processId) !== note) {
        probe.last.set(w.dataset.processId, note);
        probe.paints++;
      }
      if (note === finalNote) final++;
    }
    if (probe.allFinalAt === null && all.length > 0 && final === all.length) probe.allFinalAt = performance.timeOrigin + performance.now();
  };
  scan();
  probe.paints = 0;
  probe.observer = new MutationObserver(scan);
  probe.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  window.__widgetsProbe = probe;
  return true;
})()`;

/** Stops watching and answers what each widget shows now. */
export const readWidgetsProbe = `(() => {
  const p = window.__widgetsProbe;
  p.observer.disconnect();
  const widgets = [...document.querySelectorAll('[data-testid="workflow-widget"]')].map((w) => ({
    processId: Number(w.dataset.processId),
    note: w.querySelector('[data-testid="workflow-widget-note"]')?.textContent ?? null,
    percent: w.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? null,
    status: w.dataset.status ?? null,
  }));
  return { allFinalAt: p.allFinalAt, paints: p.paints, widgets };
})()`;
