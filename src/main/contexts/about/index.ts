/**
 * The about context: answers the `about.app` view from what the composition root knows (version, data folder,
 * shell) and the API URL the entry point reports once its REST host listens. It owns no tables.
 */
import type { About } from '../../../shared/contract';
import type { ContextKit } from '../../kernel/context/createContextKit';

export interface AboutContext {
  /** The entry point tells where the REST API listens, once it does. */
  setApiUrl(url: string | null): void;
  about(): About;
}

export function createAboutContext(kit: ContextKit, facts: Omit<About, 'apiUrl'>): AboutContext {
  let apiUrl: string | null = null;
  const about = (): About => ({ ...facts, apiUrl });
  kit.view('about.app', () => about());
  return {
    setApiUrl(url) {
      apiUrl = url;
    },
    about,
  };
}
