/** The about view: the composition's facts and the API URL once the entry point reports it. */
import { describe, expect, it } from 'vitest';
import { createAboutContext } from '../../../../src/main/contexts/about';
import { apiActor } from '../../../../src/main/kernel/actor';
import { createContextKit } from '../../../../src/main/kernel/context/createContextKit';
import { createKernel } from '../../../../src/main/kernel/createKernel';

describe('about context', () => {
  it('answers about.app with the facts and the API URL, null until it is told', () => {
    const kernel = createKernel({ file: ':memory:' });
    const owned = createContextKit(kernel, 'about');
    const about = createAboutContext(owned.kit, { version: '1.2.3', dataDir: '/data', shell: 'headless' });
    const view = () => kernel.registry.load('about.app', {}, apiActor('acme')).data;
    expect(view()).toEqual({ version: '1.2.3', dataDir: '/data', shell: 'headless', apiUrl: null });
    about.setApiUrl('http://127.0.0.1:4700/api');
    expect(view()).toEqual({ version: '1.2.3', dataDir: '/data', shell: 'headless', apiUrl: 'http://127.0.0.1:4700/api' });
    expect(about.about()).toEqual(view());
    about.setApiUrl(null);
    expect(about.about().apiUrl).toBeNull();
    owned.store.dispose();
    kernel.dispose();
  });
});
