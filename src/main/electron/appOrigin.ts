/**
 * Where the app's pages live: `app://switchboard/` when serving the build, the electron-vite dev server in
 * development. Window creation, the navigation guard and the IPC sender check all ask this one place.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'switchboard';

/** The app's own origin: the URL a window opens, and whether a URL belongs to the app. */
export interface AppOrigin {
  /** The page a window loads: signed in as `userId` on `route` (`#/runs/12`, default the agents view), or the sign-in screen without one. */
  pageUrl(userId?: string, route?: string): string;
  isAppUrl(url: string): boolean;
}

export function createAppOrigin(devServerUrl?: string): AppOrigin {
  const base = devServerUrl ? new URL('/', devServerUrl) : new URL(`${APP_SCHEME}://${APP_HOST}/index.html`);
  // Custom schemes have an opaque origin in WHATWG URL ('null'), so compare protocol and host instead.
  const isAppUrl = (url: string) => {
    try {
      const parsed = new URL(url);
      return parsed.protocol === base.protocol && parsed.host === base.host;
    } catch {
      return false;
    }
  };
  return {
    pageUrl(userId, route) {
      const url = new URL(base);
      if (userId) url.searchParams.set('user', userId);
      url.hash = userId ? (route ?? '#/agents') : '';
      return url.toString();
    },
    isAppUrl,
  };
}
