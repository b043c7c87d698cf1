/** Fails fast with a clear message when the system Chromium is missing, instead of a cryptic launch error. */
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(`No Chromium at ${chromium}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}
