/**
 * Gives the `app:` scheme the privileges of a normal secure origin (standard URLs, `'self'` in the CSP, fetch,
 * code cache). Electron only accepts this before the app is ready, so the entry calls it at load.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}
