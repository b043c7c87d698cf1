/**
 * Fails fast with a clear message when the system Chromium is missing, instead of a cryptic launch error, and says
 * once, up front, why the Electron shell tests will be reported skipped on a machine without Electron's binary.
 */
import { existsSync } from 'node:fs';
import { electronSkipReason, findElectron } from './findElectron';

export default function globalSetup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`No Chromium at ${chromium}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const electron = findElectron();
  if (!electron.binary) console.log(`[electron] every test in test/e2e/electron is skipped: ${electronSkipReason(electron.reason ?? '')}`);
}
