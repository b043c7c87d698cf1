/** The same binary lookup `npm start` uses (scripts/findElectron.mjs), for the Electron shell tests. */
import { fileURLToPath } from 'node:url';
export { findElectron } from '../../../scripts/findElectron.mjs';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

export const electronSkipReason = (reason: string) => `Electron binary not installed (run npx install-electron): ${reason}`;
