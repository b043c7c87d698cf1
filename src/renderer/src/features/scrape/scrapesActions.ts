/**
 * Add a source (its result returned for the form to show beside its fields), start a scrape of one, cancel one.
 * Start and cancel show their write in flight and toast a failure with what to do.
 */
import type { Result, Scrape, Source } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { toResult } from '../../stores/toResult';
import { failureMessage, toastsStore } from '../toasts';
import type { ScrapesList } from './scrapesReducer';

export interface ScrapesActions {
  /** `source:<id>` (start) or `scrape:<id>` (cancel) → in flight. */
  readonly pending: Readonly<Record<string, true>>;
  tryAddSource(input: { name: string; url: string; format: 'html-table' }): Promise<Result<Source>>;
  start(sourceId: number): Promise<Scrape | undefined>;
  cancel(scrapeId: number): Promise<boolean>;
}

export function scrapesActions({ get, set, write, stores }: ActionsContext<ScrapesList, ScrapesActions>): ScrapesActions {
  const toasts = () => stores.get(toastsStore).getState();

  async function track<T>(key: string, what: string, run: () => Promise<T>): Promise<T | undefined> {
    if (get().pending[key]) return undefined;
    set({ pending: { ...get().pending, [key]: true } });
    try {
      return await run();
    } catch (error) {
      toasts().push({ kind: 'error', message: failureMessage(what, error) });
      return undefined;
    } finally {
      const { [key]: _done, ...rest } = get().pending;
      set({ pending: rest });
    }
  }

  return {
    pending: {},
    async tryAddSource(input) {
      const result = await toResult(write('sources.add', input));
      if (result.ok) toasts().push({ kind: 'info', message: `Added source ${result.value.name}` });
      return result;
    },
    start: (sourceId) => track(`source:${sourceId}`, 'Starting the scrape', () => write('scrapes.start', { sourceId })),
    cancel: async (scrapeId) => (await track(`scrape:${scrapeId}`, `Cancelling scrape #${scrapeId}`, () => write('scrapes.cancel', { id: scrapeId }))) !== undefined,
  };
}
