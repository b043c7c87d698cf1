/**
 * The fuses packaged builds ship with, and the afterPack hook flipping them in a stand-in binary (a fuse sentinel
 * and wire at Electron's defaults), since Electron itself can't be downloaded where the tests run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPack, electronBinary, fuseConfig, fuseSettings } from '../../../scripts/packaging/fuses.mjs';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' marker before the wire
// Electron 45's defaults: RunAsNode, NodeOptions, inspect, file: privileges and Wasm traps on; the rest off.
const electronDefaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));

describe('packaging fuses', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('locks down node, inspect, asar loading and file: privileges', () => {
    expect(fuseSettings).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      WasmTrapHandlers: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('sets every fuse @electron/fuses knows, so a new one fails the build', () => {
    const config = fuseConfig('linux') as unknown as Record<string, unknown>;
    expect(config.strictlyRequireAllFuses).toBe(true);
    const known = Object.keys(FuseV1Options).filter((key) => !Number.isNaN(Number(key)));
    for (const index of known) expect(typeof config[index], FuseV1Options[Number(index)]).toBe('boolean');
    expect(config.resetAdHocDarwinSignature).toBe(false);
    expect((fuseConfig('darwin') as unknown as Record<string, unknown>).resetAdHocDarwinSignature).toBe(true);
  });

  it('finds the binary electron-builder laid out on each platform', () => {
    const packager = { executableName: 'switchboard', appInfo: { productFilename: 'Switchboard' } };
    expect(electronBinary({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(join('/o', 'switchboard'));
    expect(electronBinary({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(join('/o', 'Switchboard.exe'));
    expect(electronBinary({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(join('/o', 'Switchboard.app'));
  });

  it('afterPack flips the wire in the packaged binary', async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-fuses-'));
    const binary = join(dir, 'switchboard');
    const wire = Buffer.from([1, electronDefaults.length, ...electronDefaults]); // version 1, length, states
    writeFileSync(binary, Buffer.concat([Buffer.alloc(64), Buffer.from(SENTINEL), wire, Buffer.alloc(64)]));

    const quiet = vi.spyOn(console, 'log').mockImplementation(() => {});
    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', packager: { executableName: 'switchboard', appInfo: { productFilename: 'Switchboard' } } });
    quiet.mockRestore();

    const flipped = (await getCurrentFuseWire(binary)) as unknown as Record<string, number>;
    for (const [name, enabled] of Object.entries(fuseSettings)) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options];
      expect(flipped[index], name).toBe(enabled ? FuseState.ENABLE : FuseState.DISABLE);
    }
  });
});
